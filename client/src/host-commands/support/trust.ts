import * as vscode from 'vscode';

/**
 * Launching runs what a workspace file describes, so Restricted Mode refuses
 * it; the language features keep working there.
 */
export function refuseIfUntrusted(what: string): boolean {
  if (vscode.workspace.isTrusted) return false;
  void vscode.window.showWarningMessage(
    `${what} is not available in Restricted Mode: trust this workspace to launch configs on the simulated host.`,
    'Manage Workspace Trust',
  ).then((choice) => {
    if (choice) void vscode.commands.executeCommand('workbench.trust.manage');
  });
  return true;
}
