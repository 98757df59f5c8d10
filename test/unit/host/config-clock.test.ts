import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RealClock, VirtualClock } from '../../../server/src/host/clock';
import { DEFAULT_CLUSTER } from '../../../server/src/host/cluster-config';
import { loadClusterConfigFile, validateClusterConfig } from '../../../server/src/host/cluster-config-validate';
import { HostError } from '../../../server/src/host/errors';
import { defaultStateDir } from '../../../server/src/host/state-dir';
import { removeDir, tempStateDir } from './helpers';

describe('cluster configuration', () => {
  it('accepts the default cluster as JSON', () => {
    const parsed = validateClusterConfig(JSON.parse(JSON.stringify(DEFAULT_CLUSTER)));
    assert.deepStrictEqual(parsed.hosts.map((h) => h.name), ['xen1', 'xen2', 'vz1']);
  });

  it('reports every problem with its JSON path', () => {
    const bad = JSON.parse(JSON.stringify(DEFAULT_CLUSTER));
    bad.hosts.push({ ...bad.hosts[0] });
    bad.hosts[1].cpu.vendor = 'arm';
    bad.hosts[0].memoryMiB = 'lots';
    bad.links[0].between = ['xen1', 'nowhere'];
    bad.storage[0].colour = 'blue';
    try {
      validateClusterConfig(bad, 'my-cluster.json');
      assert.fail('expected a refusal');
    } catch (error) {
      assert.ok(error instanceof HostError);
      assert.strictEqual(error.code, 'invalid-config');
      assert.match(error.message, /^my-cluster\.json: 5 problem\(s\)/);
      assert.match(error.message, /hosts\[1\]\.cpu\.vendor: expected one of "intel", "amd", got "arm"/);
      assert.match(error.message, /hosts\[0\]\.memoryMiB: expected a number >= 256, got "lots"/);
      assert.match(error.message, /hosts\[3\]\.name: duplicate host name "xen1"/);
      assert.match(error.message, /links\[0\]\.between: expected two different host names, got \["xen1","nowhere"\]/);
      assert.match(error.message, /storage\[0\]\.colour: unknown field/);
    }
  });

  it('reads a file and names it when the JSON is broken', () => {
    const dir = tempStateDir();
    try {
      const file = path.join(dir, 'cluster.json');
      fs.writeFileSync(file, '{ "name": "x", ');
      assert.throws(() => loadClusterConfigFile(file), (e: HostError) => e.code === 'invalid-config' && e.message.startsWith(file));
      assert.throws(() => loadClusterConfigFile(path.join(dir, 'missing.json')), (e: HostError) => e.code === 'io');
    } finally {
      removeDir(dir);
    }
  });

  it('puts the state in HVCONF_STATE_DIR, else XDG_STATE_HOME, else ~/.local/state', () => {
    assert.strictEqual(defaultStateDir({ HVCONF_STATE_DIR: '/tmp/x', XDG_STATE_HOME: '/y' }), '/tmp/x');
    assert.strictEqual(defaultStateDir({ XDG_STATE_HOME: '/y' }), path.join('/y', 'hvconf'));
    assert.match(defaultStateDir({}), /\.local[\\/]state[\\/]hvconf$/);
  });
});

describe('clocks', () => {
  it('a manual virtual clock fires timers in order as time advances', async () => {
    const clock = new VirtualClock({ autoAdvance: false });
    const fired: string[] = [];
    void clock.sleep(300).then(() => fired.push('b'));
    void clock.sleep(100).then(() => fired.push('a'));
    await clock.advance(150);
    assert.deepStrictEqual(fired, ['a']);
    await clock.advance(200);
    assert.deepStrictEqual(fired, ['a', 'b']);
  });

  it('an auto-advancing virtual clock overlaps concurrent sleeps', async () => {
    const clock = new VirtualClock();
    const start = clock.now();
    await Promise.all([clock.sleep(5000), clock.sleep(3000)]);
    assert.strictEqual(clock.now() - start, 5000);
  });

  it('sleep rejects with aborted when the signal fires', async () => {
    const clock = new VirtualClock({ autoAdvance: false });
    const controller = new AbortController();
    const sleeping = clock.sleep(1000, controller.signal);
    controller.abort();
    await assert.rejects(sleeping, (e: HostError) => e.code === 'aborted');
    assert.strictEqual(clock.pendingTimers, 0);
  });

  it('the real clock divides sleeps by its speed; instant mode does not wait', async () => {
    const fast = new RealClock(1000);
    const t0 = Date.now();
    await fast.sleep(200);
    await new RealClock(Infinity).sleep(1e9);
    assert.ok(Date.now() - t0 < 150);
    assert.throws(() => new RealClock(0), RangeError);
  });

  it('real-clock time runs speed times faster from its anchor; instant mode jumps by what was slept', async () => {
    const clock = new RealClock(100);
    clock.anchorAt(Date.now() - 1000);
    const now = clock.now();
    assert.ok(now - Date.now() >= 99 * 1000 - 50 && now - Date.now() < 99 * 1000 + 5000, `${now - Date.now()}`);
    const instant = new RealClock(Infinity);
    const before = instant.now();
    await instant.sleep(60000);
    assert.ok(instant.now() - before >= 60000);
  });
});

describe('the example cluster file', () => {
  it('validates, with two Virtuozzo hosts to migrate containers between', async () => {
    const file = path.join(__dirname, '..', '..', '..', '..', 'server', 'src', 'host', 'cluster.example.json');
    const config = loadClusterConfigFile(file);
    assert.deepStrictEqual(config.hosts.filter((h) => h.kind === 'vz').map((h) => h.name), ['vz1', 'vz2']);
  });
});
