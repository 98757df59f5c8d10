/**
 * The embedded Hypervisor: the simulated cluster on a journaled store. It
 * wraps every operation with a real-time timeout, turns any unexpected
 * failure into a HostError, and relays guest change events.
 */
import type { ContainerSpec, DomainSpec, TemplateSpec } from '../schema/guest-spec';
import { RealClock, type Clock } from './clock';
import { DEFAULT_CLUSTER, type ClusterConfig } from './cluster-config';
import { loadClusterConfigFile, validateClusterConfig } from './cluster-config-validate';
import { consoleLog } from './console-log';
import { makeContext, type OperationContext } from './context';
import { deployContainers } from './deploy';
import { HostError, isHostError } from './errors';
import type { CallOptions, Disposable, DomainRef, Hypervisor } from './hypervisor';
import { migrateContainer } from './migrate-container';
import { migrateDomain, type MigrationOptions } from './migrate-domain';
import type { GuestChange } from './model';
import { recoverInterruptedMigrations } from './recovery';
import { defaultStateDir } from './state-dir';
import { createStorageItem } from './storage-ops';
import { ClusterStore } from './store';
import { containerView, hostView, listDomainViews } from './views';
import * as vz from './vz-ops';
import { createTemplate, installAppTemplate, templateView } from './vz-templates';
import { xlInfo } from './xl-info';
import * as xen from './xen-ops';

export interface SimulatedClusterOptions {
  /** default: HVCONF_STATE_DIR, else the user's state directory */
  readonly stateDir?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** the cluster definition; `clusterFile` is read and validated instead when given */
  readonly config?: ClusterConfig;
  readonly clusterFile?: string;
  /** default: a RealClock at `speed` (instant: speed Infinity) */
  readonly clock?: Clock;
  readonly speed?: number;
  readonly instant?: boolean;
  readonly lockTimeoutMs?: number;
  /** real ms before a short call gives up (default 30 s) */
  readonly timeoutMs?: number;
  /** real ms before a long call (migration, deploy, cache) gives up (default 30 min) */
  readonly longTimeoutMs?: number;
  /** poll the journal for other processes' changes every this many real ms (0: never) */
  readonly watchIntervalMs?: number;
}

