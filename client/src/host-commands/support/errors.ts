/** Shows a failed host call: in the output channel, and as a notification with the useful next step. */
import * as vscode from 'vscode';
import { asHostCallError } from '../../guests/host-client';
import type { HostUi } from './context';

export async function showHostError(ui: HostUi, what: string, error: unknown): Promise<void> {
  const failure = asHostCallError(error);
  if (failure.code === 'aborted') {
    ui.log.appendLine(`${what}: cancelled`);
    void vscode.window.showInformationMessage(`${what}: cancelled. ${failure.message === 'cancelled' ? '' : failure.message}`.trim());
    return;
  }
  ui.log.appendLine(`${what} failed [${failure.code}]: ${failure.message}`);
  const firstLine = failure.message.split('\n')[0] ?? failure.message;
  if (failure.code === 'invalid-config') {
    const choice = await vscode.window.showErrorMessage(`${what} refused: ${firstLine}`, 'Show Problems', 'Show Output');
    if (choice === 'Show Problems') await vscode.commands.executeCommand('workbench.actions.view.problems');
    if (choice === 'Show Output') ui.log.show(true);
    return;
  }
  const choice = await vscode.window.showErrorMessage(`${what} failed: ${firstLine}`, 'Show Output');
  if (choice === 'Show Output') ui.log.show(true);
}
