import * as assert from 'assert';
import { VirtualClock } from '../../../server/src/host/clock';
import { DEFAULT_CLUSTER, type ClusterConfig } from '../../../server/src/host/cluster-config';
import { HostError } from '../../../server/src/host/errors';
import { MAX_ITERATIONS, planPrecopy, STOP_DIRTY_PAGES } from '../../../server/src/host/precopy';
import type { WorkloadProfile } from '../../../server/src/schema/guest-spec';
import { containerSpec, domainSpec, openTestCluster, removeDir, tempStateDir, type TestCluster } from './helpers';

const plan = (workload: WorkloadProfile, memoryMiB = 1024, bandwidthMbit = 1000) =>
  planPrecopy({ memoryMiB, bandwidthMbit, workload, setupMs: 250, resumeMs: 8 });

describe('pre-copy migration model', () => {
  it('round 1 sends all memory; later rounds send what the previous round dirtied', () => {
    const p = plan('web');
    assert.strictEqual(p.rounds[0]!.pages, 262144);
    for (let i = 1; i < p.rounds.length; i++) assert.strictEqual(p.rounds[i]!.pages, p.rounds[i - 1]!.dirtiedPages);
    assert.strictEqual(p.stopAndCopy.pages, p.rounds[p.rounds.length - 1]!.dirtiedPages);
    for (const r of p.rounds) assert.strictEqual(r.bytes, r.pages * 4096);
  });

  it('an idle guest on 1 Gbit/s converges with a downtime of a few milliseconds', () => {
    const p = plan('idle');
    assert.strictEqual(p.stopReason, 'converged');
    assert.ok(p.stopAndCopy.pages < STOP_DIRTY_PAGES);
    assert.ok(p.downtimeMs >= 8 && p.downtimeMs < 50, `downtime ${p.downtimeMs}`);
    // 1 GiB at ~117 MB/s is about 9 s
    assert.ok(p.totalMs > 8000 && p.totalMs < 11000, `total ${p.totalMs}`);
  });

  it('a memory-intensive guest hits the iteration limit and has a far longer downtime', () => {
    const idle = plan('idle');
    const heavy = plan('memory-intensive');
    assert.strictEqual(heavy.stopReason, 'max-iterations');
    assert.strictEqual(heavy.rounds.length, MAX_ITERATIONS);
    assert.ok(heavy.downtimeMs > 100 * idle.downtimeMs, `${heavy.downtimeMs} vs ${idle.downtimeMs}`);
    assert.ok(heavy.downtimeMs > 1000);
  });

  it('orders the profiles by downtime and total time', () => {
    const profiles: WorkloadProfile[] = ['idle', 'web', 'database', 'memory-intensive'];
    const totals = profiles.map((w) => plan(w).totalMs);
    const downtimes = profiles.map((w) => plan(w).downtimeMs);
    for (let i = 1; i < profiles.length; i++) {
      assert.ok(totals[i]! >= totals[i - 1]!, `total ${profiles[i]}`);
      assert.ok(downtimes[i]! >= downtimes[i - 1]!, `downtime ${profiles[i]}`);
    }
  });

  it('total time grows with memory and shrinks with bandwidth', () => {
    assert.ok(plan('web', 4096).totalMs > 3.5 * plan('web', 1024).totalMs);
    assert.ok(plan('web', 1024, 10000).totalMs < plan('web', 1024, 1000).totalMs / 5);
  });
});

