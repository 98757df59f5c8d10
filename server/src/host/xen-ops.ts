/**
 * Xen domain lifecycle on the simulated cluster: create (with dry run),
 * shutdown / reboot / crash with their on_* actions, destroy, pause,
 * unpause, mem-set and vcpu-set. Each check and write happens in one locked
 * mutation; the simulated duration is spent outside the lock.
 */
import type { DomainSpec, OnEventAction } from '../schema/guest-spec';
import { report, type OperationContext, type OperationOptions } from './context';
import { HostError, throwIfAborted } from './errors';
import type { DomainRecord, JournalRecord, ShutdownReason } from './model';
import type { ClusterState } from './state';
import { TIMINGS } from './timings';
import { cpuSeconds, domainView, type DomainView } from './views';
import { resolvedDomainConfig } from './xen-dryrun';
import { checkMemory, choosePlacement } from './xen-placement';

export interface CreateDomainOptions extends OperationOptions {
  readonly host?: string;
  /** leave the domain paused after building it (`xl create -p`) */
  readonly paused?: boolean;
}

export interface CreateDomainResult {
  readonly domain: DomainView;
  readonly warnings: readonly string[];
}

export interface DryRunResult {
  readonly host: string;
  readonly config: Record<string, unknown>;
  readonly warnings: readonly string[];
  /** why a real create would be refused now, if it would */
  readonly refusal?: { readonly code: string; readonly message: string };
}

export interface LifecycleResult {
  /** the domain afterwards; absent when it is gone */
  readonly domain?: DomainView;
  readonly action: OnEventAction | 'destroyed' | 'paused' | 'unpaused' | 'updated';
  readonly messages: readonly string[];
}

export function normaliseSpec(spec: DomainSpec): DomainSpec {
  const bad = (what: string, value: unknown): never => {
    throw new HostError('invalid-argument', `${spec.source || spec.name}: ${what} must be a positive whole number, got ${String(value)}`);
  };
  for (const [what, value] of [['memory', spec.memoryMiB], ['vcpus', spec.vcpus]] as const) {
    if (!Number.isInteger(value) || value <= 0) bad(what, value);
  }
  if (!spec.name) throw new HostError('invalid-argument', 'Domain name must be specified.');
  return {
    ...spec,
    maxmemMiB: Math.max(spec.maxmemMiB || 0, spec.memoryMiB),
    maxvcpus: Math.max(spec.maxvcpus || 0, spec.vcpus),
  };
}

export function dryRunDomain(state: ClusterState, input: DomainSpec, host?: string): DryRunResult {
  const spec = normaliseSpec(input);
  try {
    const placement = choosePlacement(state, spec, host);
    return { host: placement.host, config: resolvedDomainConfig(spec, placement.paging), warnings: placement.warnings };
  } catch (error) {
    if (!(error instanceof HostError)) throw error;
    const fallbackHost = host ?? state.hostsOfKind('xen')[0]?.name ?? '';
    const paging = spec.type === 'pv' ? 'pv' : spec.hap ? 'hap' : 'shadow';
    return { host: fallbackHost, config: resolvedDomainConfig(spec, paging), warnings: [], refusal: { code: error.code, message: error.message } };
  }
}

export async function createDomain(ctx: OperationContext, input: DomainSpec, options: CreateDomainOptions = {}): Promise<CreateDomainResult> {
  const spec = normaliseSpec(input);
  throwIfAborted(options.signal, `create ${spec.name}`);
  report(options, `Parsing config from ${spec.source || spec.name}`);
  const { record, warnings } = await ctx.store.mutate((state) => {
    const placement = choosePlacement(state, spec, options.host);
    const now = ctx.clock.now();
    const domain: DomainRecord = {
      id: ctx.newId(), host: placement.host, name: spec.name, domid: state.nextDomid(placement.host),
      uuid: spec.uuid ?? ctx.newId(), state: 'paused', memoryMiB: spec.memoryMiB, maxmemMiB: spec.maxmemMiB,
      vcpus: spec.vcpus, maxvcpus: spec.maxvcpus, paging: placement.paging, workload: spec.workload,
      onPoweroff: spec.onPoweroff, onReboot: spec.onReboot, onCrash: spec.onCrash, nomigrate: spec.nomigrate,
      bootedAt: now, cpuSince: now, cpuSecondsBefore: 0, spec,
    };
    return { records: [{ t: 'put-domain', domain }], result: { record: domain, warnings: placement.warnings } };
  }, options.signal);
  report(options, `Building domain ${spec.name} (domid ${record.domid}) on ${record.host}`, 0.2);
  try {
    await ctx.clock.sleep(TIMINGS.domainBuildMs(spec.memoryMiB), options.signal);
  } catch (error) {
    await ctx.store.mutate((state) => ({ records: state.domains.has(record.id) ? [{ t: 'del-domain', id: record.id }] : [], result: undefined }));
    throw error;
  }
  const final = await ctx.store.mutate((state) => {
    const current = state.domains.get(record.id);
    if (!current) throw new HostError('not-found', `domain "${spec.name}" disappeared while it was being built`);
    if (options.paused) return { records: [], result: current };
    const now = ctx.clock.now();
    const running: DomainRecord = { ...current, state: 'running', bootedAt: now, cpuSince: now };
    return { records: [{ t: 'put-domain', domain: running }], result: running };
  });
  report(options, `Domain ${spec.name} ${options.paused ? 'created paused' : 'started'}`, 1);
  return { domain: domainView(final, ctx.clock.now()), warnings };
}

