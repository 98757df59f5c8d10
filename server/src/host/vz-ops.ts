/**
 * Virtuozzo containers on the simulated cluster: create from a cached OS
 * template and a ContainerSpec, start, stop, restart, destroy and set, with
 * CTIDs above 100 and IP addresses unique across the cluster.
 */
import type { ContainerSpec } from '../schema/guest-spec';
import { report, type OperationContext, type OperationOptions } from './context';
import { HostError, throwIfAborted } from './errors';
import { checkContainerIp } from './ip';
import type { ContainerRecord } from './model';
import { FIRST_CTID, type ClusterState } from './state';
import { TIMINGS } from './timings';
import { containerView, type ContainerView } from './views';

export const MAX_CTID = 2147483644;

export interface CreateContainerOptions extends OperationOptions {
  readonly host?: string;
  /** OS template; overrides spec.ostemplate */
  readonly template?: string;
  readonly start?: boolean;
}

export interface ContainerChanges {
  readonly hostname?: string;
  readonly ramMiB?: number;
  readonly swapMiB?: number;
  readonly diskspaceGiB?: number;
  readonly cpus?: number;
  readonly onboot?: boolean;
  readonly ipAdd?: readonly string[];
  readonly ipDel?: readonly string[];
  readonly nameservers?: readonly string[];
}

export function vzHost(state: ClusterState, host?: string): string {
  if (host) return state.hostOfKind(host, 'vz').name;
  const first = state.hostsOfKind('vz')[0];
  if (!first) throw new HostError('wrong-host-kind', 'the cluster has no Virtuozzo host');
  return first.name;
}

export function findContainer(state: ClusterState, ref: number | string): ContainerRecord {
  const ctid = typeof ref === 'number' ? ref : Number(ref);
  if (Number.isInteger(ctid)) {
    const found = state.containers.get(ctid);
    if (found) return found;
  } else {
    const byName = [...state.containers.values()].filter((c) => c.hostname === ref);
    if (byName.length === 1) return byName[0]!;
  }
  throw new HostError('not-found', `Container ${String(ref)} does not exist`);
}

export function checkOsTemplate(state: ClusterState, host: string, name: string): void {
  const template = state.template(host, name);
  const available = state.templatesOn(host).filter((t) => t.kind === 'os').map((t) => t.name);
  if (!template || template.kind !== 'os') {
    throw new HostError('template-missing', `OS template ${name} not found on ${host} (available: ${available.join(', ') || 'none'})`);
  }
  if (!template.cached) {
    throw new HostError('template-not-cached', `OS template ${name} on ${host} has no cache yet; create the cache first`);
  }
}

export function checkIpsFree(state: ClusterState, ips: readonly string[], exceptCtid?: number): void {
  const used = new Map<string, string>();
  for (const c of state.containers.values()) if (c.ctid !== exceptCtid) for (const ip of c.ipAddresses) used.set(ip, `container ${c.ctid}`);
  for (const d of state.domains.values()) for (const vif of d.spec.vifs) if (vif.ip) for (const ip of vif.ip.split(/\s+/)) used.set(ip, `domain ${d.name}`);
  const seen = new Set<string>();
  for (const ip of ips) {
    if (used.has(ip)) throw new HostError('ip-in-use', `IP address ${ip} is already in use by ${used.get(ip)}`);
    if (seen.has(ip)) throw new HostError('invalid-argument', `IP address ${ip} is given twice`);
    seen.add(ip);
  }
}

export function checkCtidFree(state: ClusterState, ctid: number): void {
  if (!Number.isInteger(ctid) || ctid < FIRST_CTID || ctid > MAX_CTID) {
    throw new HostError('invalid-argument', `CTID ${ctid} is not allowed: IDs up to 100 are reserved, the highest is ${MAX_CTID}`);
  }
  const existing = state.containers.get(ctid);
  if (existing) throw new HostError('id-clash', `Container ${ctid} already exists (on ${existing.host})`);
}

function positive(value: number | undefined, fallback: number, what: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new HostError('invalid-argument', `${what} must be positive, got ${value}`);
  return value;
}

