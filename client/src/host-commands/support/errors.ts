/**
 * Shows a failed host call: in the output channel, and as a notification
 * with the useful next step. Never waits for the user to answer the
 * notification, so a command ends when its work does.
 */
import * as vscode from 'vscode';
import { asHostCallError } from '../../guests/host-client';
import type { HostUi } from './context';

export function showHostError(ui: HostUi, what: string, error: unknown): Promise<void> {
  const failure = asHostCallError(error);
  if (failure.code === 'aborted') {
    ui.log.appendLine(`${what}: cancelled`);
    void vscode.window.showInformationMessage(`${what}: cancelled. ${failure.message === 'cancelled' ? '' : failure.message}`.trim());
    return Promise.resolve();
  }
  ui.log.appendLine(`${what} failed [${failure.code}]: ${failure.message}`);
  const firstLine = failure.message.split('\n')[0] ?? failure.message;
  if (failure.code === 'invalid-config') {
    void vscode.window.showErrorMessage(`${what} refused: ${firstLine}`, 'Show Problems', 'Show Output').then((choice) => {
      if (choice === 'Show Problems') void vscode.commands.executeCommand('workbench.actions.view.problems');
      if (choice === 'Show Output') ui.log.show();
    });
    return Promise.resolve();
  }
  void vscode.window.showErrorMessage(`${what} failed: ${firstLine}`, 'Show Output').then((choice) => {
    if (choice === 'Show Output') ui.log.show();
  });
  return Promise.resolve();
}
