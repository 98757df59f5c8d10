/**
 * `xl migrate` to a picked host, with a cancellable progress notification;
 * the report (total time, downtime, every round) goes to the output channel
 * and its summary to a notification.
 */
import * as vscode from 'vscode';
import { HostCommands } from '../guests/protocol';
import type { CommandRegistration } from './support/context';
import { showHostError } from './support/errors';
import { migrateEach } from './support/migrate-each';
import type { MigrationReportData } from './support/report';
import { domainTargets, pickHost } from './support/targets';

export const registerMigrateDomain: CommandRegistration = (ui) => vscode.commands.registerCommand('hvconf.migrateDomain', async (first?: unknown, selected?: unknown) => {
  try {
    const targets = await domainTargets(ui, first, selected, ['running', 'paused'], 'migrate');
    if (targets.length === 0) return [];
    const given = typeof first === 'object' && first !== null ? (first as { target?: unknown }).target : undefined;
    const destination = typeof given === 'string' ? given : await pickHost(ui, 'xen', `Migrate ${targets.map((t) => t.domain).join(', ')} to`, targets.length === 1 ? targets[0]!.host : undefined);
    if (!destination) return [];
    return await migrateEach(ui, targets, (target) => `Migrating ${target.domain} to ${destination}`,
      (target, title) => ui.host.execute<{ report: MigrationReportData }>(HostCommands.migrateDomain, { ...target, target: destination }, { progressTitle: title }));
  } catch (error) {
    await showHostError(ui, 'Migration', error);
    return [];
  }
});