/** The record a spec turns into, before the host-dependent checks. */
export function containerFromSpec(spec: ContainerSpec, fields: { ctid: number; host: string; ostemplate: string; now: number; hostname?: string; ipAddresses?: readonly string[] }): ContainerRecord {
  return {
    ctid: fields.ctid, host: fields.host,
    hostname: fields.hostname ?? spec.hostname ?? `ct${fields.ctid}`,
    ipAddresses: (fields.ipAddresses ?? spec.ipAddresses).map(checkContainerIp),
    nameservers: spec.nameservers, status: 'mounted', ostemplate: fields.ostemplate,
    ramMiB: positive(spec.ramMiB, 512, 'RAM'), swapMiB: spec.swapMiB ?? 512,
    diskspaceGiB: positive(spec.diskspaceGiB, 10, 'disk space'), cpus: positive(spec.cpus, 1, 'CPUs'),
    onboot: spec.onboot, workload: workloadOf(spec), appTemplates: [], params: spec.params, createdAt: fields.now,
  };
}

function workloadOf(spec: ContainerSpec): ContainerRecord['workload'] {
  return spec.workload ?? 'idle';
}

export function checkRoom(state: ClusterState, record: ContainerRecord, willRun: boolean): void {
  const freeDisk = state.vzFreeDiskGiB(record.host);
  if (record.diskspaceGiB > freeDisk) {
    throw new HostError('no-disk-space', `not enough disk space on ${record.host} for container ${record.ctid}: needs ${record.diskspaceGiB} GiB, ${Math.max(0, freeDisk)} GiB free`);
  }
  if (willRun) checkRamFree(state, record.host, record.ramMiB, `container ${record.ctid}`);
}

function checkRamFree(state: ClusterState, host: string, ramMiB: number, what: string): void {
  const free = state.vzFreeMiB(host);
  if (ramMiB > free) throw new HostError('no-memory', `not enough memory on ${host} to run ${what}: needs ${ramMiB} MiB, ${Math.max(0, free)} MiB free`);
}

export async function createContainer(ctx: OperationContext, spec: ContainerSpec, options: CreateContainerOptions = {}): Promise<ContainerView> {
  throwIfAborted(options.signal, 'create container');
  const created = await ctx.store.mutate((state) => {
    const host = vzHost(state, options.host);
    const ostemplate = options.template ?? spec.ostemplate;
    if (!ostemplate) throw new HostError('invalid-argument', 'no OS template given (OSTEMPLATE or --ostemplate)');
    checkOsTemplate(state, host, ostemplate);
    const ctid = spec.ctid ?? state.nextCtid();
    checkCtidFree(state, ctid);
    const record = containerFromSpec(spec, { ctid, host, ostemplate, now: ctx.clock.now() });
    checkIpsFree(state, record.ipAddresses);
    checkRoom(state, record, options.start === true);
    return { records: [{ t: 'put-container', container: record }], result: record };
  }, options.signal);
  report(options, `Creating container private area (${created.ostemplate}) for ${created.ctid}`);
  await finishCreation(ctx, created, options);
  if (options.start) await startContainer(ctx, created.ctid, options);
  return containerView(findContainer(ctx.store.state, created.ctid));
}

/** Spends the unpacking time; a cancelled creation removes the half-made container. */
export async function finishCreation(ctx: OperationContext, record: ContainerRecord, options: OperationOptions): Promise<void> {
  try {
    await ctx.clock.sleep(TIMINGS.containerCreateMs(record.diskspaceGiB), options.signal);
  } catch (error) {
    await ctx.store.mutate((state) => ({ records: state.containers.has(record.ctid) ? [{ t: 'del-container', ctid: record.ctid }] : [], result: undefined }));
    throw error;
  }
  await ctx.store.mutate((state) => {
    const current = state.containers.get(record.ctid);
    if (!current) throw new HostError('not-found', `Container ${record.ctid} was removed while being created`);
    return { records: [{ t: 'put-container', container: { ...current, status: 'stopped' } }], result: undefined };
  });
}

function requireSettled(record: ContainerRecord): void {
  if (record.migration) throw new HostError('bad-state', `Container ${record.ctid} is being migrated`);
}

export async function startContainer(ctx: OperationContext, ref: number | string, options: OperationOptions = {}): Promise<ContainerView> {
  const record = await ctx.store.mutate((state) => {
    const found = findContainer(state, ref);
    requireSettled(found);
    if (found.status === 'running') throw new HostError('bad-state', `Container ${found.ctid} is already running`, { vzctlExit: 32 });
    checkRamFree(state, found.host, found.ramMiB, `container ${found.ctid}`);
    const running: ContainerRecord = { ...found, status: 'running', startedAt: ctx.clock.now() };
    return { records: [{ t: 'put-container', container: running }], result: running };
  }, options.signal);
  report(options, `Starting container ${record.ctid}`);
  await ctx.clock.sleep(TIMINGS.containerStartMs, options.signal);
  return containerView(record);
}

