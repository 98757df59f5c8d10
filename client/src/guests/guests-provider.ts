/**
 * The Guests view's data: hosts → guests (and a vz host's templates), read
 * with one hvconf/guests request per refresh. Refreshes on the server's
 * hvconf/guestsChanged notification, coalesced, so a deploy of a hundred
 * containers redraws the tree a few times, not a hundred.
 */
import * as vscode from 'vscode';
import { asHostCallError, type HostClient } from './host-client';
import { treeItemOf, type GuestNode } from './nodes';
import { HostRequests } from './protocol';
import type { GuestsSnapshot, TemplateInfo } from './views';

export type GuestsStatus = 'loading' | 'empty' | 'ready' | 'error';

/** A serialisable copy of what the view shows, for tests and screenshots. */
export interface RenderedNode {
  readonly label: string;
  readonly description?: string;
  readonly contextValue?: string;
  readonly icon?: string;
  readonly children: readonly RenderedNode[];
}

const REFRESH_DELAY_MS = 120;

export class GuestsProvider implements vscode.TreeDataProvider<GuestNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<GuestNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private current: Promise<GuestsSnapshot> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly subscription: vscode.Disposable;
  status: GuestsStatus = 'loading';
  lastError: string | undefined;

  constructor(private readonly host: HostClient) {
    this.subscription = host.onDidChangeGuests(() => this.scheduleRefresh());
  }

  refresh(): void {
    this.current = undefined;
    this.changed.fire(undefined);
  }

  private scheduleRefresh(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.refresh();
    }, REFRESH_DELAY_MS);
  }

  /** The latest hvconf/guests answer (fetched when the view was last refreshed). */
  snapshot(): Promise<GuestsSnapshot> {
    if (!this.current) {
      const loading = this.host.request<GuestsSnapshot>(HostRequests.guests);
      this.current = loading;
      loading.then((snapshot) => {
        const guests = snapshot.domains.filter((d) => !d.isDomain0).length + snapshot.containers.length;
        this.setStatus(guests === 0 ? 'empty' : 'ready');
      }, (error: unknown) => {
        this.lastError = asHostCallError(error).message;
        this.host.log.appendLine(`Listing the guests failed: ${this.lastError}`);
        this.setStatus('error');
        if (this.current === loading) this.current = undefined;
      });
    }
    return this.current;
  }

  private setStatus(status: GuestsStatus): void {
    this.status = status;
    void vscode.commands.executeCommand('setContext', 'hvconf.guests.status', status);
  }

  getTreeItem(node: GuestNode): vscode.TreeItem {
    return treeItemOf(node);
  }

  async getChildren(node?: GuestNode): Promise<GuestNode[]> {
    if (node && node.kind !== 'host' && node.kind !== 'templates') return [];
    let snapshot: GuestsSnapshot;
    try {
      snapshot = await this.snapshot();
    } catch {
      return []; // the welcome content shows the error state
    }
    if (!node) {
      const guests = snapshot.domains.filter((d) => !d.isDomain0).length + snapshot.containers.length;
      // with no guests the welcome content explains how to launch one
      return guests === 0 ? [] : snapshot.hosts.map((host) => ({ kind: 'host', host }));
    }
    if (node.kind === 'templates') {
      const templates = await this.host.request<TemplateInfo[]>(HostRequests.templates, { host: node.host }).catch(() => []);
      return templates.map((template) => ({ kind: 'template', template }));
    }
    if (node.host.kind === 'xen') {
      return snapshot.domains.filter((d) => d.host === node.host.name).map((domain) => ({ kind: 'domain', domain }));
    }
    const containers: GuestNode[] = snapshot.containers.filter((c) => c.host === node.host.name).map((container) => ({ kind: 'container', container }));
    return [...containers, { kind: 'templates', host: node.host.name }];
  }

  /** Renders the whole tree from a fresh answer (templates folders included). */
  async render(): Promise<RenderedNode[]> {
    this.refresh();
    const walk = async (nodes: GuestNode[]): Promise<RenderedNode[]> => Promise.all(nodes.map(async (child) => {
      const item = this.getTreeItem(child);
      const label = typeof item.label === 'string' ? item.label : item.label?.label ?? '';
      return {
        label,
        ...(typeof item.description === 'string' ? { description: item.description } : {}),
        ...(item.contextValue ? { contextValue: item.contextValue } : {}),
        ...(item.iconPath instanceof vscode.ThemeIcon ? { icon: item.iconPath.id } : {}),
        children: item.collapsibleState === vscode.TreeItemCollapsibleState.None ? [] : await walk(await this.getChildren(child)),
      };
    }));
    return walk(await this.getChildren());
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.subscription.dispose();
    this.changed.dispose();
  }
}
