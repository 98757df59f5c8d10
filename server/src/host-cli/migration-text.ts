/** The text report of a migration: every round, the stop-and-copy, downtime and total. */
import type { MigrationReport } from '../host/hypervisor';
import { formatBytes, formatDuration } from './common';

export function formatMigrationReport(report: MigrationReport): string {
  const lines = [`migrating ${report.guest} from ${report.from} to ${report.to} (${report.memoryMiB} MiB, ${report.workload}, link ${report.bandwidthMbit} Mbit/s)`];
  for (const round of report.rounds) {
    lines.push(`  round ${round.round}: ${String(round.pages).padStart(8)} pages  ${formatBytes(round.bytes).padStart(11)}  ${formatDuration(round.durationMs).padStart(10)}  (dirtied meanwhile: ${round.dirtiedPages})`);
  }
  if (report.rounds.length > 0) {
    const why = report.stopReason === 'converged' ? 'fewer than 50 pages dirtied' : 'iteration limit reached';
    lines.push(`  stop-and-copy (${why}): ${report.stopAndCopy.pages} pages  ${formatBytes(report.stopAndCopy.bytes)}  ${formatDuration(report.stopAndCopy.durationMs)}`);
  }
  lines.push(`downtime: ${formatDuration(report.downtimeMs)}`, `total: ${formatDuration(report.totalMs)}`, ...report.messages);
  return lines.join('\n') + '\n';
}