export async function stopContainer(ctx: OperationContext, ref: number | string, options: OperationOptions = {}): Promise<ContainerView> {
  const found = await ctx.store.mutate((state) => {
    const current = findContainer(state, ref);
    requireSettled(current);
    if (current.status !== 'running') throw new HostError('bad-state', `Container ${current.ctid} is not running`, { vzctlExit: 31 });
    return { records: [], result: current };
  }, options.signal);
  report(options, `Stopping container ${found.ctid}`);
  await ctx.clock.sleep(TIMINGS.containerStopMs, options.signal);
  return ctx.store.mutate((state) => {
    const current = findContainer(state, found.ctid);
    const { startedAt: _wasStarted, ...rest } = current;
    const stopped: ContainerRecord = { ...rest, status: 'stopped' };
    return { records: [{ t: 'put-container', container: stopped }], result: containerView(stopped) };
  });
}

export async function restartContainer(ctx: OperationContext, ref: number | string, options: OperationOptions = {}): Promise<ContainerView> {
  const current = findContainer(ctx.store.state, ref);
  if (current.status === 'running') await stopContainer(ctx, current.ctid, options);
  return startContainer(ctx, current.ctid, options);
}

export async function destroyContainer(ctx: OperationContext, ref: number | string, options: OperationOptions = {}): Promise<void> {
  const found = await ctx.store.mutate((state) => {
    const current = findContainer(state, ref);
    requireSettled(current);
    if (current.status === 'running') throw new HostError('bad-state', `Container ${current.ctid} is running; stop it before destroying it`);
    return { records: [], result: current };
  }, options.signal);
  report(options, `Destroying container private area of ${found.ctid}`);
  await ctx.clock.sleep(TIMINGS.containerDestroyMs, options.signal);
  await ctx.store.mutate((state) => {
    const current = state.containers.get(found.ctid);
    if (current?.status === 'running') throw new HostError('bad-state', `Container ${found.ctid} was started meanwhile; not destroyed`);
    return { records: current ? [{ t: 'del-container', ctid: found.ctid }] : [], result: undefined };
  });
}

export async function setContainer(ctx: OperationContext, ref: number | string, changes: ContainerChanges, options: OperationOptions = {}): Promise<ContainerView> {
  const updated = await ctx.store.mutate((state) => {
    const current = findContainer(state, ref);
    requireSettled(current);
    const removed = new Set(changes.ipDel ?? []);
    const added = (changes.ipAdd ?? []).map(checkContainerIp).filter((ip) => !current.ipAddresses.includes(ip));
    checkIpsFree(state, added, current.ctid);
    const next: ContainerRecord = {
      ...current,
      hostname: changes.hostname ?? current.hostname,
      ramMiB: positive(changes.ramMiB, current.ramMiB, 'RAM'),
      swapMiB: changes.swapMiB ?? current.swapMiB,
      diskspaceGiB: positive(changes.diskspaceGiB, current.diskspaceGiB, 'disk space'),
      cpus: positive(changes.cpus, current.cpus, 'CPUs'),
      onboot: changes.onboot ?? current.onboot,
      nameservers: changes.nameservers ?? current.nameservers,
      ipAddresses: [...current.ipAddresses.filter((ip) => !removed.has(ip) && !removed.has('all')), ...added],
    };
    if (current.status === 'running' && next.ramMiB > current.ramMiB) {
      checkRamFree(state, current.host, next.ramMiB - current.ramMiB, `container ${current.ctid} with more RAM`);
    }
    if (next.diskspaceGiB > current.diskspaceGiB && next.diskspaceGiB - current.diskspaceGiB > state.vzFreeDiskGiB(current.host)) {
      throw new HostError('no-disk-space', `not enough disk space on ${current.host} to grow container ${current.ctid} to ${next.diskspaceGiB} GiB`);
    }
    return { records: [{ t: 'put-container', container: next }], result: next };
  }, options.signal);
  await ctx.clock.sleep(TIMINGS.containerSetMs, options.signal);
  return containerView(updated);
}
