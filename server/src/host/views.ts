/**
 * Read-only views of guests and hosts, as the Guests view, `xl list` and
 * `vzlist` show them. Derived values (state flags, CPU time) are computed
 * here from records and the current time.
 */
import { logicalCpus, type CpuConfig, type HostConfig, type HostKind } from './cluster-config';
import type { ContainerRecord, ContainerStatus, DomainRecord, DomainRunState, ShutdownReason } from './model';
import type { ClusterState } from './state';
import { CPU_LOAD } from './timings';
import { virtCaps } from './xl-info';

export interface DomainView {
  readonly id: string;
  readonly host: string;
  readonly name: string;
  readonly domid: number;
  readonly uuid: string;
  readonly type: 'pv' | 'pvh' | 'hvm';
  readonly memoryMiB: number;
  readonly maxmemMiB: number;
  readonly vcpus: number;
  readonly maxvcpus: number;
  readonly state: DomainRunState;
  readonly shutdownReason?: ShutdownReason;
  /** the six `xl list` flags, e.g. `-b----` */
  readonly stateFlags: string;
  readonly cpuSeconds: number;
  readonly paging: 'hap' | 'shadow' | 'pv';
  readonly workload: string;
  readonly nomigrate: boolean;
  readonly isDomain0: boolean;
  readonly migrating?: 'incoming' | 'migratedaway';
}

export interface ContainerView {
  readonly ctid: number;
  readonly host: string;
  readonly hostname: string;
  readonly status: ContainerStatus;
  readonly ipAddresses: readonly string[];
  readonly numproc: number;
  readonly ostemplate: string;
  readonly ramMiB: number;
  readonly swapMiB: number;
  readonly diskspaceGiB: number;
  readonly cpus: number;
  readonly onboot: boolean;
  readonly appTemplates: readonly string[];
  readonly migrating: boolean;
}

export interface HostView {
  readonly name: string;
  readonly kind: HostKind;
  readonly cpu: CpuConfig;
  readonly memoryMiB: number;
  readonly freeMemoryMiB: number;
  readonly guests: number;
  /** as `xl info` prints it, e.g. `pv hvm hvm_directio pv_directio hap shadow` */
  readonly virtCaps: string;
}

const REASON_FLAG: Readonly<Record<ShutdownReason, string>> = {
  poweroff: '-', reboot: 'r', suspend: 's', crash: 'c', watchdog: 'w', 'soft-reset': 'S',
};

export function stateFlags(record: Pick<DomainRecord, 'state' | 'shutdownReason' | 'workload'>): string {
  switch (record.state) {
    case 'running':
      // an idle guest spends its time blocked waiting for events
      return record.workload === 'idle' ? '-b----' : 'r-----';
    case 'paused':
      return '--p---';
    case 'shutdown':
      return `---s${REASON_FLAG[record.shutdownReason ?? 'poweroff']}-`;
    case 'dying':
      return '-----d';
  }
}

export function cpuSeconds(record: DomainRecord, now: number): number {
  const accruing = record.state === 'running' ? Math.max(0, now - record.cpuSince) / 1000 * record.vcpus * CPU_LOAD[record.workload] : 0;
  return record.cpuSecondsBefore + accruing;
}

export function domainView(record: DomainRecord, now: number): DomainView {
  const migrating = record.migration ? (record.migration.role === 'target' ? 'incoming' : 'migratedaway') : undefined;
  return {
    id: record.id, host: record.host, name: record.name, domid: record.domid, uuid: record.uuid,
    type: record.spec.type, memoryMiB: record.memoryMiB, maxmemMiB: record.maxmemMiB,
    vcpus: record.vcpus, maxvcpus: record.maxvcpus, state: record.state,
    ...(record.shutdownReason ? { shutdownReason: record.shutdownReason } : {}),
    stateFlags: stateFlags(record), cpuSeconds: cpuSeconds(record, now), paging: record.paging,
    workload: record.workload, nomigrate: record.nomigrate, isDomain0: false,
    ...(migrating ? { migrating } : {}),
  };
}

/** Domain-0 is not journaled: it exists as long as the host does. */
export function domain0View(host: HostConfig, state: ClusterState, now: number): DomainView {
  const vcpus = Math.min(logicalCpus(host.cpu), 8);
  const upSeconds = Math.max(0, now - state.initAt) / 1000;
  return {
    id: `${host.name}/Domain-0`, host: host.name, name: 'Domain-0', domid: 0, uuid: '00000000-0000-0000-0000-000000000000',
    type: 'pv', memoryMiB: host.dom0MemoryMiB ?? 0, maxmemMiB: host.dom0MemoryMiB ?? 0, vcpus, maxvcpus: vcpus,
    state: 'running', stateFlags: 'r-----', cpuSeconds: 2.5 + upSeconds * vcpus * 0.02, paging: 'pv',
    workload: 'web', nomigrate: true, isDomain0: true,
  };
}

/** Domain-0 first, then domains by domid, like `xl list`. */
export function listDomainViews(state: ClusterState, host: string, now: number): DomainView[] {
  const config = state.hostOfKind(host, 'xen');
  return [domain0View(config, state, now), ...state.domainsOn(host).map((d) => domainView(d, now))];
}

export function containerView(record: ContainerRecord): ContainerView {
  return {
    ctid: record.ctid, host: record.host, hostname: record.hostname, status: record.status,
    ipAddresses: record.ipAddresses, numproc: numproc(record), ostemplate: record.ostemplate,
    ramMiB: record.ramMiB, swapMiB: record.swapMiB, diskspaceGiB: record.diskspaceGiB, cpus: record.cpus,
    onboot: record.onboot, appTemplates: record.appTemplates, migrating: record.migration !== undefined,
  };
}

/** A plausible, stable process count: init, sshd, cron, syslog plus one per app template. */
function numproc(record: ContainerRecord): number {
  if (record.status !== 'running') return 0;
  const base = { idle: 9, web: 24, database: 31, 'memory-intensive': 18 }[record.workload];
  return base + record.appTemplates.length * 4 + (record.ctid % 5);
}

export function hostView(state: ClusterState, host: HostConfig): HostView {
  const free = host.kind === 'xen' ? state.xenFreeMiB(host.name) : state.vzFreeMiB(host.name);
  const guests = host.kind === 'xen' ? state.domainsOn(host.name).length : state.containersOn(host.name).length;
  return { name: host.name, kind: host.kind, cpu: host.cpu, memoryMiB: host.memoryMiB, freeMemoryMiB: free, guests, virtCaps: virtCaps(host) };
}