/** Looks a domain up by name or numeric domid (per host, so a domid may need the host). */
export function findDomain(state: ClusterState, ref: string, host?: string): DomainRecord {
  const trimmed = ref.trim();
  if (trimmed === 'Domain-0' || trimmed === '0') {
    throw new HostError('bad-state', 'Domain-0 is the control domain and cannot be changed here');
  }
  if (/^\d+$/.test(trimmed)) {
    const domid = Number(trimmed);
    const matches = [...state.domains.values()].filter((d) => d.domid === domid && (!host || d.host === host));
    if (matches.length === 1) return matches[0]!;
    if (matches.length > 1) {
      throw new HostError('invalid-argument', `domid ${domid} exists on ${matches.map((d) => d.host).join(' and ')}; give the host or the domain name`);
    }
  }
  const byName = state.domainByName(trimmed);
  if (byName && (!host || byName.host === host)) return byName;
  throw new HostError('not-found', `${trimmed} is an invalid domain identifier`);
}

function requireSettled(domain: DomainRecord): void {
  if (domain.migration) throw new HostError('bad-state', `domain "${domain.name}" is being migrated; try again when the move is over`);
}

function requireState(domain: DomainRecord, allowed: DomainRecord['state'][], verb: string): void {
  requireSettled(domain);
  if (!allowed.includes(domain.state)) {
    throw new HostError('bad-state', `cannot ${verb} domain "${domain.name}" (domid ${domain.domid}): it is ${domain.state}`);
  }
}

/** xl preserves a domain as `NAME-<UTC %Y%m%dT%H%MZ>` with a fresh UUID (xl_vmcontrol.c preserve_domain). */
function preservedName(state: ClusterState, name: string, now: number): string {
  const stamp = new Date(now).toISOString().slice(0, 16).replace(/[-:]/g, '');
  let candidate = `${name}-${stamp}Z`;
  for (let n = 2; state.domainByName(candidate); n++) candidate = `${name}-${stamp}Z.${n}`;
  return candidate;
}

