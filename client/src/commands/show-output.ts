import * as vscode from 'vscode';

export const showOutputCommand = 'hvconf.showOutput';

/** HVConf: Show Output — reveals the channel with the server's log and traces. */
export function registerShowOutput(output: vscode.OutputChannel): vscode.Disposable {
  return vscode.commands.registerCommand(showOutputCommand, () => output.show(true));
}
