import * as assert from 'assert';
import { VirtualClock } from '../../../server/src/host/clock';
import { openSimulatedCluster } from '../../../server/src/host/simulated-hypervisor';
import { runVzCommand, runXlCommand, type HostCliIo } from '../../../server/src/host-cli';
import { parseMemoryMiB } from '../../../server/src/host-cli/xl-command';
import type { ContainerSpec, DomainSpec, TemplateSpec } from '../../../server/src/schema/guest-spec';
import { containerSpec, domainSpec, removeDir, tempStateDir } from './helpers';

interface Captured { io: HostCliIo; out: () => string; err: () => string }

function capture(specs: Record<string, DomainSpec | { errors: string[] }> = {}, extra: Partial<HostCliIo> = {}): Captured {
  let out = '';
  let err = '';
  const io: HostCliIo = {
    stdout: (t) => { out += t; },
    stderr: (t) => { err += t; },
    env: {},
    specLoader: (path) => specs[path] ?? { errors: [`${path}:1:1: error: no such file`] },
    ...extra,
  };
  return { io, out: () => out, err: () => err };
}

describe('hvconf xl / vz verbs', () => {
  let dir: string;
  let g: string[];
  beforeEach(() => { dir = tempStateDir(); g = ['--state-dir', dir, '--instant']; });
  afterEach(() => removeDir(dir));

  const xl = async (argv: string[], specs: Record<string, DomainSpec | { errors: string[] }> = {}) => {
    const c = capture(specs);
    const code = await runXlCommand([...argv, ...g], c.io);
    return { code, out: c.out(), err: c.err() };
  };

  it('xl create then xl list prints xl list columns', async () => {
    const created = await xl(['create', 'web01.cfg'], { 'web01.cfg': domainSpec() });
    assert.strictEqual(created.code, 0, created.err);
    assert.match(created.err, /^Parsing config from web01\.cfg/);
    const list = await xl(['list', '--host', 'xen1']);
    const lines = list.out.trimEnd().split('\n');
    assert.strictEqual(lines[0], 'Name                                        ID   Mem VCPUs\tState\tTime(s)');
    assert.match(lines[1]!, /^Domain-0 {32} {5}0  4096 {5}8 {5}r----- +\d+\.\d$/);
    assert.match(lines[2]!, /^web01 {35} {5}1  1024 {5}2 {5}-b---- +\d+\.\d$/);
    const one = await xl(['list', 'web01']);
    assert.deepStrictEqual(one.out.trimEnd().split('\n').slice(1).map((l) => l.split(/\s+/)[0]), ['web01']);
    const unknown = await xl(['list', 'nosuch']);
    assert.strictEqual(unknown.code, 1);
    assert.match(unknown.err, /nosuch is an invalid domain identifier/);
    const json = JSON.parse((await xl(['list', '--json'])).out) as Array<{ name: string; host: string }>;
    assert.deepStrictEqual(json.map((d) => `${d.host}:${d.name}`), ['xen1:Domain-0', 'xen1:web01', 'xen2:Domain-0']);
  });

  it('xl create reports loader errors and refusals with a non-zero exit', async () => {
    const broken = await xl(['create', 'bad.cfg'], { 'bad.cfg': { errors: ['bad.cfg:3:1: error: Domain name must be specified.'] } });
    assert.strictEqual(broken.code, 1);
    assert.match(broken.err, /bad\.cfg:3:1: error: Domain name must be specified\./);
    const missing = await xl(['create', 'web09.cfg'], { 'web09.cfg': domainSpec({ name: 'web09', disks: [{ vdev: 'xvda', target: '/dev/vg_guests/web09', format: 'raw', access: 'rw', cdrom: false }] }) });
    assert.strictEqual(missing.code, 1);
    assert.match(missing.err, /disk target not found on xen1: xvda: \/dev\/vg_guests\/web09/);
    assert.match(missing.err, /hint: hvconf xl create-storage \/dev\/vg_guests\/web09 10 --host xen1/);
    const made = await xl(['create-storage', '/dev/vg_guests/web09', '10', '--host', 'xen1']);
    assert.strictEqual(made.code, 0, made.err);
    assert.strictEqual((await xl(['create', 'web09.cfg'], { 'web09.cfg': domainSpec({ name: 'web09', disks: [{ vdev: 'xvda', target: '/dev/vg_guests/web09', format: 'raw', access: 'rw', cdrom: false }] }) })).code, 0);
    const usage = await xl(['create']);
    assert.strictEqual(usage.code, 2);
    assert.match(usage.err, /usage: xl create FILE/);
  });

  it('xl create --dry-run prints the resolved config as JSON and creates nothing', async () => {
    const dry = await xl(['create', '-n', 'win.cfg', '--host', 'xen2'], { 'win.cfg': domainSpec({ name: 'win', type: 'hvm', hap: true }) });
    assert.strictEqual(dry.code, 0, dry.err);
    const config = JSON.parse(dry.out) as { c_info: { name: string; hap: string } };
    assert.strictEqual(config.c_info.name, 'win');
    assert.strictEqual(config.c_info.hap, 'False');
    assert.match(dry.err, /warning: hap=1 asked for/);
    assert.doesNotMatch((await xl(['list'])).out, /win/);
  });

  it('lifecycle verbs, mem-set and vcpu-set; unknown domains fail', async () => {
    await xl(['create', 'a.cfg'], { 'a.cfg': domainSpec({ maxmemMiB: 4096, maxvcpus: 4, onPoweroff: 'preserve' }) });
    assert.strictEqual((await xl(['pause', 'web01'])).code, 0);
    assert.match((await xl(['list', '--host', 'xen1'])).out, /web01 .*--p---/);
    assert.strictEqual((await xl(['unpause', 'web01'])).code, 0);
    assert.strictEqual((await xl(['mem-set', 'web01', '2g'])).code, 0);
    assert.strictEqual((await xl(['vcpu-set', 'web01', '3'])).code, 0);
    assert.match((await xl(['list', '--host', 'xen1'])).out, /web01 +1  2048     3/);
    const tooMuch = await xl(['vcpu-set', 'web01', '9']);
    assert.strictEqual(tooMuch.code, 1);
    assert.match(tooMuch.err, /maxvcpus is 4/);
    assert.strictEqual((await xl(['mem-set', 'web01', 'lots'])).code, 2);
    assert.strictEqual((await xl(['shutdown', 'web01'])).code, 0);
    assert.match((await xl(['list', '--host', 'xen1'])).out, /web01 .*---s--/);
    assert.strictEqual((await xl(['destroy', 'web01'])).code, 0);
    const gone = await xl(['reboot', 'web01']);
    assert.strictEqual(gone.code, 1);
    assert.match(gone.err, /web01 is an invalid domain identifier/);
  });

  it('xl migrate prints every round, the downtime and the total', async () => {
    await xl(['create', 'a.cfg'], { 'a.cfg': domainSpec({ workload: 'web' }) });
    const moved = await xl(['migrate', 'web01', 'xen2']);
    assert.strictEqual(moved.code, 0, moved.err);
    assert.match(moved.out, /round 1: +262144 pages/);
    assert.match(moved.out, /round 2: /);
    assert.match(moved.out, /downtime: \d+\.\d ms/);
    assert.match(moved.out, /total: \d+\.\d\d s/);
    assert.match(moved.out, /Migration successful\./);
    await xl(['create', 'b.cfg'], { 'b.cfg': domainSpec({ name: 'pinned', nomigrate: true, disks: [] }) });
    const refused = await xl(['migrate', 'pinned', 'xen1', '--json']);
    assert.strictEqual(refused.code, 1);
    assert.match(refused.err, /nomigrate=1/);
    const json = await xl(['migrate', 'web01', 'xen1', '--json']);
    const parsed = JSON.parse(json.out) as { report: { rounds: unknown[]; downtimeMs: number }; domain: { host: string } };
    assert.strictEqual(parsed.domain.host, 'xen1');
    assert.ok(parsed.report.rounds.length >= 2);
  });

  it('xl info and xl console', async () => {
    const info = await xl(['info', '--host', 'xen2']);
    assert.match(info.out, /^host {19}: xen2$/m);
    assert.match(info.out, /^virt_caps {14}: pv hvm hvm_directio pv_directio shadow$/m);
    // one simulated clock across the two invocations, so the boot has visibly progressed
    const clock = new VirtualClock();
    const shared = capture({ 'a.cfg': domainSpec() }, { openHypervisor: (options) => openSimulatedCluster({ ...options, clock }) });
    assert.strictEqual(await runXlCommand(['create', 'a.cfg', ...g], shared.io), 0, shared.err());
    await clock.sleep(60000);
    assert.strictEqual(await runXlCommand(['console', 'web01', ...g], shared.io), 0, shared.err());
    assert.match(shared.out(), /Linux version/);
    assert.match(shared.out(), /web01 login: \n$/);
    assert.strictEqual((await xl(['info', '--host', 'vz1'])).code, 1);
  });

  it('bad global options and unknown verbs are usage errors', async () => {
    assert.strictEqual((await xl(['frobnicate'])).code, 2);
    const c = capture();
    assert.strictEqual(await runXlCommand(['list', '--speed', 'fast', '--state-dir', dir], c.io), 2);
    assert.match(c.err(), /--speed needs a positive number/);
    assert.strictEqual((await xl(['list', '--bogus'])).code, 2);
    assert.deepStrictEqual([parseMemoryMiB('512'), parseMemoryMiB('1g'), parseMemoryMiB('2048k'), parseMemoryMiB('x')], [512, 1024, 2, undefined]);
  });

  describe('vz', () => {
    const template: TemplateSpec = { kind: 'os', name: 'almalinux-9-x86_64', osname: 'almalinux', osver: '9', osarch: 'x86_64', packages: ['bash', 'dnf'], source: 'alma.metafile' };
    const app: TemplateSpec = { kind: 'app', name: 'centos-7-x86_64-nginx', osname: 'centos', osver: '7', osarch: 'x86_64', packages: ['nginx'], baseOs: 'centos-7-x86_64', source: 'nginx.metafile' };
    const sample: ContainerSpec = containerSpec({ ramMiB: 256, diskspaceGiB: 4 });
    const vz = async (argv: string[]) => {
      const c = capture({}, {
        templateLoader: (p) => (p === 'alma.metafile' ? template : p === 'nginx.metafile' ? app : { errors: [`${p}: %packages is missing`] }),
        containerSpecLoader: (p) => (p === 've-small.conf-sample' ? sample : { errors: [`${p}: not found`] }),
      });
      const code = await runVzCommand([...argv, ...g], c.io);
      return { code, out: c.out(), err: c.err() };
    };

    it('create-cache, deploy with a pattern, list in vzlist columns', async () => {
      assert.strictEqual((await vz(['create-cache', 'alma.metafile'])).code, 0);
      const again = await vz(['create-cache', 'alma.metafile']);
      assert.strictEqual(again.code, 1);
      assert.match(again.err, /already exists/);
      const bad = await vz(['create-cache', 'broken.metafile']);
      assert.strictEqual(bad.code, 1);
      assert.match(bad.err, /%packages is missing/);
      const deployed = await vz(['deploy', '--template', 'almalinux-9-x86_64', '--count', '3', '--start-ip', '10.5.0.254', '--hostname', 'web{n}.example.com', '--config', 've-small.conf-sample']);
      assert.strictEqual(deployed.code, 0, deployed.err);
      assert.match(deployed.out, /deployed 3 of 3 containers/);
      const list = await vz(['list']);
      const lines = list.out.trimEnd().split('\n');
      assert.strictEqual(lines[0], '      CTID      NPROC STATUS    IP_ADDR         HOSTNAME');
      assert.match(lines[1]!, /^ {7}101 +\d+ running   10\.5\.0\.254 +web1\.example\.com$/);
      // .255 and .0 are skipped
      assert.match(lines[2]!, /^ {7}102 +\d+ running   10\.5\.1\.1 +web2\.example\.com$/);
      const json = JSON.parse((await vz(['list', '--json'])).out) as Array<{ ramMiB: number }>;
      assert.ok(json.every((c) => c.ramMiB === 256));
    });

    it('start, stop, destroy with vzctl-like exits; install-app; migrate refusal', async () => {
      await vz(['deploy', '--template', 'centos-7-x86_64', '--count', '2', '--start-ip', '10.6.0.1']);
      assert.strictEqual((await vz(['create-cache', 'nginx.metafile'])).code, 0);
      const install = await vz(['install-app', 'nginx', '101', '102']);
      assert.strictEqual(install.code, 0, install.err + install.out);
      assert.match(install.out, /101 installed/);
      assert.strictEqual((await vz(['stop', '101'])).code, 0);
      const stopAgain = await vz(['stop', '101']);
      assert.strictEqual(stopAgain.code, 31);
      assert.match(stopAgain.err, /Container 101 is not running/);
      assert.strictEqual((await vz(['start', '102'])).code, 32);
      assert.strictEqual((await vz(['destroy', '101'])).code, 0);
      assert.strictEqual((await vz(['start', '101'])).code, 1);
      const missingTemplate = await vz(['deploy', '--template', 'nope-1-x86', '--count', '2', '--start-ip', '10.6.0.1']);
      assert.strictEqual(missingTemplate.code, 91);
      const noTarget = await vz(['migrate', '102', 'xen1']);
      assert.strictEqual(noTarget.code, 1);
      assert.match(noTarget.err, /not a Virtuozzo host/);
      assert.strictEqual((await vz(['deploy', '--count', '2'])).code, 2);
    });
  });
});
