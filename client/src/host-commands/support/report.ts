/** Human-readable reports for the output channel and notifications. */

// The host's migration report, as the bridge returns it (a type-only import: nothing of the host is bundled).
import type { MigrationReport as MigrationReportData } from '../../../../server/src/host/migrate-domain';

export type { MigrationReportData };

export function seconds(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

function mib(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MiB`;
}

export function migrationSummary(report: MigrationReportData): string {
  return `Migrated ${report.guest} from ${report.from} to ${report.to} in ${seconds(report.totalMs)} ` +
    `(downtime ${seconds(report.downtimeMs)}, ${report.rounds.length} pre-copy round${report.rounds.length === 1 ? '' : 's'})`;
}

export function migrationReportLines(report: MigrationReportData): string[] {
  const lines = [
    `Migration of ${report.guest}: ${report.from} → ${report.to}`,
    `  memory ${report.memoryMiB} MiB, link ${report.bandwidthMbit} Mbit/s, workload ${report.workload}`,
  ];
  for (const round of report.rounds) {
    lines.push(`  round ${round.round}: ${round.pages} pages (${mib(round.bytes)}) in ${seconds(round.durationMs)}; ${round.dirtiedPages} pages dirtied meanwhile`);
  }
  const why = report.stopReason === 'converged' ? 'few pages left dirty' : 'iteration limit reached';
  lines.push(
    `  stop-and-copy (${why}): ${report.stopAndCopy.pages} pages (${mib(report.stopAndCopy.bytes)}) in ${seconds(report.stopAndCopy.durationMs)}`,
    `  total ${seconds(report.totalMs)}, downtime ${seconds(report.downtimeMs)}`,
  );
  return lines;
}
