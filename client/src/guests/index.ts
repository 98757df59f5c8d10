/**
 * The host UI of the extension: the Guests view (hosts → guests, drag and
 * drop of app templates), the host commands, the CodeLens on configs,
 * completion of disk `target=` from the host's storage, and an output
 * channel. extension.ts calls registerHostUi once.
 */
import * as vscode from 'vscode';
import { registerHostCodeLens } from '../codelens/host-codelens';
import { Confirmations, installAppTemplate, registerHostCommands, type HostUi } from '../host-commands';
import type { ServerController } from '../server-controller';
import { HostLog } from '../host-commands/support/host-log';
import { registerDiskTargetCompletion } from './disk-target-completion';
import { GuestsDragAndDrop } from './drag-and-drop';
import { GuestsProvider } from './guests-provider';
import { HostClient } from './host-client';
import { HostRequests } from './protocol';
import { registerTestHooks } from './test-hooks';
import type { GuestsSnapshot } from './views';

export const GUESTS_VIEW_ID = 'hvconf.guests';

export function registerHostUi(controller: ServerController): vscode.Disposable {
  const log = new HostLog();
  const host = new HostClient(controller, log);
  const guests = new GuestsProvider(host);
  const confirmations = new Confirmations();
  const ui: HostUi = { host, log, guests, confirmations };
  const containersOf = async (hostName: string): Promise<number[]> => {
    const snapshot = await host.request<GuestsSnapshot>(HostRequests.guests);
    return snapshot.containers.filter((c) => c.host === hostName).map((c) => c.ctid);
  };
  const view = vscode.window.createTreeView(GUESTS_VIEW_ID, {
    treeDataProvider: guests,
    canSelectMany: true,
    showCollapseAll: true,
    dragAndDropController: new GuestsDragAndDrop((template, ctids) => installAppTemplate(ui, template, ctids), containersOf),
  });
  void vscode.commands.executeCommand('setContext', 'hvconf.guests.status', 'loading');
  return vscode.Disposable.from(
    log, host, guests, view,
    ...registerHostCommands(ui),
    registerHostCodeLens(),
    registerDiskTargetCompletion(host),
    registerTestHooks(guests, confirmations, log, host),
  );
}
