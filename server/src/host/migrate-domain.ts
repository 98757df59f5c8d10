/**
 * `xl migrate`: reserve on the target (`NAME--incoming`), rename on the
 * source (`NAME--migratedaway`), spend the pre-copy rounds on the clock,
 * stop-and-copy, then commit. Any failure or cancellation rolls back and
 * leaves the guest running on the source.
 */
import { findLink } from './cluster-config';
import { report, type OperationContext, type OperationOptions } from './context';
import { HostError } from './errors';
import { settled, type DomainRecord } from './model';
import { planPrecopy, type PrecopyPlan } from './precopy';
import type { ClusterState } from './state';
import { TIMINGS } from './timings';
import { cpuSeconds, domainView, type DomainView } from './views';
import { checkCpu, checkDisks, checkMemory, checkNameFree } from './xen-placement';
import { findDomain } from './xen-ops';

export interface MigrationOptions extends OperationOptions {
  /** simulate the connection dropping during this pre-copy round (1-based) */
  readonly failAtRound?: number;
}

export interface MigrationReport extends PrecopyPlan {
  readonly guest: string;
  readonly from: string;
  readonly to: string;
  readonly memoryMiB: number;
  readonly bandwidthMbit: number;
  readonly workload: string;
  readonly messages: readonly string[];
}

export interface DomainMigrationResult {
  readonly report: MigrationReport;
  readonly domain: DomainView;
}

export const INCOMING_SUFFIX = '--incoming';
export const MIGRATEDAWAY_SUFFIX = '--migratedaway';

function checkMigration(state: ClusterState, domain: DomainRecord, target: string): number {
  if (domain.migration) throw new HostError('bad-state', `domain "${domain.name}" is already being migrated`);
  if (domain.state !== 'running' && domain.state !== 'paused') {
    throw new HostError('bad-state', `cannot migrate domain "${domain.name}": it is ${domain.state}`);
  }
  if (domain.nomigrate) {
    throw new HostError('nomigrate', `domain "${domain.name}" has nomigrate=1 (migration disabled in its config); it stays on ${domain.host}`);
  }
  const targetHost = state.hostOfKind(target, 'xen');
  if (target === domain.host) throw new HostError('invalid-argument', `domain "${domain.name}" is already on ${target}`);
  const link = findLink(state.config, domain.host, target);
  if (!link) throw new HostError('no-route', `no network link between ${domain.host} and ${target} in cluster "${state.config.name}"`);
  checkCpu(targetHost, domain.spec);
  checkDisks(state, targetHost, domain.spec);
  checkMemory(state, target, domain.memoryMiB, `incoming domain "${domain.name}"`);
  checkNameFree(state, `${domain.name}${INCOMING_SUFFIX}`);
  checkNameFree(state, `${domain.name}${MIGRATEDAWAY_SUFFIX}`);
  return link.bandwidthMbit;
}

export async function migrateDomain(
  ctx: OperationContext, ref: string, target: string, options: MigrationOptions = {}, host?: string,
): Promise<DomainMigrationResult> {
  const operation = ctx.newId();
  const begun = await ctx.store.mutate((state) => {
    const source = findDomain(state, ref, host);
    const bandwidthMbit = checkMigration(state, source, target);
    const mark = { operation, ownerPid: process.pid };
    const away: DomainRecord = { ...source, name: `${source.name}${MIGRATEDAWAY_SUFFIX}`, migration: { ...mark, role: 'source', peerHost: target } };
    const incoming: DomainRecord = {
      ...source, id: ctx.newId(), host: target, name: `${source.name}${INCOMING_SUFFIX}`, domid: state.nextDomid(target),
      state: 'paused', migration: { ...mark, role: 'target', peerHost: source.host },
    };
    return {
      records: [{ t: 'put-domain', domain: away }, { t: 'put-domain', domain: incoming }],
      result: { source, incoming, bandwidthMbit },
    };
  }, options.signal);
  const { source, incoming, bandwidthMbit } = begun;
  const plan = planPrecopy({
    memoryMiB: source.memoryMiB, bandwidthMbit, workload: source.workload,
    setupMs: TIMINGS.migrationSetupMs, resumeMs: TIMINGS.migrationResumeMs,
  });
  const messages = [`receiving side ready on ${target}`];
  try {
    report(options, `Reserving ${source.memoryMiB} MiB on ${target} for ${source.name}`, 0);
    await ctx.clock.sleep(plan.setupMs, options.signal);
    for (const round of plan.rounds) {
      if (options.failAtRound === round.round) {
        await ctx.clock.sleep(round.durationMs / 2, options.signal);
        throw new HostError('migration-failed', `connection to ${target} lost during round ${round.round}`);
      }
      report(options, `Round ${round.round}: sending ${round.pages} pages`, round.round / (plan.rounds.length + 1));
      await ctx.clock.sleep(round.durationMs, options.signal);
    }
    await ctx.store.mutate((state) => {
      const current = state.domains.get(source.id);
      if (!current) throw new HostError('migration-failed', `domain "${source.name}" went away during migration`);
      const suspended: DomainRecord = { ...current, state: 'paused', cpuSecondsBefore: cpuSeconds(current, ctx.clock.now()), cpuSince: ctx.clock.now() };
      return { records: [{ t: 'put-domain', domain: suspended }], result: undefined };
    }, options.signal);
    report(options, `Stop-and-copy: ${plan.stopAndCopy.pages} pages`, 0.95);
    await ctx.clock.sleep(plan.stopAndCopy.durationMs + plan.resumeMs, options.signal);
  } catch (error) {
    await rollBack(ctx, source, incoming.id);
    if (error instanceof HostError && error.code === 'aborted') {
      throw new HostError('aborted', `migration of "${source.name}" to ${target} cancelled; it keeps running on ${source.host}`);
    }
    const why = error instanceof Error ? error.message : String(error);
    throw new HostError('migration-failed', `migration of "${source.name}" to ${target} failed: ${why}; it keeps running on ${source.host}`);
  }
  const moved = await ctx.store.mutate((state) => {
    const away = state.domains.get(source.id);
    const reserved = state.domains.get(incoming.id);
    if (!away || !reserved) throw new HostError('migration-failed', `domain "${source.name}" changed during migration`);
    const arrived = settled({
      ...away, host: target, domid: reserved.domid, name: source.name, state: source.state, cpuSince: ctx.clock.now(),
    });
    return { records: [{ t: 'del-domain', id: incoming.id }, { t: 'put-domain', domain: arrived }], result: arrived };
  });
  messages.push('migration sender: Target has acknowledged transfer.', 'Migration successful.');
  report(options, `Migration of ${source.name} to ${target} done`, 1);
  return {
    report: {
      ...plan, guest: source.name, from: source.host, to: target, memoryMiB: source.memoryMiB, bandwidthMbit,
      workload: source.workload, messages,
    },
    domain: domainView(moved, ctx.clock.now()),
  };
}

/** Puts the source back as it was and drops the reservation on the target. */
async function rollBack(ctx: OperationContext, source: DomainRecord, incomingId: string): Promise<void> {
  await ctx.store.mutate((state) => {
    const records = [];
    if (state.domains.has(incomingId)) records.push({ t: 'del-domain' as const, id: incomingId });
    const current = state.domains.get(source.id);
    if (current) {
      const restored = settled({ ...current, name: source.name, state: source.state, cpuSince: ctx.clock.now() });
      records.push({ t: 'put-domain' as const, domain: restored });
    }
    return { records, result: undefined };
  });
}
