/**
 * The host as commands, views and the CLI see it. The simulated cluster is
 * the embedded implementation; a backend for real xl/vzctl hosts could
 * implement the same interface. Every call settles within its timeout and
 * fails only with a HostError (code + message).
 */
import type { ContainerSpec, DomainSpec, TemplateSpec } from '../schema/guest-spec';
import type { OperationOptions } from './context';
import type { ContainerChanges } from './vz-ops';
import type { DeployReport, DeployRequest } from './deploy';
import type { ContainerMigrationResult } from './migrate-container';
import type { DomainMigrationResult, MigrationOptions } from './migrate-domain';
import type { GuestChange } from './model';
import type { StorageEntry } from './state';
import type { ContainerView, DomainView, HostView } from './views';
import type { InstallReport, TemplateView } from './vz-templates';
import type { CreateDomainResult, DryRunResult, LifecycleResult } from './xen-ops';

export { HostError, isHostError } from './errors';
export type { HostErrorCode, CreateStorageOffer } from './errors';
export type { ContainerView, DomainView, HostView } from './views';
export type { StorageEntry } from './state';
export type { GuestChange } from './model';
export type { Progress, OperationOptions } from './context';
export type { DeployReport, DeployRequest } from './deploy';
export type { DomainMigrationResult, MigrationOptions, MigrationReport } from './migrate-domain';
export type { ContainerMigrationResult } from './migrate-container';
export type { InstallReport, TemplateView } from './vz-templates';
export type { CreateDomainResult, DryRunResult, LifecycleResult } from './xen-ops';
export type { ContainerChanges } from './vz-ops';

/** Options every call accepts: progress, cancellation, and a timeout in real milliseconds. */
export interface CallOptions extends OperationOptions {
  readonly timeoutMs?: number;
}

/** A domain is named by name, or by domid together with its host. */
export interface DomainRef {
  readonly domain: string;
  readonly host?: string;
}

export interface Disposable {
  dispose(): void;
}

export interface Hypervisor {
  /** messages the host wants the user to see (a cut journal tail, a recovered migration) */
  notices(): readonly string[];

  hosts(options?: CallOptions): Promise<HostView[]>;
  /** `xl list` of one host (Domain-0 first) or of every Xen host */
  listDomains(host?: string, options?: CallOptions): Promise<DomainView[]>;
  /** `vzlist -a` of one host or of every Virtuozzo host */
  listContainers(host?: string, options?: CallOptions): Promise<ContainerView[]>;
  /** `xl info` as name/value pairs */
  hostInfo(host: string, options?: CallOptions): Promise<Array<[string, string]>>;
  /** volumes and image files a host can use, e.g. to complete disk `target=` */
  storage(host: string, options?: CallOptions): Promise<StorageEntry[]>;
  createStorage(host: string, path: string, sizeGiB: number, options?: CallOptions): Promise<StorageEntry>;

  createDomain(spec: DomainSpec, options?: CallOptions & { host?: string; paused?: boolean }): Promise<CreateDomainResult>;
  /** like `xl create -n`: the resolved config, warnings, and why a create would be refused */
  dryRunDomain(spec: DomainSpec, options?: CallOptions & { host?: string }): Promise<DryRunResult>;
  shutdownDomain(ref: DomainRef, options?: CallOptions): Promise<LifecycleResult>;
  rebootDomain(ref: DomainRef, options?: CallOptions): Promise<LifecycleResult>;
  destroyDomain(ref: DomainRef, options?: CallOptions): Promise<LifecycleResult>;
  pauseDomain(ref: DomainRef, options?: CallOptions): Promise<LifecycleResult>;
  unpauseDomain(ref: DomainRef, options?: CallOptions): Promise<LifecycleResult>;
  /** simulates a guest crash so that on_crash can be tried */
  crashDomain(ref: DomainRef, options?: CallOptions): Promise<LifecycleResult>;
  setDomainMemory(ref: DomainRef, memoryMiB: number, options?: CallOptions): Promise<LifecycleResult>;
  setDomainVcpus(ref: DomainRef, vcpus: number, options?: CallOptions): Promise<LifecycleResult>;
  console(ref: DomainRef, options?: CallOptions): Promise<string[]>;
  migrateDomain(ref: DomainRef, targetHost: string, options?: CallOptions & MigrationOptions): Promise<DomainMigrationResult>;

  templates(host?: string, options?: CallOptions): Promise<TemplateView[]>;
  createTemplate(spec: TemplateSpec, options?: CallOptions & { host?: string }): Promise<TemplateView>;
  createContainer(spec: ContainerSpec, options?: CallOptions & { host?: string; template?: string; start?: boolean }): Promise<ContainerView>;
  startContainer(ctid: number | string, options?: CallOptions): Promise<ContainerView>;
  stopContainer(ctid: number | string, options?: CallOptions): Promise<ContainerView>;
  restartContainer(ctid: number | string, options?: CallOptions): Promise<ContainerView>;
  destroyContainer(ctid: number | string, options?: CallOptions): Promise<void>;
  setContainer(ctid: number | string, changes: ContainerChanges, options?: CallOptions): Promise<ContainerView>;
  migrateContainer(ctid: number | string, targetHost: string, options?: CallOptions & MigrationOptions): Promise<ContainerMigrationResult>;
  deploy(request: DeployRequest, options?: CallOptions): Promise<DeployReport>;
  installAppTemplate(template: string, ctids: readonly (number | string)[], options?: CallOptions): Promise<InstallReport>;

  /** guest added / changed / removed, including changes made by other processes (see refresh) */
  onDidChangeGuests(listener: (changes: readonly GuestChange[]) => void): Disposable;
  /** picks up what other processes did; the simulated host also polls when watching */
  refresh(): Promise<void>;
  dispose(): void;
}
