import * as assert from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { HostError } from '../../../server/src/host/errors';
import { FileLock } from '../../../server/src/host/lock';
import type { GuestChange } from '../../../server/src/host/model';
import { ClusterStore } from '../../../server/src/host/store';
import { domainSpec, openTestCluster, removeDir, tempStateDir } from './helpers';

describe('cluster lock', () => {
  let dir: string;
  beforeEach(() => { dir = tempStateDir(); });
  afterEach(() => removeDir(dir));

  it('breaks a lock left by a process that no longer exists', async () => {
    const lockPath = path.join(dir, 'default.lock');
    fs.writeFileSync(lockPath, JSON.stringify({ pid: 2147483000, host: os.hostname(), at: Date.now() - 1000, token: 'x' }));
    const store = await ClusterStore.open({ stateDir: dir, lockTimeoutMs: 2000 });
    assert.ok(!fs.existsSync(lockPath), 'released after open');
    store.close();
  });

  it('waits for a live holder and then reports who holds it', async () => {
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      const lockPath = path.join(dir, 'default.lock');
      fs.writeFileSync(lockPath, JSON.stringify({ pid: sleeper.pid, host: os.hostname(), at: Date.now(), token: 'y' }));
      await assert.rejects(ClusterStore.open({ stateDir: dir, lockTimeoutMs: 300 }),
        (e: HostError) => e.code === 'lock-timeout' && e.message.includes(`process ${sleeper.pid}`));
      assert.ok(fs.existsSync(lockPath), 'a live lock is never broken');
    } finally {
      sleeper.kill();
    }
  });

  it('two locks in one process exclude each other', async () => {
    const a = new FileLock(path.join(dir, 'x.lock'));
    const b = new FileLock(path.join(dir, 'x.lock'));
    assert.strictEqual(a.tryAcquire(), true);
    assert.strictEqual(b.tryAcquire(), false);
    b.release();
    assert.ok(fs.existsSync(path.join(dir, 'x.lock')), "b must not release a's lock");
    a.release();
    assert.strictEqual(b.tryAcquire(), true);
    b.release();
  });
});

describe('journal compaction', () => {
  let dir: string;
  beforeEach(() => { dir = tempStateDir(); });
  afterEach(() => removeDir(dir));

  it('drops superseded records, keeps the state, and other stores reload it', async () => {
    const c = await openTestCluster(dir);
    const other = await openTestCluster(dir);
    await c.hv.createDomain(domainSpec({ name: 'a', disks: [] }));
    await c.hv.createDomain(domainSpec({ name: 'b', disks: [] }));
    for (let i = 0; i < 5; i++) { await c.hv.pauseDomain({ domain: 'a' }); await c.hv.unpauseDomain({ domain: 'a' }); }
    await c.hv.destroyDomain({ domain: 'b' });
    const before = (await c.hv.listDomains()).map((d) => `${d.host}:${d.name}:${d.domid}:${d.stateFlags}`);
    const file = path.join(dir, 'default.journal');
    const sizeBefore = fs.statSync(file).size;
    const dropped = await c.hv.compact();
    assert.ok(dropped > 10, `dropped ${dropped}`);
    assert.ok(fs.statSync(file).size < sizeBefore);
    assert.deepStrictEqual((await c.hv.listDomains()).map((d) => `${d.host}:${d.name}:${d.domid}:${d.stateFlags}`), before);
    // domids keep growing after compaction: b had domid 2
    const next = await c.hv.createDomain(domainSpec({ name: 'c', disks: [] }));
    assert.strictEqual(next.domain.domid, 3);
    const seen: GuestChange[] = [];
    other.hv.onDidChangeGuests((changes) => seen.push(...changes));
    await other.hv.refresh();
    assert.deepStrictEqual((await other.hv.listDomains()).map((d) => d.name).sort(), ['Domain-0', 'Domain-0', 'a', 'c']);
    assert.ok(seen.some((e) => e.change === 'added' && e.name === 'c'));
    c.hv.dispose();
    other.hv.dispose();
    const reopened = await ClusterStore.open({ stateDir: dir });
    assert.strictEqual(reopened.state.domains.size, 2);
    reopened.close();
  });
});

describe('changes made by another process', () => {
  let dir: string;
  beforeEach(() => { dir = tempStateDir(); });
  afterEach(() => removeDir(dir));

  it('reach a watching hypervisor as guest events without a refresh call', async () => {
    const { openSimulatedCluster } = await import('../../../server/src/host/simulated-hypervisor');
    const editor = await openSimulatedCluster({ stateDir: dir, instant: true, watchIntervalMs: 10 });
    const cli = await openSimulatedCluster({ stateDir: dir, instant: true });
    const seen = new Promise<GuestChange[]>((resolve) => {
      const all: GuestChange[] = [];
      editor.onDidChangeGuests((changes) => { all.push(...changes); if (all.some((c) => c.name === 'web01' && c.change === 'added')) resolve(all); });
    });
    await cli.createDomain(domainSpec());
    const changes = await seen;
    assert.ok(changes.some((c) => c.kind === 'domain' && c.host === 'xen1'));
    editor.dispose();
    cli.dispose();
  });
});