describe('live migration on the simulated cluster', () => {
  let dir: string;
  let c: TestCluster;
  beforeEach(async () => { dir = tempStateDir(); c = await openTestCluster(dir); });
  afterEach(() => { c.hv.dispose(); removeDir(dir); });

  it('moves a running domain, reports every round, and keeps its identity', async () => {
    const created = await c.hv.createDomain(domainSpec({ workload: 'web' }));
    const before = c.clock.now();
    const { report, domain } = await c.hv.migrateDomain({ domain: 'web01' }, 'xen2');
    assert.strictEqual(domain.host, 'xen2');
    assert.strictEqual(domain.id, created.domain.id);
    assert.strictEqual(domain.name, 'web01');
    assert.strictEqual(report.rounds[0]!.pages, 262144);
    assert.ok(report.rounds.length >= 2);
    assert.ok(Math.abs((c.clock.now() - before) - report.totalMs) < 1, 'the clock spent the reported time');
    assert.deepStrictEqual(report.messages.slice(-1), ['Migration successful.']);
    assert.deepStrictEqual((await c.hv.listDomains('xen1')).map((d) => d.name), ['Domain-0']);
    assert.deepStrictEqual((await c.hv.listDomains('xen2')).map((d) => d.name), ['Domain-0', 'web01']);
  });

  it('shows NAME--incoming on the target and NAME--migratedaway on the source during the move', async () => {
    c.hv.dispose();
    const clock = new VirtualClock({ autoAdvance: false });
    c = await openTestCluster(dir, undefined, clock);
    const creating = c.hv.createDomain(domainSpec());
    await clock.advance(5000);
    await creating;
    const moving = c.hv.migrateDomain({ domain: 'web01' }, 'xen2');
    await clock.advance(1000);
    const during = (await c.hv.listDomains()).map((d) => `${d.host}:${d.name}:${d.stateFlags}`);
    assert.ok(during.includes('xen1:web01--migratedaway:-b----'), during.join(' '));
    assert.ok(during.includes('xen2:web01--incoming:--p---'), during.join(' '));
    await clock.advance(60000);
    await moving;
    assert.ok((await c.hv.listDomains('xen2')).some((d) => d.name === 'web01'));
  });

  it('refuses nomigrate, a missing link, a full target and a name in use there', async () => {
    await c.hv.createDomain(domainSpec({ nomigrate: true }));
    await assert.rejects(c.hv.migrateDomain({ domain: 'web01' }, 'xen2'), (e: HostError) => e.code === 'nomigrate');
    await c.hv.createDomain(domainSpec({ name: 'big', memoryMiB: 40000, maxmemMiB: 40000, disks: [] }));
    await assert.rejects(c.hv.migrateDomain({ domain: 'big' }, 'xen2'), (e: HostError) => e.code === 'no-memory' && /incoming domain "big"/.test(e.message));
    await c.hv.createDomain(domainSpec({ name: 'db', disks: [] }));
    await c.hv.createDomain(domainSpec({ name: 'db--incoming', disks: [] }), { host: 'xen2' });
    await assert.rejects(c.hv.migrateDomain({ domain: 'db' }, 'xen2'), (e: HostError) => e.code === 'name-clash');
    await assert.rejects(c.hv.migrateDomain({ domain: 'db' }, 'vz1'), (e: HostError) => e.code === 'wrong-host-kind');
    await c.hv.createDomain(domainSpec({ name: 'local', disks: [{ vdev: 'xvda', target: '/dev/vg_local/scratch', format: 'raw', access: 'rw', cdrom: false }] }));
    await assert.rejects(c.hv.migrateDomain({ domain: 'local' }, 'xen2'), (e: HostError) => e.code === 'storage-missing');
    const isolated: ClusterConfig = { ...DEFAULT_CLUSTER, name: 'isolated', links: [] };
    c.hv.dispose();
    c = await openTestCluster(dir, isolated);
    await c.hv.createDomain(domainSpec());
    await assert.rejects(c.hv.migrateDomain({ domain: 'web01' }, 'xen2'), (e: HostError) => e.code === 'no-route');
  });

  it('a failure mid-way leaves the guest running on the source under its name', async () => {
    await c.hv.createDomain(domainSpec({ workload: 'database' }));
    await assert.rejects(c.hv.migrateDomain({ domain: 'web01' }, 'xen2', { failAtRound: 2 }),
      (e: HostError) => e.code === 'migration-failed' && /keeps running on xen1/.test(e.message));
    const all = await c.hv.listDomains();
    assert.deepStrictEqual(all.filter((d) => !d.isDomain0).map((d) => `${d.host}:${d.name}:${d.stateFlags}`), ['xen1:web01:r-----']);
    assert.strictEqual(Object.fromEntries(await c.hv.hostInfo('xen2'))['free_memory'], String(32768 - 2048));
  });

  it('cancelling with an AbortSignal rolls back too', async () => {
    await c.hv.createDomain(domainSpec());
    const controller = new AbortController();
    const moving = c.hv.migrateDomain({ domain: 'web01' }, 'xen2', {
      signal: controller.signal,
      onProgress: (p) => { if (p.message.startsWith('Round 1')) controller.abort(); },
    });
    await assert.rejects(moving, (e: HostError) => e.code === 'aborted' && /keeps running on xen1/.test(e.message));
    const names = (await c.hv.listDomains()).map((d) => `${d.host}:${d.name}`);
    assert.ok(names.includes('xen1:web01'));
    assert.ok(!names.some((n) => n.includes('--')), names.join(' '));
  });

  it('a migration interrupted by a dead process is rolled back at the next open', async () => {
    await c.hv.createDomain(domainSpec());
    await c.hv.store.mutate((state) => {
      const d = state.domainByName('web01')!;
      const deadPid = 2147483000;
      return {
        records: [
          { t: 'put-domain', domain: { ...d, name: 'web01--migratedaway', migration: { role: 'source', operation: 'x', peerHost: 'xen2', ownerPid: deadPid } } },
          { t: 'put-domain', domain: { ...d, id: 'incoming-1', host: 'xen2', name: 'web01--incoming', domid: 1, state: 'paused', migration: { role: 'target', operation: 'x', peerHost: 'xen1', ownerPid: deadPid } } },
        ],
        result: undefined,
      };
    });
    c.hv.dispose();
    c = await openTestCluster(dir);
    assert.match(c.hv.notices().join('\n'), /interrupted migration/);
    assert.deepStrictEqual((await c.hv.listDomains()).filter((d) => !d.isDomain0).map((d) => `${d.host}:${d.name}`), ['xen1:web01']);
  });

  it('migrates a running container online between two Virtuozzo hosts', async () => {
    const twoVz: ClusterConfig = {
      ...DEFAULT_CLUSTER, name: 'twovz',
      hosts: [...DEFAULT_CLUSTER.hosts, { ...DEFAULT_CLUSTER.hosts[2]!, name: 'vz2', osTemplates: ['centos-7-x86_64'] }],
      links: [...DEFAULT_CLUSTER.links, { between: ['vz1', 'vz2'], bandwidthMbit: 1000 }],
    };
    c.hv.dispose();
    c = await openTestCluster(dir, twoVz);
    const ct = await c.hv.createContainer(containerSpec({ ostemplate: 'centos-7-x86_64', ipAddresses: ['10.0.0.5'] }), { start: true });
    const { report, container } = await c.hv.migrateContainer(ct.ctid, 'vz2');
    assert.strictEqual(container.host, 'vz2');
    assert.strictEqual(container.status, 'running');
    assert.ok(report.rounds.length >= 1);
    assert.ok(report.downtimeMs > 0 && report.downtimeMs < 50);
    const other = await c.hv.createContainer(containerSpec({ ostemplate: 'ubuntu-20.04-x86_64' }), { start: true });
    await assert.rejects(c.hv.migrateContainer(other.ctid, 'vz2'), (e: HostError) => e.code === 'template-missing');
    await assert.rejects(c.hv.migrateContainer(other.ctid, 'vz2', {}), /not found on vz2/);
  });
});
