/**
 * Iterative pre-copy live migration (Clark et al., NSDI 2005; Xen's default
 * policy, reference xl-config.md §5): round 1 sends all memory, each later
 * round the pages dirtied during the previous one; stop-and-copy once fewer
 * than 50 pages were dirtied in the last round or after 5 rounds. Downtime is
 * the final copy plus a fixed resume cost. A pure calculation: the migration
 * driver spends the durations on the clock.
 */
import type { WorkloadProfile } from '../schema/guest-spec';

export const PAGE_BYTES = 4096;
/** SPP_TARGET_DIRTY_COUNT */
export const STOP_DIRTY_PAGES = 50;
/** SPP_MAX_ITERATIONS */
export const MAX_ITERATIONS = 5;
/** share of the link a migration stream gets after TCP and framing overhead */
export const LINK_EFFICIENCY = 0.94;

export interface WorkloadModel {
  /** writable working set as a share of guest memory */
  readonly wwsFraction: number;
  readonly wwsMinPages: number;
  /** page writes per second (many hit the same pages again) */
  readonly dirtyPagesPerSecond: number;
}

export const WORKLOADS: Readonly<Record<WorkloadProfile, WorkloadModel>> = {
  idle: { wwsFraction: 0.0005, wwsMinPages: 64, dirtyPagesPerSecond: 25 },
  web: { wwsFraction: 0.02, wwsMinPages: 512, dirtyPagesPerSecond: 1500 },
  database: { wwsFraction: 0.08, wwsMinPages: 2048, dirtyPagesPerSecond: 9000 },
  'memory-intensive': { wwsFraction: 0.35, wwsMinPages: 8192, dirtyPagesPerSecond: 80000 },
};

export interface RoundReport {
  readonly round: number;
  readonly pages: number;
  readonly bytes: number;
  readonly durationMs: number;
  /** pages the guest dirtied while this round was being sent */
  readonly dirtiedPages: number;
}

export interface PrecopyPlan {
  readonly rounds: readonly RoundReport[];
  readonly stopAndCopy: { readonly pages: number; readonly bytes: number; readonly durationMs: number };
  readonly stopReason: 'converged' | 'max-iterations';
  readonly resumeMs: number;
  readonly setupMs: number;
  readonly downtimeMs: number;
  readonly totalMs: number;
}

export interface PrecopyInput {
  readonly memoryMiB: number;
  readonly bandwidthMbit: number;
  readonly workload: WorkloadProfile;
  readonly setupMs: number;
  readonly resumeMs: number;
}

export function bytesPerMs(bandwidthMbit: number): number {
  return (bandwidthMbit * 1e6 / 8) * LINK_EFFICIENCY / 1000;
}

/** Distinct pages dirtied in `ms`: writes saturate at the writable working set. */
export function dirtiedDuring(model: WorkloadModel, totalPages: number, ms: number): number {
  const wws = Math.min(totalPages, Math.max(model.wwsMinPages, Math.round(totalPages * model.wwsFraction)));
  const writes = model.dirtyPagesPerSecond * ms / 1000;
  return Math.round(wws * (1 - Math.exp(-writes / wws)));
}

export function planPrecopy(input: PrecopyInput): PrecopyPlan {
  const model = WORKLOADS[input.workload];
  const rate = bytesPerMs(input.bandwidthMbit);
  const totalPages = Math.round(input.memoryMiB * 1024 * 1024 / PAGE_BYTES);
  const rounds: RoundReport[] = [];
  let toSend = totalPages;
  let stopReason: PrecopyPlan['stopReason'] = 'max-iterations';
  for (let round = 1; round <= MAX_ITERATIONS; round++) {
    const bytes = toSend * PAGE_BYTES;
    const durationMs = bytes / rate;
    const dirtiedPages = dirtiedDuring(model, totalPages, durationMs);
    rounds.push({ round, pages: toSend, bytes, durationMs, dirtiedPages });
    toSend = dirtiedPages;
    if (dirtiedPages < STOP_DIRTY_PAGES) {
      stopReason = 'converged';
      break;
    }
  }
  const finalBytes = toSend * PAGE_BYTES;
  const finalMs = finalBytes / rate;
  const downtimeMs = finalMs + input.resumeMs;
  const liveMs = rounds.reduce((sum, r) => sum + r.durationMs, 0);
  return {
    rounds,
    stopAndCopy: { pages: toSend, bytes: finalBytes, durationMs: finalMs },
    stopReason,
    resumeMs: input.resumeMs,
    setupMs: input.setupMs,
    downtimeMs,
    totalMs: input.setupMs + liveMs + downtimeMs,
  };
}
