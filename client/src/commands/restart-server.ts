import * as vscode from 'vscode';
import type { ServerController } from '../server-controller';

export const restartServerCommand = 'hvconf.restartServer';

/** HVConf: Restart Language Server — stops the server process and starts a fresh one. */
export function registerRestartServer(controller: ServerController): vscode.Disposable {
  return vscode.commands.registerCommand(restartServerCommand, async () => {
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Restarting the HVConf language server' },
      () => controller.restart(),
    );
    if (controller.state === 'running') {
      void vscode.window.showInformationMessage('HVConf language server restarted.');
    } else {
      void vscode.window.showErrorMessage(`HVConf language server did not restart: ${controller.failure ?? 'unknown reason'}`);
    }
  });
}