export async function openSimulatedCluster(options: SimulatedClusterOptions = {}): Promise<SimulatedHypervisor> {
  const config = options.clusterFile
    ? loadClusterConfigFile(options.clusterFile)
    : validateClusterConfig(JSON.parse(JSON.stringify(options.config ?? DEFAULT_CLUSTER)), 'cluster definition');
  const clock = options.clock ?? new RealClock(options.instant ? Infinity : options.speed);
  const stateDir = options.stateDir ?? defaultStateDir(options.env);
  let store: ClusterStore;
  try {
    store = await ClusterStore.open({
      stateDir,
      config,
      now: () => clock.now(),
      recover: recoverInterruptedMigrations,
      ...(options.lockTimeoutMs !== undefined ? { lockTimeoutMs: options.lockTimeoutMs } : {}),
    });
  } catch (error) {
    if (isHostError(error)) throw error;
    throw new HostError('io', `cannot open the cluster state in ${stateDir}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (clock instanceof RealClock) clock.anchorAt(store.state.initAt);
  // replay time grows with history; keep it proportional to what exists
  if (store.state.recordCount > COMPACT_MIN_RECORDS && store.bloat > COMPACT_BLOAT) {
    const dropped = await store.compact();
    store.notices.push(`journal compacted: ${dropped} superseded record(s) dropped`);
  }
  return new SimulatedHypervisor(store, clock, options);
}

const COMPACT_MIN_RECORDS = 20000;
const COMPACT_BLOAT = 4;

export class SimulatedHypervisor implements Hypervisor {
  readonly ctx: OperationContext;
  private readonly timer: NodeJS.Timeout | undefined;

  constructor(readonly store: ClusterStore, readonly clock: Clock, private readonly options: SimulatedClusterOptions = {}) {
    this.ctx = makeContext(store, clock);
    const every = options.watchIntervalMs ?? 0;
    if (every > 0) {
      this.timer = setInterval(() => { store.sync().catch(() => { /* next poll retries */ }); }, every);
      this.timer.unref();
    }
  }

  notices(): readonly string[] {
    return this.store.notices;
  }

  hosts(options?: CallOptions) {
    return this.call('list hosts', options, false, async () => {
      await this.store.sync();
      return this.store.config.hosts.map((h) => hostView(this.store.state, h));
    });
  }

  listDomains(host?: string, options?: CallOptions) {
    return this.call('list domains', options, false, async () => {
      await this.store.sync();
      const state = this.store.state;
      const hosts = host ? [state.hostOfKind(host, 'xen')] : state.hostsOfKind('xen');
      return hosts.flatMap((h) => listDomainViews(state, h.name, this.clock.now()));
    });
  }

  listContainers(host?: string, options?: CallOptions) {
    return this.call('list containers', options, false, async () => {
      await this.store.sync();
      const state = this.store.state;
      const hosts = host ? [state.hostOfKind(host, 'vz')] : state.hostsOfKind('vz');
      return hosts.flatMap((h) => state.containersOn(h.name).map(containerView));
    });
  }

  hostInfo(host: string, options?: CallOptions) {
    return this.call('xl info', options, false, async () => {
      await this.store.sync();
      return xlInfo(this.store.state, host);
    });
  }

  storage(host: string, options?: CallOptions) {
    return this.call('list storage', options, false, async () => {
      await this.store.sync();
      this.store.state.host(host);
      return this.store.state.storageOn(host);
    });
  }

  createStorage(host: string, path: string, sizeGiB: number, options?: CallOptions) {
    return this.call('create storage', options, false, () => createStorageItem(this.ctx, host, path, sizeGiB));
  }

  createDomain(spec: DomainSpec, options: CallOptions & { host?: string; paused?: boolean } = {}) {
    return this.call(`create ${spec.name}`, options, false, (signal) => xen.createDomain(this.ctx, spec, { ...options, signal }));
  }

  dryRunDomain(spec: DomainSpec, options: CallOptions & { host?: string } = {}) {
    return this.call(`dry run ${spec.name}`, options, false, async () => {
      await this.store.sync();
      return xen.dryRunDomain(this.store.state, spec, options.host);
    });
  }

  shutdownDomain(ref: DomainRef, options: CallOptions = {}) {
    return this.call(`shutdown ${ref.domain}`, options, false, (signal) => xen.shutdownDomain(this.ctx, ref.domain, ref.host, { ...options, signal }));
  }

  rebootDomain(ref: DomainRef, options: CallOptions = {}) {
    return this.call(`reboot ${ref.domain}`, options, false, (signal) => xen.rebootDomain(this.ctx, ref.domain, ref.host, { ...options, signal }));
  }

  destroyDomain(ref: DomainRef, options: CallOptions = {}) {
    return this.call(`destroy ${ref.domain}`, options, false, (signal) => xen.destroyDomain(this.ctx, ref.domain, ref.host, { ...options, signal }));
  }

  pauseDomain(ref: DomainRef, options: CallOptions = {}) {
    return this.call(`pause ${ref.domain}`, options, false, (signal) => xen.pauseDomain(this.ctx, ref.domain, ref.host, { ...options, signal }));
  }

  unpauseDomain(ref: DomainRef, options: CallOptions = {}) {
    return this.call(`unpause ${ref.domain}`, options, false, (signal) => xen.unpauseDomain(this.ctx, ref.domain, ref.host, { ...options, signal }));
  }

  crashDomain(ref: DomainRef, options: CallOptions = {}) {
    return this.call(`crash ${ref.domain}`, options, false, (signal) => xen.crashDomain(this.ctx, ref.domain, ref.host, { ...options, signal }));
  }

  setDomainMemory(ref: DomainRef, memoryMiB: number, options: CallOptions = {}) {
    return this.call(`mem-set ${ref.domain}`, options, false, (signal) => xen.setDomainMemory(this.ctx, ref.domain, memoryMiB, ref.host, { ...options, signal }));
  }

  setDomainVcpus(ref: DomainRef, vcpus: number, options: CallOptions = {}) {
    return this.call(`vcpu-set ${ref.domain}`, options, false, (signal) => xen.setDomainVcpus(this.ctx, ref.domain, vcpus, ref.host, { ...options, signal }));
  }

  console(ref: DomainRef, options: CallOptions = {}) {
    return this.call(`console ${ref.domain}`, options, false, async () => {
      await this.store.sync();
      return consoleLog(xen.findDomain(this.store.state, ref.domain, ref.host), this.clock.now());
    });
  }

  migrateDomain(ref: DomainRef, targetHost: string, options: CallOptions & MigrationOptions = {}) {
    return this.call(`migrate ${ref.domain}`, options, true, (signal) => migrateDomain(this.ctx, ref.domain, targetHost, { ...options, signal }, ref.host));
  }

  templates(host?: string, options?: CallOptions) {
    return this.call('list templates', options, false, async () => {
      await this.store.sync();
      const state = this.store.state;
      const hosts = host ? [state.hostOfKind(host, 'vz')] : state.hostsOfKind('vz');
      return hosts.flatMap((h) => state.templatesOn(h.name).map(templateView));
    });
  }

  createTemplate(spec: TemplateSpec, options: CallOptions & { host?: string } = {}) {
    return this.call(`create cache ${spec.name}`, options, true, (signal) => createTemplate(this.ctx, spec, options.host, { ...options, signal }));
  }

  createContainer(spec: ContainerSpec, options: CallOptions & { host?: string; template?: string; start?: boolean } = {}) {
    return this.call('create container', options, false, (signal) => vz.createContainer(this.ctx, spec, { ...options, signal }));
  }

  startContainer(ctid: number | string, options: CallOptions = {}) {
    return this.call(`start ${ctid}`, options, false, (signal) => vz.startContainer(this.ctx, ctid, { ...options, signal }));
  }

  stopContainer(ctid: number | string, options: CallOptions = {}) {
    return this.call(`stop ${ctid}`, options, false, (signal) => vz.stopContainer(this.ctx, ctid, { ...options, signal }));
  }

  restartContainer(ctid: number | string, options: CallOptions = {}) {
    return this.call(`restart ${ctid}`, options, false, (signal) => vz.restartContainer(this.ctx, ctid, { ...options, signal }));
  }

  destroyContainer(ctid: number | string, options: CallOptions = {}) {
    return this.call(`destroy ${ctid}`, options, false, (signal) => vz.destroyContainer(this.ctx, ctid, { ...options, signal }));
  }

  setContainer(ctid: number | string, changes: vz.ContainerChanges, options: CallOptions = {}) {
    return this.call(`set ${ctid}`, options, false, (signal) => vz.setContainer(this.ctx, ctid, changes, { ...options, signal }));
  }

  migrateContainer(ctid: number | string, targetHost: string, options: CallOptions & MigrationOptions = {}) {
    return this.call(`migrate ${ctid}`, options, true, (signal) => migrateContainer(this.ctx, ctid, targetHost, { ...options, signal }));
  }

  deploy(request: Parameters<Hypervisor['deploy']>[0], options: CallOptions = {}) {
    return this.call(`deploy ${request.count} x ${request.template}`, options, true, (signal) => deployContainers(this.ctx, request, { ...options, signal }));
  }

  installAppTemplate(template: string, ctids: readonly (number | string)[], options: CallOptions = {}) {
    return this.call(`install ${template}`, options, true, (signal) => installAppTemplate(this.ctx, template, ctids, { ...options, signal }));
  }

  onDidChangeGuests(listener: (changes: readonly GuestChange[]) => void): Disposable {
    const off = this.store.onChange(listener);
    return { dispose: off };
  }

  async refresh(): Promise<void> {
    await this.store.sync();
  }

  /** Rewrites the journal as a snapshot of the current state; returns the records dropped. */
  compact(): Promise<number> {
    return this.call('compact journal', undefined, true, () => this.store.compact());
  }

  dispose(): void {
    if (this.timer) clearInterval(this.timer);
    this.store.close();
  }

  /**
   * Runs one operation with a timeout (real time) and cancellation; the
   * operation sees one signal that fires on either.
   */
  private async call<T>(what: string, options: CallOptions | undefined, long: boolean, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    const outer = options?.signal;
    const onOuterAbort = (): void => controller.abort();
    if (outer?.aborted) controller.abort();
    outer?.addEventListener('abort', onOuterAbort, { once: true });
    const limit = options?.timeoutMs ?? (long ? this.options.longTimeoutMs ?? 30 * 60_000 : this.options.timeoutMs ?? 30_000);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new HostError('timeout', `${what}: no answer from the host within ${Math.round(limit / 1000)} s`));
      }, limit);
    });
    try {
      return await Promise.race([run(controller.signal), timeout]);
    } catch (error) {
      if (isHostError(error)) throw error;
      throw new HostError('io', `${what}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuterAbort);
    }
  }
}
