/** Dry run (`xl create -n`): the resolved domain config as JSON, and whether a create would be refused now. */
import * as vscode from 'vscode';
import { HostCommands } from '../guests/protocol';
import type { CommandRegistration } from './support/context';
import { showHostError } from './support/errors';
import { documentTarget } from './support/targets';
import { refuseIfUntrusted } from './support/trust';

interface DryRunResult {
  readonly host: string;
  readonly config: Record<string, unknown>;
  readonly warnings: readonly string[];
  readonly refusal?: { code: string; message: string };
}

export const registerDryRunConfig: CommandRegistration = (ui) => vscode.commands.registerCommand('hvconf.dryRunConfig', async (first?: unknown) => {
  if (refuseIfUntrusted('A dry run')) return undefined;
  const uri = await documentTarget(first, ['xen-xl'], 'dry-run');
  if (!uri) return undefined;
  const name = vscode.workspace.asRelativePath(uri);
  try {
    const result = await ui.host.execute<DryRunResult>(HostCommands.dryRun, { uri: uri.toString() }, { progressTitle: `Dry run of ${name}` });
    ui.log.appendLine(`Dry run of ${name} on ${result.host}:`);
    for (const warning of result.warnings) ui.log.appendLine(`  warning: ${warning}`);
    if (result.refusal) ui.log.appendLine(`  a create would be refused now [${result.refusal.code}]: ${result.refusal.message}`);
    const document = await vscode.workspace.openTextDocument({ language: 'json', content: `${JSON.stringify(result.config, null, 2)}\n` });
    await vscode.window.showTextDocument(document, { preview: true, viewColumn: vscode.ViewColumn.Beside });
    if (result.refusal) void vscode.window.showWarningMessage(`Dry run of ${name}: a create would be refused now: ${result.refusal.message}`);
    else void vscode.window.showInformationMessage(`Dry run of ${name}: it would start on ${result.host}${result.warnings.length ? ` (${result.warnings.length} warning(s), see the output)` : ''}.`);
    return result;
  } catch (error) {
    await showHostError(ui, `Dry run of ${name}`, error);
    return undefined;
  }
});
