/** Migrates targets one after another, each with progress, its report in the log and a summary notification. */
import * as vscode from 'vscode';
import type { HostUi } from './context';
import { showHostError } from './errors';
import { migrationReportLines, migrationSummary, type MigrationReportData } from './report';

export async function migrateEach<T>(
  ui: HostUi,
  targets: readonly T[],
  titleOf: (target: T) => string,
  migrate: (target: T, title: string) => Promise<{ report: MigrationReportData }>,
): Promise<MigrationReportData[]> {
  const reports: MigrationReportData[] = [];
  for (const target of targets) {
    const title = titleOf(target);
    ui.log.appendLine(`${title}…`);
    try {
      const result = await migrate(target, title);
      for (const line of migrationReportLines(result.report)) ui.log.appendLine(line);
      void vscode.window.showInformationMessage(migrationSummary(result.report), 'Show Report').then((choice) => { if (choice) ui.log.show(true); });
      reports.push(result.report);
    } catch (error) {
      // one failed move does not stop the others; the guest stays on its source
      await showHostError(ui, title, error);
    }
  }
  ui.guests.refresh();
  return reports;
}