/** What the on_poweroff / on_reboot / on_crash action does once the guest has stopped. */
export function lifecyclePlan(
  state: ClusterState, domain: DomainRecord, reason: ShutdownReason, action: OnEventAction, now: number, newId: () => string,
): { records: JournalRecord[]; after?: DomainRecord; messages: string[] } {
  const stopped: DomainRecord = { ...domain, state: 'shutdown', shutdownReason: reason, cpuSecondsBefore: cpuSeconds(domain, now), cpuSince: now };
  const fresh = (base: DomainRecord, sameDomid: boolean): DomainRecord => ({
    ...base, state: 'running', domid: sameDomid ? base.domid : state.nextDomid(base.host), bootedAt: now, cpuSince: now,
    cpuSecondsBefore: 0, memoryMiB: base.spec.memoryMiB, vcpus: base.spec.vcpus,
  });
  const dump = `core of "${domain.name}" written to /var/lib/xen/dump/${domain.name}.core`;
  switch (action) {
    case 'destroy':
      return { records: [{ t: 'del-domain', id: domain.id }], messages: [`domain "${domain.name}" destroyed (${reason})`] };
    case 'coredump-destroy':
      return { records: [{ t: 'del-domain', id: domain.id }], messages: [dump, `domain "${domain.name}" destroyed`] };
    case 'preserve':
      return { records: [{ t: 'put-domain', domain: stopped }], after: stopped, messages: [`domain "${domain.name}" preserved after ${reason}`] };
    case 'soft-reset': {
      const after = fresh(domain, true);
      return { records: [{ t: 'put-domain', domain: after }], after, messages: [`domain "${domain.name}" soft-reset`] };
    }
    case 'restart':
    case 'coredump-restart': {
      const growth = domain.spec.memoryMiB - domain.memoryMiB;
      if (growth > 0) {
        try {
          checkMemory(state, domain.host, growth, `restarting "${domain.name}"`);
        } catch (error) {
          return { records: [{ t: 'del-domain', id: domain.id }], messages: [`domain "${domain.name}" not restarted: ${(error as Error).message}`] };
        }
      }
      const after = fresh(domain, false);
      const messages = [`domain "${domain.name}" restarted as domid ${after.domid}`];
      if (action === 'coredump-restart') messages.unshift(dump);
      return { records: [{ t: 'put-domain', domain: after }], after, messages };
    }
    case 'rename-restart': {
      const keptAs = preservedName(state, domain.name, now);
      const preserved: DomainRecord = { ...stopped, id: newId(), uuid: newId(), name: keptAs };
      const records: JournalRecord[] = [{ t: 'del-domain', id: domain.id }, { t: 'put-domain', domain: preserved }];
      const messages = [`Preserving domain ${domain.domid} ${domain.name} as "${keptAs}"`];
      try {
        checkMemory(state, domain.host, domain.spec.memoryMiB + domain.memoryMiB, `restarting "${domain.name}"`);
      } catch (error) {
        return { records, messages: [...messages, `not restarted: ${(error as Error).message}`] };
      }
      const after = fresh(domain, false);
      records.push({ t: 'put-domain', domain: after });
      return { records, after, messages: [...messages, `domain "${domain.name}" restarted as domid ${after.domid}`] };
    }
  }
}

async function stopThenAct(
  ctx: OperationContext, ref: string, host: string | undefined, reason: ShutdownReason, verb: string, options: OperationOptions,
): Promise<LifecycleResult> {
  const domain = await ctx.store.mutate((state) => {
    const found = findDomain(state, ref, host);
    requireState(found, ['running'], verb);
    return { records: [], result: found };
  }, options.signal);
  report(options, `${verb === 'shut down' ? 'Shutting down' : verb === 'reboot' ? 'Rebooting' : 'Crashing'} domain ${domain.domid}`);
  if (reason !== 'crash') await ctx.clock.sleep(TIMINGS.guestShutdownMs(domain.spec.type), options.signal);
  return ctx.store.mutate((state) => {
    const current = state.domains.get(domain.id);
    if (!current) throw new HostError('not-found', `domain "${domain.name}" went away meanwhile`);
    const action = reason === 'reboot' ? current.onReboot : reason === 'crash' ? current.onCrash : current.onPoweroff;
    const plan = lifecyclePlan(state, current, reason, action, ctx.clock.now(), ctx.newId);
    const now = ctx.clock.now();
    return {
      records: plan.records,
      result: { action, messages: plan.messages, ...(plan.after ? { domain: domainView(plan.after, now) } : {}) },
    };
  });
}

export function shutdownDomain(ctx: OperationContext, ref: string, host?: string, options: OperationOptions = {}): Promise<LifecycleResult> {
  return stopThenAct(ctx, ref, host, 'poweroff', 'shut down', options);
}

export function rebootDomain(ctx: OperationContext, ref: string, host?: string, options: OperationOptions = {}): Promise<LifecycleResult> {
  return stopThenAct(ctx, ref, host, 'reboot', 'reboot', options);
}

/** Simulates a guest kernel crash, to try on_crash. */
export function crashDomain(ctx: OperationContext, ref: string, host?: string, options: OperationOptions = {}): Promise<LifecycleResult> {
  return stopThenAct(ctx, ref, host, 'crash', 'crash', options);
}

