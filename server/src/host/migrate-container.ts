/**
 * Container migration between Virtuozzo hosts (vzmigrate --online): a
 * running container moves by iterative pre-copy of its RAM like a Xen
 * domain; a stopped one by copying its private area. On failure or
 * cancellation it stays where it was.
 */
import { findLink } from './cluster-config';
import { report, type OperationContext } from './context';
import { HostError } from './errors';
import { settled, type ContainerRecord } from './model';
import type { MigrationOptions, MigrationReport } from './migrate-domain';
import { bytesPerMs, planPrecopy } from './precopy';
import { TIMINGS } from './timings';
import { containerView, type ContainerView } from './views';
import { checkOsTemplate, findContainer } from './vz-ops';

export interface ContainerMigrationResult {
  readonly report: MigrationReport;
  readonly container: ContainerView;
}

/** share of the disk quota a container's private area really uses */
const USED_DISK_SHARE = 0.3;

export async function migrateContainer(ctx: OperationContext, ref: number | string, target: string, options: MigrationOptions = {}): Promise<ContainerMigrationResult> {
  const operation = ctx.newId();
  const { source, bandwidthMbit } = await ctx.store.mutate((state) => {
    const found = findContainer(state, ref);
    if (found.migration) throw new HostError('bad-state', `Container ${found.ctid} is already being migrated`);
    state.hostOfKind(target, 'vz');
    if (found.host === target) throw new HostError('invalid-argument', `Container ${found.ctid} is already on ${target}`);
    const link = findLink(state.config, found.host, target);
    if (!link) throw new HostError('no-route', `no network link between ${found.host} and ${target}`);
    checkOsTemplate(state, target, found.ostemplate);
    if (found.diskspaceGiB > state.vzFreeDiskGiB(target)) {
      throw new HostError('no-disk-space', `not enough disk space on ${target} for container ${found.ctid} (${found.diskspaceGiB} GiB)`);
    }
    if (found.status === 'running' && found.ramMiB > state.vzFreeMiB(target)) {
      throw new HostError('no-memory', `not enough memory on ${target} for container ${found.ctid} (${found.ramMiB} MiB)`);
    }
    const marked: ContainerRecord = { ...found, migration: { role: 'source', operation, peerHost: target, ownerPid: process.pid } };
    return { records: [{ t: 'put-container', container: marked }], result: { source: found, bandwidthMbit: link.bandwidthMbit } };
  }, options.signal);
  const online = source.status === 'running';
  const precopy = planPrecopy({
    memoryMiB: online ? source.ramMiB : 0, bandwidthMbit, workload: source.workload,
    setupMs: TIMINGS.migrationSetupMs, resumeMs: online ? TIMINGS.migrationResumeMs : 0,
  });
  const diskCopyMs = (source.diskspaceGiB * USED_DISK_SHARE * 1024 ** 3) / bytesPerMs(bandwidthMbit);
  const plan = online ? precopy : { ...precopy, rounds: [], stopAndCopy: { pages: 0, bytes: 0, durationMs: 0 }, downtimeMs: 0 };
  const totalMs = plan.totalMs + diskCopyMs;
  try {
    report(options, `Copying private area of ${source.ctid} to ${target}`, 0);
    await ctx.clock.sleep(plan.setupMs + diskCopyMs, options.signal);
    for (const round of plan.rounds) {
      if (options.failAtRound === round.round) throw new HostError('migration-failed', `connection to ${target} lost during round ${round.round}`);
      report(options, `Round ${round.round}: sending ${round.pages} pages`, round.round / (plan.rounds.length + 1));
      await ctx.clock.sleep(round.durationMs, options.signal);
    }
    await ctx.clock.sleep(plan.stopAndCopy.durationMs + plan.resumeMs, options.signal);
  } catch (error) {
    await ctx.store.mutate((state) => {
      const current = state.containers.get(source.ctid);
      if (!current) return { records: [], result: undefined };
      const restored = settled(current);
      return { records: [{ t: 'put-container', container: restored }], result: undefined };
    });
    const cancelled = error instanceof HostError && error.code === 'aborted';
    const why = error instanceof Error ? error.message : String(error);
    throw new HostError(cancelled ? 'aborted' : 'migration-failed',
      `migration of container ${source.ctid} to ${target} ${cancelled ? 'cancelled' : `failed: ${why}`}; it stays on ${source.host}`);
  }
  const moved = await ctx.store.mutate((state) => {
    const current = state.containers.get(source.ctid);
    if (!current) throw new HostError('migration-failed', `Container ${source.ctid} went away during migration`);
    const arrived = settled({ ...current, host: target });
    return { records: [{ t: 'put-container', container: arrived }], result: arrived };
  });
  report(options, `Container ${source.ctid} migrated to ${target}`, 1);
  return {
    report: {
      ...plan, totalMs, guest: String(source.ctid), from: source.host, to: target, memoryMiB: online ? source.ramMiB : 0,
      bandwidthMbit, workload: source.workload,
      messages: [online ? 'online migration (iterative pre-copy of memory)' : 'offline migration: container was stopped'],
    },
    container: containerView(moved),
  };
}
