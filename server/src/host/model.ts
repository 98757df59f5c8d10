/**
 * The state of a simulated cluster as plain data. It is only ever changed by
 * applying journal records (see state.ts), so replaying the journal rebuilds
 * exactly what every process acknowledged.
 */
import type { ClusterConfig } from './cluster-config';
import type { DomainSpec, OnEventAction, TemplateSpec, WorkloadProfile } from '../schema/guest-spec';

export type DomainRunState = 'running' | 'paused' | 'shutdown' | 'dying';
export type ShutdownReason = 'poweroff' | 'reboot' | 'suspend' | 'crash' | 'watchdog' | 'soft-reset';

/** Which side of a live migration a domain or container is on, and who drives it. */
export interface MigrationMark {
  readonly role: 'source' | 'target';
  readonly operation: string;
  readonly peerHost: string;
  /** the process running the migration; a dead owner means an interrupted move */
  readonly ownerPid: number;
}

export interface DomainRecord {
  /** stable identity across renames and migrations */
  readonly id: string;
  readonly host: string;
  readonly name: string;
  readonly domid: number;
  readonly uuid: string;
  readonly state: DomainRunState;
  readonly shutdownReason?: ShutdownReason;
  readonly memoryMiB: number;
  readonly maxmemMiB: number;
  readonly vcpus: number;
  readonly maxvcpus: number;
  readonly paging: 'hap' | 'shadow' | 'pv';
  readonly workload: WorkloadProfile;
  readonly onPoweroff: OnEventAction;
  readonly onReboot: OnEventAction;
  readonly onCrash: OnEventAction;
  readonly nomigrate: boolean;
  /** when the guest OS last started booting (drives the console log), simulated ms */
  readonly bootedAt: number;
  /** CPU time accrues from here while running; paused time does not count */
  readonly cpuSince: number;
  /** CPU seconds used before cpuSince */
  readonly cpuSecondsBefore: number;
  readonly spec: DomainSpec;
  readonly migration?: MigrationMark;
}

export type ContainerStatus = 'running' | 'stopped' | 'mounted' | 'suspended';

export interface ContainerRecord {
  readonly ctid: number;
  readonly host: string;
  readonly hostname: string;
  readonly ipAddresses: readonly string[];
  readonly nameservers: readonly string[];
  readonly status: ContainerStatus;
  readonly ostemplate: string;
  readonly ramMiB: number;
  readonly swapMiB: number;
  readonly diskspaceGiB: number;
  readonly cpus: number;
  readonly onboot: boolean;
  readonly workload: WorkloadProfile;
  readonly appTemplates: readonly string[];
  readonly params: Readonly<Record<string, string>>;
  readonly createdAt: number;
  readonly startedAt?: number;
  readonly migration?: MigrationMark;
}

export interface TemplateRecord extends Omit<TemplateSpec, 'source'> {
  readonly host: string;
  /** OS templates need a cache before containers can be created from them */
  readonly cached: boolean;
  readonly cachedAt?: number;
  readonly source: string;
}

/** A logical volume or an image file created at run time (config items are not repeated here). */
export interface StorageItemRecord {
  readonly pool: string;
  readonly name: string;
  readonly path: string;
  readonly sizeGiB: number;
}

export type JournalRecord =
  | {
    readonly t: 'init'; readonly config: ClusterConfig; readonly at: number;
    /** after compaction: the highest domid used per host, so that domids keep growing */
    readonly domidFloor?: Readonly<Record<string, number>>;
  }
  | { readonly t: 'put-domain'; readonly domain: DomainRecord }
  | { readonly t: 'del-domain'; readonly id: string }
  | { readonly t: 'put-container'; readonly container: ContainerRecord }
  | { readonly t: 'del-container'; readonly ctid: number }
  | { readonly t: 'put-template'; readonly template: TemplateRecord }
  | { readonly t: 'put-storage'; readonly item: StorageItemRecord };

export type GuestKind = 'domain' | 'container';

export interface GuestChange {
  readonly change: 'added' | 'changed' | 'removed';
  readonly kind: GuestKind;
  /** domain id, or the CTID as a string */
  readonly key: string;
  readonly host: string;
  readonly name: string;
}

/** The record without its migration mark: the move is over (committed or rolled back). */
export function settled<T extends { readonly migration?: MigrationMark }>(record: T): T {
  const { migration: _ended, ...rest } = record;
  return rest as T;
}
