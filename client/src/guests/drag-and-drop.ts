/**
 * Drag an application template from a host's Templates folder onto a
 * container (or onto a Virtuozzo host: all its containers) to install it.
 */
import * as vscode from 'vscode';
import type { GuestNode } from './nodes';

export const APP_TEMPLATE_MIME = 'application/vnd.hvconf.app-template';

export type InstallRequest = (template: string, ctids: readonly number[]) => Thenable<unknown>;

export class GuestsDragAndDrop implements vscode.TreeDragAndDropController<GuestNode> {
  readonly dragMimeTypes = [APP_TEMPLATE_MIME];
  readonly dropMimeTypes = [APP_TEMPLATE_MIME];

  constructor(
    private readonly install: InstallRequest,
    private readonly containersOf: (host: string) => Promise<readonly number[]>,
  ) {}

  handleDrag(source: readonly GuestNode[], dataTransfer: vscode.DataTransfer): void {
    const names = source.flatMap((node) => (node.kind === 'template' && node.template.kind === 'app' ? [node.template.name] : []));
    if (names.length > 0) dataTransfer.set(APP_TEMPLATE_MIME, new vscode.DataTransferItem(JSON.stringify(names)));
  }

  async handleDrop(target: GuestNode | undefined, dataTransfer: vscode.DataTransfer): Promise<void> {
    const item = dataTransfer.get(APP_TEMPLATE_MIME);
    if (!item || !target) return;
    const names = JSON.parse(await item.asString()) as string[];
    let ctids: readonly number[] = [];
    if (target.kind === 'container') ctids = [target.container.ctid];
    else if (target.kind === 'host' && target.host.kind === 'vz') ctids = await this.containersOf(target.host.name);
    if (ctids.length === 0) {
      void vscode.window.showWarningMessage('Drop an application template onto a container, or onto a Virtuozzo host to install it in all its containers.');
      return;
    }
    for (const name of names) await this.install(name, ctids);
  }
}
