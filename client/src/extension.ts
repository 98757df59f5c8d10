import * as vscode from 'vscode';
import type { HvconfApi } from './api';
import { registerRestartServer } from './commands/restart-server';
import { registerShowOutput } from './commands/show-output';
import { registerHostUi } from './guests';
import { ServerController } from './server-controller';
import { createServerStatus } from './server-status';
import { registerTemplateCommands } from './template-commands';

let controller: ServerController | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<HvconfApi> {
  const output = vscode.window.createOutputChannel('HVConf');
  controller = new ServerController(context, output);
  context.subscriptions.push(
    output,
    controller,
    createServerStatus(controller),
    registerRestartServer(controller),
    registerShowOutput(output),
    registerHostUi(controller),
    registerTemplateCommands(controller, output),
  );
  await controller.start();
  const owned = controller;
  return {
    serverState: () => owned.state,
    whenServerReady: () => owned.whenRunning(),
  };
}

export async function deactivate(): Promise<void> {
  await controller?.stop();
  controller = undefined;
}
