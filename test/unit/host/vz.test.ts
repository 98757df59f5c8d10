import * as assert from 'assert';
import { HostError } from '../../../server/src/host/errors';
import type { TemplateSpec } from '../../../server/src/schema/guest-spec';
import { containerSpec, domainSpec, openTestCluster, removeDir, tempStateDir, type TestCluster } from './helpers';

const almaOs: TemplateSpec = {
  kind: 'os', name: 'almalinux-9-x86_64', osname: 'almalinux', osver: '9', osarch: 'x86_64',
  packages: ['bash', 'coreutils', 'dnf', 'openssh-server', 'systemd'], source: 'almalinux-9.metafile',
};
const mysqlApp: TemplateSpec = {
  kind: 'app', name: 'centos-7-x86_64-mysql', osname: 'centos', osver: '7', osarch: 'x86_64',
  packages: ['mysql-server', 'mysql'], baseOs: 'centos-7-x86_64', source: 'metafile.mysql',
};

const code = (expected: string) => (e: unknown) => e instanceof HostError && e.code === expected;

describe('simulated Virtuozzo host', () => {
  let dir: string;
  let c: TestCluster;
  beforeEach(async () => { dir = tempStateDir(); c = await openTestCluster(dir); });
  afterEach(() => { c.hv.dispose(); removeDir(dir); });

  it('creates an OS template cache, which takes simulated time per package', async () => {
    const before = c.clock.now();
    const progress: string[] = [];
    const view = await c.hv.createTemplate(almaOs, { onProgress: (p) => progress.push(p.message) });
    assert.strictEqual(view.cached, true);
    assert.ok(c.clock.now() - before >= 45000 + 5 * 1500 - 1);
    assert.ok(progress.length >= 5);
    await assert.rejects(c.hv.createTemplate(almaOs), code('cache-exists'));
    const ct = await c.hv.createContainer(containerSpec({ ostemplate: 'almalinux-9-x86_64' }));
    assert.strictEqual(ct.ostemplate, 'almalinux-9-x86_64');
  });

  it('creates containers from a template with CTIDs from 101 and lists them like vzlist', async () => {
    const a = await c.hv.createContainer(containerSpec({ hostname: 'web1', ipAddresses: ['10.1.0.11'] }), { template: 'centos-7-x86_64' });
    const b = await c.hv.createContainer(containerSpec({ hostname: 'web2', ipAddresses: ['10.1.0.12'] }), { template: 'centos-7-x86_64', start: true });
    assert.deepStrictEqual([a.ctid, b.ctid], [101, 102]);
    const list = await c.hv.listContainers();
    assert.deepStrictEqual(list.map((x) => `${x.ctid}:${x.status}:${x.ipAddresses.join()}:${x.hostname}`), ['101:stopped:10.1.0.11:web1', '102:running:10.1.0.12:web2']);
    assert.ok(list[1]!.numproc > 0);
    assert.strictEqual(list[0]!.numproc, 0);
  });

  it('refuses a missing or uncached template, a reserved or taken CTID and an IP in use', async () => {
    await assert.rejects(c.hv.createContainer(containerSpec({ ostemplate: 'gentoo-2024-x86_64' })), (e: HostError) => e.code === 'template-missing' && /available: centos-7-x86_64/.test(e.message));
    await assert.rejects(c.hv.createContainer(containerSpec({ ctid: 100, ostemplate: 'centos-7-x86_64' })), code('invalid-argument'));
    await c.hv.createContainer(containerSpec({ ctid: 200, ostemplate: 'centos-7-x86_64', ipAddresses: ['10.1.0.50'] }));
    await assert.rejects(c.hv.createContainer(containerSpec({ ctid: 200, ostemplate: 'centos-7-x86_64' })), code('id-clash'));
    await assert.rejects(c.hv.createContainer(containerSpec({ ostemplate: 'centos-7-x86_64', ipAddresses: ['10.1.0.50'] })), (e: HostError) => e.code === 'ip-in-use' && /container 200/.test(e.message));
    await c.hv.createDomain(domainSpec({ vifs: [{ ip: '10.1.0.60' }] }));
    await assert.rejects(c.hv.createContainer(containerSpec({ ostemplate: 'centos-7-x86_64', ipAddresses: ['10.1.0.60'] })), (e: HostError) => e.code === 'ip-in-use' && /domain web01/.test(e.message));
    await assert.rejects(c.hv.createContainer(containerSpec({ ostemplate: 'centos-7-x86_64', ipAddresses: ['10.1.0.300'] })), code('invalid-argument'));
  });

  it('start, stop, restart, set and destroy follow vzctl rules', async () => {
    const ct = await c.hv.createContainer(containerSpec({ ostemplate: 'centos-7-x86_64', ipAddresses: ['10.1.0.20'] }));
    await assert.rejects(c.hv.stopContainer(ct.ctid), (e: HostError) => e.code === 'bad-state' && /is not running/.test(e.message));
    assert.strictEqual((await c.hv.startContainer(ct.ctid)).status, 'running');
    await assert.rejects(c.hv.startContainer(ct.ctid), (e: HostError) => /already running/.test(e.message));
    await assert.rejects(c.hv.destroyContainer(ct.ctid), (e: HostError) => /stop it before destroying/.test(e.message));
    assert.strictEqual((await c.hv.restartContainer(ct.ctid)).status, 'running');
    const set = await c.hv.setContainer(ct.ctid, { ramMiB: 2048, ipAdd: ['10.1.0.21'], ipDel: ['10.1.0.20'], hostname: 'renamed' });
    assert.deepStrictEqual([set.ramMiB, set.ipAddresses, set.hostname], [2048, ['10.1.0.21'], 'renamed']);
    assert.strictEqual((await c.hv.stopContainer('renamed')).status, 'stopped');
    await c.hv.destroyContainer(ct.ctid);
    assert.deepStrictEqual(await c.hv.listContainers(), []);
    await assert.rejects(c.hv.startContainer(ct.ctid), (e: HostError) => e.code === 'not-found' && /Container 101 does not exist/.test(e.message));
  });

  it('refuses to start a container the host has no memory for', async () => {
    const ct = await c.hv.createContainer(containerSpec({ ostemplate: 'centos-7-x86_64', ramMiB: 70000 }));
    await assert.rejects(c.hv.startContainer(ct.ctid), (e: HostError) => e.code === 'no-memory' && /needs 70000 MiB/.test(e.message));
  });

  it('deploys 20 containers with sequential IPs, skipping addresses in use, CTIDs in order', async () => {
    await c.hv.createContainer(containerSpec({ ctid: 150, ostemplate: 'centos-7-x86_64', ipAddresses: ['10.2.0.13'] }));
    await c.hv.createDomain(domainSpec({ vifs: [{ ip: '10.2.0.15' }] }));
    const before = c.clock.now();
    const report = await c.hv.deploy({
      template: 'centos-7-x86_64', count: 20, startIp: '10.2.0.10', hostnamePattern: 'web{n}',
      sample: containerSpec({ ramMiB: 256, diskspaceGiB: 5, nameservers: ['10.2.0.1'] }),
    });
    assert.strictEqual(report.stoppedEarly, undefined);
    assert.strictEqual(report.containers.length, 20);
    assert.deepStrictEqual(report.skippedIps, ['10.2.0.13', '10.2.0.15']);
    const ips = report.containers.map((x) => x.ip);
    assert.strictEqual(ips[0], '10.2.0.10');
    assert.strictEqual(ips[19], '10.2.0.31');
    assert.ok(!ips.includes('10.2.0.13') && !ips.includes('10.2.0.15'));
    assert.strictEqual(new Set(ips).size, 20);
    assert.deepStrictEqual(report.containers.map((x) => x.hostname), Array.from({ length: 20 }, (_, i) => `web${i + 1}`));
    const ctids = report.containers.map((x) => x.ctid);
    assert.deepStrictEqual(ctids, [...ctids].sort((a, b) => a - b));
    assert.strictEqual(ctids[0], 101);
    assert.ok(!ctids.includes(150), 'CTID 150 was taken');
    assert.strictEqual(report.elapsedMs, c.clock.now() - before);
    assert.ok(report.elapsedMs > 0);
    const running = (await c.hv.listContainers()).filter((x) => x.status === 'running');
    assert.strictEqual(running.length, 20);
    assert.ok(running.every((x) => x.ramMiB === 256 && x.diskspaceGiB === 5));
  });

  it('stops a deploy early with a reason when the host is full, keeping what was made', async () => {
    const report = await c.hv.deploy({ template: 'centos-7-x86_64', count: 10, startIp: '10.3.0.1', sample: containerSpec({ diskspaceGiB: 300 }), start: false });
    assert.strictEqual(report.containers.length, 3);
    assert.strictEqual(report.stoppedEarly?.code, 'no-disk-space');
    await assert.rejects(c.hv.deploy({ template: 'nope-1-x86_64', count: 2, startIp: '10.3.0.1' }), code('template-missing'));
    await assert.rejects(c.hv.deploy({ template: 'centos-7-x86_64', count: 0, startIp: '10.3.0.1' }), code('invalid-argument'));
    await assert.rejects(c.hv.deploy({ template: 'centos-7-x86_64', count: 2, startIp: '10.3.0' }), code('invalid-argument'));
    await assert.rejects(c.hv.deploy({ template: 'centos-7-x86_64', count: 2, startIp: '10.3.0.1', hostnamePattern: 'web{x}' }), code('invalid-argument'));
  });

  it('installs an application template into many containers at once', async () => {
    await c.hv.createTemplate(mysqlApp);
    const report = await c.hv.deploy({ template: 'centos-7-x86_64', count: 3, startIp: '10.4.0.1' });
    const ubuntu = await c.hv.createContainer(containerSpec({ ostemplate: 'ubuntu-20.04-x86_64' }), { start: true });
    const stopped = await c.hv.createContainer(containerSpec({ ostemplate: 'centos-7-x86_64' }));
    const ids = [...report.containers.map((x) => x.ctid), ubuntu.ctid, stopped.ctid];
    const before = c.clock.now();
    const result = await c.hv.installAppTemplate('mysql', ids);
    assert.deepStrictEqual(result.results.map((r) => r.outcome), ['installed', 'installed', 'installed', 'failed', 'failed']);
    assert.match(result.results[3]!.message, /built for centos-7-x86_64/);
    assert.match(result.results[4]!.message, /not running/);
    // concurrently: the three installs overlap, so it takes one install's time
    assert.ok(c.clock.now() - before < 2 * (4000 + 2 * 1800));
    const again = await c.hv.installAppTemplate('centos-7-x86_64-mysql', [ids[0]!]);
    assert.strictEqual(again.results[0]!.outcome, 'already-installed');
    const list = await c.hv.listContainers();
    assert.deepStrictEqual(list.find((x) => x.ctid === ids[0])!.appTemplates, ['centos-7-x86_64-mysql']);
  });

  it('refuses an app template whose base OS template is absent', async () => {
    await assert.rejects(c.hv.createTemplate({ ...mysqlApp, name: 'fedora-39-x86_64-redis', baseOs: 'fedora-39-x86_64' }), code('template-missing'));
    await assert.rejects(c.hv.createTemplate({ ...almaOs, packages: [] }), code('invalid-argument'));
  });
});
