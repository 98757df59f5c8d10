/** `vzmigrate --online` to a picked Virtuozzo host, with progress and the report. */
import * as vscode from 'vscode';
import { HostCommands } from '../guests/protocol';
import type { CommandRegistration } from './support/context';
import { showHostError } from './support/errors';
import { migrateEach } from './support/migrate-each';
import type { MigrationReportData } from './support/report';
import { containerTargets, pickHost } from './support/targets';

export const registerMigrateContainer: CommandRegistration = (ui) => vscode.commands.registerCommand('hvconf.migrateContainer', async (first?: unknown, selected?: unknown) => {
  try {
    const targets = await containerTargets(ui, first, selected, ['running', 'stopped', 'mounted', 'suspended'], 'migrate');
    if (targets.length === 0) return [];
    const given = typeof first === 'object' && first !== null ? (first as { target?: unknown }).target : undefined;
    const snapshotHost = typeof first === 'object' && first !== null && 'container' in first ? (first as { container: { host: string } }).container.host : undefined;
    const destination = typeof given === 'string' ? given : await pickHost(ui, 'vz', `Migrate container(s) ${targets.map((t) => t.ctid).join(', ')} to`, snapshotHost);
    if (!destination) return [];
    return await migrateEach(ui, targets, (target) => `Migrating container ${target.ctid} to ${destination}`,
      (target, title) => ui.host.execute<{ report: MigrationReportData }>(HostCommands.migrateContainer, { ctid: target.ctid, target: destination }, { progressTitle: title }));
  } catch (error) {
    await showHostError(ui, 'Container migration', error);
    return [];
  }
});
