/**
 * Host benchmarks (not tests): deploy 1,000 containers, list 10,000 guests,
 * replay a journal of 100,000 records. Each figure is printed with a ratio
 * against a reference measured in the same run on the same machine, so the
 * numbers compare across machines.
 *   npx tsc -b bench && node out/bench/host.bench.js
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { VirtualClock } from '../server/src/host/clock';
import { DEFAULT_CLUSTER, type ClusterConfig } from '../server/src/host/cluster-config';
import { formatVzList, formatXlList } from '../server/src/host/format';
import { JournalFile } from '../server/src/host/journal';
import type { ContainerRecord, DomainRecord, JournalRecord } from '../server/src/host/model';
import { openSimulatedCluster } from '../server/src/host/simulated-hypervisor';
import { ClusterStore } from '../server/src/host/store';
import type { DomainSpec } from '../server/src/schema/guest-spec';

const BIG: ClusterConfig = {
  ...DEFAULT_CLUSTER,
  name: 'bench',
  hosts: DEFAULT_CLUSTER.hosts.map((h) => (h.kind === 'vz' ? { ...h, memoryMiB: 4 * 1024 * 1024, containerAreaGiB: 1_000_000 } : { ...h, memoryMiB: 4 * 1024 * 1024 })),
};

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'hvconf-bench-'));
}

function time<T>(run: () => T): { ms: number; value: T } {
  const start = process.hrtime.bigint();
  const value = run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

async function timeAsync<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

function line(label: string, ms: number, reference: { label: string; ms: number }): void {
  const ratio = ms / Math.max(reference.ms, 1e-6);
  console.log(`${label.padEnd(44)} ${ms.toFixed(1).padStart(10)} ms   ${ratio.toFixed(2).padStart(8)} x ${reference.label} (${reference.ms.toFixed(1)} ms)`);
}

function container(ctid: number, now: number): ContainerRecord {
  return {
    ctid, host: 'vz1', hostname: `ct${ctid}.example.com`, ipAddresses: [`10.${(ctid >> 16) & 255}.${(ctid >> 8) & 255}.${ctid & 255}`],
    nameservers: ['10.0.0.1'], status: ctid % 3 === 0 ? 'stopped' : 'running', ostemplate: 'centos-7-x86_64',
    ramMiB: 512, swapMiB: 512, diskspaceGiB: 10, cpus: 1, onboot: true, workload: 'web', appTemplates: [], params: {}, createdAt: now,
  };
}

function domain(i: number, now: number): DomainRecord {
  const spec: DomainSpec = {
    name: `dom${i}`, type: 'pv', memoryMiB: 256, maxmemMiB: 256, vcpus: 1, maxvcpus: 1, kernel: '/boot/vmlinuz', disks: [], vifs: [], pci: [],
    hap: false, nomigrate: false, onPoweroff: 'destroy', onReboot: 'restart', onCrash: 'destroy', workload: 'idle', resolved: {}, source: `dom${i}.cfg`,
  };
  return {
    id: `id-${i}`, host: i % 2 === 0 ? 'xen1' : 'xen2', name: spec.name, domid: i + 1, uuid: `uuid-${i}`, state: 'running',
    memoryMiB: 256, maxmemMiB: 256, vcpus: 1, maxvcpus: 1, paging: 'pv', workload: 'idle', onPoweroff: 'destroy', onReboot: 'restart',
    onCrash: 'destroy', nomigrate: false, bootedAt: now, cpuSince: now, cpuSecondsBefore: 0, spec,
  };
}

/** Writes a journal directly (bypassing the checks) for the list and replay figures. */
function writeJournal(dir: string, records: JournalRecord[]): string {
  const file = path.join(dir, `${BIG.name}.journal`);
  const { journal } = JournalFile.open(file);
  const batch = 5000;
  for (let i = 0; i < records.length; i += batch) journal.append(records.slice(i, i + batch));
  journal.close();
  return file;
}

async function benchDeploy(): Promise<void> {
  const dir = tempDir();
  try {
    const clock = new VirtualClock();
    const hv = await openSimulatedCluster({ stateDir: dir, config: BIG, clock, lockTimeoutMs: 60000 });
    const deployed = await timeAsync(() => hv.deploy({ template: 'centos-7-x86_64', count: 1000, startIp: '10.100.0.1', hostnamePattern: 'web{n}' }));
    const journalBytes = fs.statSync(path.join(dir, `${BIG.name}.journal`)).size;
    const records = hv.store.state.recordCount;
    hv.dispose();
    // reference: the same number of fsynced appends of the same size, with no cluster logic
    const refFile = path.join(dir, 'reference.bin');
    const fd = fs.openSync(refFile, 'a');
    const chunk = Buffer.alloc(Math.round(journalBytes / records), 0x61);
    const reference = time(() => { for (let i = 0; i < records; i++) { fs.writeSync(fd, chunk); fs.fsyncSync(fd); } });
    fs.closeSync(fd);
    console.log(`deploy: ${deployed.value.containers.length} containers, ${records} journal records, ${(journalBytes / 1024).toFixed(0)} KiB, ${(deployed.value.elapsedMs / 1000).toFixed(0)} s simulated`);
    line('deploy 1,000 containers', deployed.ms, { label: 'raw fsynced appends', ms: reference.ms });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function benchList(): Promise<void> {
  const dir = tempDir();
  try {
    const now = Date.now();
    const records: JournalRecord[] = [{ t: 'init', config: BIG, at: now }, { t: 'put-template', template: { host: 'vz1', kind: 'os', name: 'centos-7-x86_64', osname: 'centos', osver: '7', osarch: 'x86_64', packages: [], cached: true, source: 'bench' } }];
    for (let i = 0; i < 5000; i++) records.push({ t: 'put-container', container: container(101 + i, now) });
    for (let i = 0; i < 5000; i++) records.push({ t: 'put-domain', domain: domain(i, now) });
    writeJournal(dir, records);
    const hv = await openSimulatedCluster({ stateDir: dir, config: BIG, clock: new VirtualClock({ start: now }) });
    const listed = await timeAsync(async () => {
      const domains = await hv.listDomains();
      const containers = await hv.listContainers();
      return formatXlList(domains).length + formatVzList(containers).length;
    });
    hv.dispose();
    const payload = JSON.stringify(records.slice(2));
    const reference = time(() => JSON.parse(payload) as unknown[]);
    line('list 10,000 guests (views + text tables)', listed.ms, { label: 'JSON.parse of the same records', ms: reference.ms });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function benchReplay(): Promise<void> {
  const dir = tempDir();
  try {
    const now = Date.now();
    const records: JournalRecord[] = [{ t: 'init', config: BIG, at: now }];
    for (let i = 0; i < 99_999; i++) records.push({ t: 'put-container', container: container(101 + (i % 20000), now + i) });
    const file = writeJournal(dir, records);
    const opened = await timeAsync(() => ClusterStore.open({ stateDir: dir, config: BIG }));
    const count = opened.value.state.recordCount;
    opened.value.close();
    const bytes = fs.readFileSync(file);
    const lines = records.map((r) => JSON.stringify(r));
    const reference = time(() => { for (const text of lines) JSON.parse(text); });
    console.log(`replay: ${count} records, ${(bytes.length / 1024 / 1024).toFixed(1)} MiB`);
    line('replay a journal of 100,000 records', opened.ms, { label: 'JSON.parse of the same records', ms: reference.ms });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  console.log(`hvconf host benchmarks — node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'}`);
  await benchDeploy();
  await benchList();
  await benchReplay();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
