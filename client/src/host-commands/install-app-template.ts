/**
 * Install an application template into many containers at once: from
 * selected containers (asks which template), from a template (asks which
 * containers), or by dragging a template onto a container in the view.
 */
import * as vscode from 'vscode';
import { HostCommands, HostRequests } from '../guests/protocol';
import type { GuestNode } from '../guests/nodes';
import type { TemplateInfo } from '../guests/views';
import type { CommandRegistration, HostUi } from './support/context';
import { showHostError } from './support/errors';
import { containerTargets } from './support/targets';

interface InstallReport {
  readonly template: string;
  readonly results: ReadonlyArray<{ ctid: number; outcome: 'installed' | 'already-installed' | 'failed'; message: string }>;
}

export async function installAppTemplate(ui: HostUi, template: string, ctids: readonly number[]): Promise<InstallReport | undefined> {
  const title = `Installing ${template} into ${ctids.length} container(s)`;
  ui.log.appendLine(`${title}…`);
  try {
    const report = await ui.host.execute<InstallReport>(HostCommands.installAppTemplate, { template, ctids }, { progressTitle: title });
    for (const r of report.results) ui.log.appendLine(`  CT ${r.ctid}: ${r.outcome} ${r.message}`);
    const installed = report.results.filter((r) => r.outcome === 'installed').length;
    const failed = report.results.filter((r) => r.outcome === 'failed').length;
    const summary = `${template}: installed in ${installed} container(s)${failed ? `, failed in ${failed} (see the output)` : ''}`;
    if (failed) void vscode.window.showWarningMessage(summary, 'Show Output').then((c) => { if (c) ui.log.show(true); });
    else void vscode.window.showInformationMessage(summary);
    ui.guests.refresh();
    return report;
  } catch (error) {
    await showHostError(ui, title, error);
    return undefined;
  }
}

async function pickAppTemplate(ui: HostUi): Promise<string | undefined> {
  const templates = await ui.host.request<TemplateInfo[]>(HostRequests.templates, {});
  const items = templates.filter((t) => t.kind === 'app').map((t) => ({ label: t.name, description: `for ${t.baseOs ?? '?'} on ${t.host}`, value: t.name }));
  if (items.length === 0) {
    void vscode.window.showInformationMessage('No application template on the simulated hosts yet: create one from a metafile ("Create cache").');
    return undefined;
  }
  return (await vscode.window.showQuickPick(items, { placeHolder: 'Application template to install' }))?.value;
}

export const registerInstallAppTemplate: CommandRegistration = (ui) => vscode.commands.registerCommand('hvconf.installAppTemplate', async (first?: unknown, selected?: unknown) => {
  try {
    const node = first as GuestNode | { template?: unknown; ctids?: unknown } | undefined;
    if (node && 'kind' in node && node.kind === 'template') {
      const targets = await containerTargets(ui, undefined, undefined, ['running', 'stopped', 'mounted'], `install ${node.template.name} into`);
      return targets.length ? installAppTemplate(ui, node.template.name, targets.map((t) => t.ctid)) : undefined;
    }
    if (node && !('kind' in node) && typeof node.template === 'string' && Array.isArray(node.ctids)) {
      return installAppTemplate(ui, node.template, node.ctids.map(Number));
    }
    const targets = await containerTargets(ui, first, selected, ['running', 'stopped', 'mounted'], 'install into');
    if (targets.length === 0) return undefined;
    const template = await pickAppTemplate(ui);
    return template ? installAppTemplate(ui, template, targets.map((t) => t.ctid)) : undefined;
  } catch (error) {
    await showHostError(ui, 'Install application template', error);
    return undefined;
  }
});