export async function destroyDomain(ctx: OperationContext, ref: string, host?: string, options: OperationOptions = {}): Promise<LifecycleResult> {
  const dying = await ctx.store.mutate((state) => {
    const found = findDomain(state, ref, host);
    requireSettled(found);
    const next: DomainRecord = { ...found, state: 'dying' };
    return { records: [{ t: 'put-domain', domain: next }], result: next };
  }, options.signal);
  await ctx.clock.sleep(TIMINGS.destroyMs);
  await ctx.store.mutate((state) => ({ records: state.domains.has(dying.id) ? [{ t: 'del-domain', id: dying.id }] : [], result: undefined }));
  return { action: 'destroyed', messages: [`domain "${dying.name}" (domid ${dying.domid}) destroyed`] };
}

export async function pauseDomain(ctx: OperationContext, ref: string, host?: string, options: OperationOptions = {}): Promise<LifecycleResult> {
  await ctx.clock.sleep(TIMINGS.pauseMs, options.signal);
  return ctx.store.mutate((state) => {
    const found = findDomain(state, ref, host);
    requireState(found, ['running'], 'pause');
    const now = ctx.clock.now();
    const paused: DomainRecord = { ...found, state: 'paused', cpuSecondsBefore: domainView(found, now).cpuSeconds, cpuSince: now };
    return { records: [{ t: 'put-domain', domain: paused }], result: { action: 'paused', domain: domainView(paused, now), messages: [] } };
  }, options.signal);
}

export async function unpauseDomain(ctx: OperationContext, ref: string, host?: string, options: OperationOptions = {}): Promise<LifecycleResult> {
  await ctx.clock.sleep(TIMINGS.pauseMs, options.signal);
  return ctx.store.mutate((state) => {
    const found = findDomain(state, ref, host);
    requireState(found, ['paused'], 'unpause');
    const now = ctx.clock.now();
    const running: DomainRecord = { ...found, state: 'running', cpuSince: now };
    return { records: [{ t: 'put-domain', domain: running }], result: { action: 'unpaused', domain: domainView(running, now), messages: [] } };
  }, options.signal);
}

export async function setDomainMemory(ctx: OperationContext, ref: string, memoryMiB: number, host?: string, options: OperationOptions = {}): Promise<LifecycleResult> {
  if (!Number.isInteger(memoryMiB) || memoryMiB < 16) {
    throw new HostError('invalid-argument', `memory target must be a whole number of MiB, at least 16; got ${memoryMiB}`);
  }
  const { result, delta } = await ctx.store.mutate((state) => {
    const found = findDomain(state, ref, host);
    requireState(found, ['running', 'paused'], 'change the memory of');
    if (memoryMiB > found.maxmemMiB) {
      throw new HostError('invalid-argument', `cannot set the memory of "${found.name}" to ${memoryMiB} MiB: above its maxmem of ${found.maxmemMiB} MiB`);
    }
    const growth = memoryMiB - found.memoryMiB;
    if (growth > 0) checkMemory(state, found.host, growth, `ballooning "${found.name}" up`);
    const updated: DomainRecord = { ...found, memoryMiB };
    const now = ctx.clock.now();
    return { records: [{ t: 'put-domain', domain: updated }], result: { result: { action: 'updated' as const, domain: domainView(updated, now), messages: [] }, delta: growth } };
  }, options.signal);
  await ctx.clock.sleep(TIMINGS.memSetMs(delta), options.signal);
  return result;
}

export async function setDomainVcpus(ctx: OperationContext, ref: string, vcpus: number, host?: string, options: OperationOptions = {}): Promise<LifecycleResult> {
  if (!Number.isInteger(vcpus) || vcpus < 1) throw new HostError('invalid-argument', `vCPU count must be a whole number >= 1, got ${vcpus}`);
  const result = await ctx.store.mutate((state) => {
    const found = findDomain(state, ref, host);
    requireState(found, ['running', 'paused'], 'change the vCPUs of');
    if (vcpus > found.maxvcpus) {
      throw new HostError('invalid-argument', `cannot set ${vcpus} vCPUs for "${found.name}": its maxvcpus is ${found.maxvcpus}`);
    }
    const now = ctx.clock.now();
    const carried = domainView(found, now).cpuSeconds;
    const updated: DomainRecord = { ...found, vcpus, cpuSecondsBefore: carried, cpuSince: now };
    return { records: [{ t: 'put-domain', domain: updated }], result: { action: 'updated' as const, domain: domainView(updated, now), messages: [] } };
  }, options.signal);
  await ctx.clock.sleep(TIMINGS.vcpuSetMs, options.signal);
  return result;
}
