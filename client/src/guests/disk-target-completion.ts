/**
 * Completes a disk spec's `target=` in xl configs with the volumes and image
 * files of the simulated Xen hosts (hvconf/storage). It lives in the client
 * because the language service must not know the host; VS Code merges these
 * items with the server's.
 */
import * as vscode from 'vscode';
import type { HostClient } from './host-client';
import { HostRequests } from './protocol';

interface StorageItem {
  readonly host: string;
  readonly kind: 'logical-volume' | 'image-file';
  readonly pool: string;
  readonly path: string;
  readonly sizeGiB: number;
  readonly shared: boolean;
}

/** `target=` and what is typed after it, inside a spec string on this line */
const TARGET_BEFORE_CURSOR = /(?:^|[\s,'"[])target=([^,'"\s\]]*)$/;
const CACHE_MS = 5000;

export class DiskTargetCompletion implements vscode.CompletionItemProvider {
  private cached: { at: number; items: Promise<StorageItem[]> } | undefined;

  constructor(private readonly host: HostClient) {}

  private storage(): Promise<StorageItem[]> {
    if (!this.cached || Date.now() - this.cached.at > CACHE_MS) {
      this.cached = { at: Date.now(), items: this.host.request<StorageItem[]>(HostRequests.storage, {}).catch(() => []) };
    }
    return this.cached.items;
  }

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
    const before = document.lineAt(position.line).text.slice(0, position.character);
    const match = TARGET_BEFORE_CURSOR.exec(before);
    if (!match) return [];
    const typed = match[1] ?? '';
    const range = new vscode.Range(position.line, position.character - typed.length, position.line, position.character);
    const byPath = new Map<string, StorageItem[]>();
    for (const item of await this.storage()) byPath.set(item.path, [...(byPath.get(item.path) ?? []), item]);
    return [...byPath.entries()].map(([path, entries]) => {
      const first = entries[0]!;
      const completion = new vscode.CompletionItem(path, first.kind === 'logical-volume' ? vscode.CompletionItemKind.Value : vscode.CompletionItemKind.File);
      completion.range = range;
      completion.detail = `${first.kind === 'logical-volume' ? 'logical volume' : 'image file'} · ${first.sizeGiB} GiB`;
      completion.documentation = new vscode.MarkdownString(
        `On the simulated host${entries.length > 1 ? 's' : ''} ${entries.map((e) => e.host).join(', ')} (${first.pool}${first.shared ? ', shared storage: live migration can move the guest' : ''}).`,
      );
      completion.sortText = `0${path}`;
      return completion;
    });
  }
}

export function registerDiskTargetCompletion(host: HostClient): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider({ language: 'xen-xl' }, new DiskTargetCompletion(host), '=', '/');
}
