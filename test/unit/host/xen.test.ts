import * as assert from 'assert';
import { DEFAULT_CLUSTER, type ClusterConfig } from '../../../server/src/host/cluster-config';
import { HostError } from '../../../server/src/host/errors';
import type { GuestChange } from '../../../server/src/host/model';
import { containerSpec, domainSpec, openTestCluster, removeDir, tempStateDir, type TestCluster } from './helpers';

async function rejectsWith(promise: Promise<unknown>, code: string, message?: RegExp): Promise<HostError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof HostError, `expected a HostError, got ${String(error)}`);
    assert.strictEqual(error.code, code, error.message);
    if (message) assert.match(error.message, message);
    return error;
  }
  assert.fail(`expected a ${code} refusal`);
}

describe('simulated Xen hosts', () => {
  let dir: string;
  let c: TestCluster;
  beforeEach(async () => { dir = tempStateDir(); c = await openTestCluster(dir); });
  afterEach(() => { c.hv.dispose(); removeDir(dir); });

  it('creates a domain with the next domid after Domain-0 and lists it like xl list', async () => {
    const result = await c.hv.createDomain(domainSpec());
    assert.strictEqual(result.domain.host, 'xen1');
    assert.strictEqual(result.domain.domid, 1);
    const list = await c.hv.listDomains('xen1');
    assert.deepStrictEqual(list.map((d) => [d.name, d.domid, d.stateFlags]), [['Domain-0', 0, 'r-----'], ['web01', 1, '-b----']]);
    const second = await c.hv.createDomain(domainSpec({ name: 'web02', workload: 'web' }));
    assert.strictEqual(second.domain.domid, 2);
    assert.strictEqual(second.domain.stateFlags, 'r-----');
  });

  it('refuses a second domain with the same name anywhere in the cluster', async () => {
    await c.hv.createDomain(domainSpec());
    await rejectsWith(c.hv.createDomain(domainSpec(), { host: 'xen2' }), 'name-clash', /Domain with name "web01" already exists/);
  });

  it('refuses a domain that does not fit in the free memory, with numbers', async () => {
    // xen2: 32768 MiB minus 2048 for Domain-0
    await rejectsWith(c.hv.createDomain(domainSpec({ memoryMiB: 40000, maxmemMiB: 40000 }), { host: 'xen2' }), 'no-memory', /40000 MiB .* only 30720 MiB free/);
    await c.hv.createDomain(domainSpec({ name: 'big', memoryMiB: 30000, maxmemMiB: 30000 }), { host: 'xen2' });
    await rejectsWith(c.hv.createDomain(domainSpec({ name: 'more', memoryMiB: 1024 }), { host: 'xen2' }), 'no-memory', /only 720 MiB free/);
  });

  it('names a missing disk target and offers to create it; after createStorage the create works', async () => {
    const spec = domainSpec({ name: 'web09', disks: [{ vdev: 'xvda', target: '/dev/vg_guests/web09-disk', format: 'raw', access: 'rw', cdrom: false }] });
    const error = await rejectsWith(c.hv.createDomain(spec), 'storage-missing', /^disk target not found on xen1: xvda: \/dev\/vg_guests\/web09-disk \(can be created\)$/);
    assert.deepStrictEqual(error.details.createStorage, [{ host: 'xen1', path: '/dev/vg_guests/web09-disk', sizeGiB: 10 }]);
    await c.hv.createStorage('xen1', '/dev/vg_guests/web09-disk', 10);
    assert.ok((await c.hv.storage('xen2')).some((s) => s.path === '/dev/vg_guests/web09-disk'), 'the volume group is shared with xen2');
    const created = await c.hv.createDomain(spec);
    assert.strictEqual(created.domain.name, 'web09');
  });

  it('offers nothing for a target outside every pool', async () => {
    const spec = domainSpec({ disks: [{ vdev: 'xvda', target: '/srv/elsewhere/disk.img', format: 'raw', access: 'rw', cdrom: false }] });
    const error = await rejectsWith(c.hv.createDomain(spec), 'storage-missing', /xvda: \/srv\/elsewhere\/disk.img \(outside every volume group and image folder of xen1\)/);
    assert.deepStrictEqual(error.details.createStorage, []);
  });

  it('lists volumes and image files for disk target completion', async () => {
    const paths = (await c.hv.storage('xen1')).map((s) => s.path);
    assert.ok(paths.includes('/dev/vg_guests/web01-disk'));
    assert.ok(paths.includes('/var/lib/xen/images/debian-12.qcow2'));
    assert.ok(paths.includes('/dev/vg_local/scratch'));
    assert.ok(!(await c.hv.storage('xen2')).some((s) => s.path === '/dev/vg_local/scratch'));
  });

  it('falls back from HAP to shadow paging on a CPU without nested paging, with a warning', async () => {
    const hvm = domainSpec({ name: 'win', type: 'hvm', hap: true, disks: [{ vdev: 'hda', target: '/var/lib/xen/images/win2019.qcow2', format: 'qcow2', access: 'rw', cdrom: false }] });
    const onXen2 = await c.hv.createDomain(hvm, { host: 'xen2' });
    assert.strictEqual(onXen2.domain.paging, 'shadow');
    assert.match(onXen2.warnings.join('\n'), /hap=1 .* no nested paging \(NPT\): using shadow paging/);
    const onXen1 = await c.hv.createDomain({ ...hvm, name: 'win2' }, { host: 'xen1' });
    assert.strictEqual(onXen1.domain.paging, 'hap');
    assert.deepStrictEqual(onXen1.warnings, []);
  });

  it('refuses HVM on a host without hardware virtualisation but runs PV there', async () => {
    const config: ClusterConfig = {
      ...DEFAULT_CLUSTER, name: 'old',
      hosts: DEFAULT_CLUSTER.hosts.map((h) => (h.name === 'xen2' ? { ...h, cpu: { ...h.cpu, hardwareVirt: false, nestedPaging: false } } : h)),
    };
    c.hv.dispose();
    c = await openTestCluster(dir, config);
    await rejectsWith(c.hv.createDomain(domainSpec({ type: 'hvm' }), { host: 'xen2' }), 'no-hvm', /no hardware virtualisation \(AMD-V\)/);
    const info = Object.fromEntries(await c.hv.hostInfo('xen2'));
    assert.strictEqual(info['virt_caps'], 'pv pv_directio shadow');
    const pv = await c.hv.createDomain(domainSpec(), { host: 'xen2' });
    assert.strictEqual(pv.domain.paging, 'pv');
  });

  it('xl info shows the CPU, memory and virt_caps', async () => {
    const xen1 = Object.fromEntries(await c.hv.hostInfo('xen1'));
    assert.strictEqual(xen1['virt_caps'], 'pv hvm hvm_directio pv_directio hap shadow');
    assert.strictEqual(xen1['nr_cpus'], '80');
    assert.strictEqual(xen1['total_memory'], '131072');
    await c.hv.createDomain(domainSpec({ memoryMiB: 2048, maxmemMiB: 2048 }));
    assert.strictEqual(Object.fromEntries(await c.hv.hostInfo('xen1'))['free_memory'], String(131072 - 4096 - 2048));
    const xen2 = Object.fromEntries(await c.hv.hostInfo('xen2'));
    assert.strictEqual(xen2['virt_caps'], 'pv hvm hvm_directio pv_directio shadow');
    await rejectsWith(c.hv.hostInfo('vz1'), 'wrong-host-kind');
  });

  it('dry run prints the resolved config without creating anything', async () => {
    const result = await c.hv.dryRunDomain(domainSpec({ memoryMiB: 512, maxmemMiB: 2048 }));
    const bInfo = result.config['b_info'] as Record<string, unknown>;
    assert.strictEqual(bInfo['target_memkb'], 512 * 1024);
    assert.strictEqual(bInfo['max_memkb'], 2048 * 1024);
    assert.deepStrictEqual((result.config['disks'] as Array<Record<string, unknown>>)[0]!['pdev_path'], '/dev/vg_guests/web01-disk');
    assert.strictEqual(result.refusal, undefined);
    assert.deepStrictEqual((await c.hv.listDomains('xen1')).map((d) => d.name), ['Domain-0']);
    const refused = await c.hv.dryRunDomain(domainSpec({ disks: [{ vdev: 'xvda', target: '/dev/vg_guests/none', format: 'raw', access: 'rw', cdrom: false }] }));
    assert.strictEqual(refused.refusal?.code, 'storage-missing');
  });

  it('shutdown honours on_poweroff: destroy removes, preserve keeps it shut down', async () => {
    await c.hv.createDomain(domainSpec());
    const gone = await c.hv.shutdownDomain({ domain: 'web01' });
    assert.strictEqual(gone.domain, undefined);
    assert.deepStrictEqual((await c.hv.listDomains('xen1')).map((d) => d.name), ['Domain-0']);
    await c.hv.createDomain(domainSpec({ onPoweroff: 'preserve' }));
    const kept = await c.hv.shutdownDomain({ domain: 'web01' });
    assert.strictEqual(kept.domain?.stateFlags, '---s--');
    await rejectsWith(c.hv.shutdownDomain({ domain: 'web01' }), 'bad-state', /it is shutdown/);
  });

  it('reboot restarts with a new domid; crash honours on_crash', async () => {
    await c.hv.createDomain(domainSpec({ onCrash: 'preserve' }));
    const rebooted = await c.hv.rebootDomain({ domain: 'web01' });
    assert.strictEqual(rebooted.action, 'restart');
    assert.strictEqual(rebooted.domain?.domid, 2);
    const crashed = await c.hv.crashDomain({ domain: 'web01' });
    assert.strictEqual(crashed.domain?.stateFlags, '---sc-');
  });

  it('rename-restart keeps the old domain under a new name and starts a fresh one', async () => {
    await c.hv.createDomain(domainSpec({ onReboot: 'rename-restart' }));
    await c.hv.rebootDomain({ domain: 'web01' });
    const names = (await c.hv.listDomains('xen1')).map((d) => `${d.name}:${d.stateFlags}`);
    assert.strictEqual(names.length, 3);
    assert.ok(names.includes('web01:-b----'));
    assert.ok(names.some((n) => /^web01-\d{8}T\d{4}Z:---sr-$/.test(n)), names.join(' '));
  });

  it('pause and unpause change the flags and freeze CPU time', async () => {
    await c.hv.createDomain(domainSpec({ workload: 'database' }));
    await c.clock.sleep(10000);
    const paused = await c.hv.pauseDomain({ domain: 'web01' });
    assert.strictEqual(paused.domain?.stateFlags, '--p---');
    const frozen = paused.domain!.cpuSeconds;
    assert.ok(frozen > 0);
    await c.clock.sleep(60000);
    assert.strictEqual((await c.hv.listDomains('xen1'))[1]!.cpuSeconds, frozen);
    await rejectsWith(c.hv.pauseDomain({ domain: 'web01' }), 'bad-state');
    const resumed = await c.hv.unpauseDomain({ domain: '1', host: 'xen1' });
    assert.strictEqual(resumed.domain?.stateFlags, 'r-----');
  });

  it('destroy removes at once; unknown domains are refused like xl does', async () => {
    await c.hv.createDomain(domainSpec());
    await c.hv.destroyDomain({ domain: 'web01' });
    assert.strictEqual((await c.hv.listDomains()).filter((d) => d.name === 'web01').length, 0);
    await rejectsWith(c.hv.destroyDomain({ domain: 'nosuch' }), 'not-found', /nosuch is an invalid domain identifier/);
    await rejectsWith(c.hv.destroyDomain({ domain: 'Domain-0' }), 'bad-state');
  });

  it('mem-set stays within maxmem and the host; vcpu-set within maxvcpus', async () => {
    await c.hv.createDomain(domainSpec({ memoryMiB: 1024, maxmemMiB: 4096, vcpus: 1, maxvcpus: 4 }));
    const grown = await c.hv.setDomainMemory({ domain: 'web01' }, 3072);
    assert.strictEqual(grown.domain?.memoryMiB, 3072);
    await rejectsWith(c.hv.setDomainMemory({ domain: 'web01' }, 8192), 'invalid-argument', /above its maxmem of 4096 MiB/);
    const vcpus = await c.hv.setDomainVcpus({ domain: 'web01' }, 4);
    assert.strictEqual(vcpus.domain?.vcpus, 4);
    await rejectsWith(c.hv.setDomainVcpus({ domain: 'web01' }, 5), 'invalid-argument', /maxvcpus is 4/);
  });

  it('console shows a boot log that ends at a login prompt', async () => {
    await c.hv.createDomain(domainSpec());
    const early = await c.hv.console({ domain: 'web01' });
    await c.clock.sleep(30000);
    const late = await c.hv.console({ domain: 'web01' });
    assert.ok(late.length > early.length);
    assert.match(late.join('\n'), /Booting paravirtualized kernel on Xen/);
    assert.match(late[late.length - 1]!, /^web01 login: $/);
  });

  it('console names the kernel release the config boots', async () => {
    await c.hv.createDomain(domainSpec({ kernel: '/var/lib/xen/boot/vmlinuz-6.6.30' }));
    await c.clock.sleep(30000);
    const log = (await c.hv.console({ domain: 'web01' })).join('\n');
    assert.match(log, /Linux version 6\.6\.30 /);
    assert.doesNotMatch(log, /6\.1\.0-18/);
  });

  it('emits guest events for added, changed and removed domains', async () => {
    const seen: GuestChange[] = [];
    c.hv.onDidChangeGuests((changes) => seen.push(...changes));
    await c.hv.createDomain(domainSpec());
    await c.hv.destroyDomain({ domain: 'web01' });
    assert.deepStrictEqual(seen.map((e) => `${e.change}:${e.name}`), ['added:web01', 'changed:web01', 'changed:web01', 'removed:web01']);
  });

  it('a call that cannot finish in time fails with a timeout instead of hanging', async () => {
    const hung = new Promise<never>(() => undefined);
    (c.hv.store as unknown as { mutate: () => Promise<never> }).mutate = () => hung;
    await rejectsWith(c.hv.createDomain(domainSpec(), { timeoutMs: 50 }), 'timeout', /within 0 s|within \d+ s/);
  });

  it('refuses Xen verbs on a Virtuozzo host and container verbs on a Xen host', async () => {
    await rejectsWith(c.hv.createDomain(domainSpec(), { host: 'vz1' }), 'wrong-host-kind', /"vz1" is a Virtuozzo host/);
    await rejectsWith(c.hv.createContainer(containerSpec({ ostemplate: 'centos-7-x86_64' }), { host: 'xen1' }), 'wrong-host-kind');
  });
});
