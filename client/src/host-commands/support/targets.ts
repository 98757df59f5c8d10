/**
 * Which guests a command acts on. A command runs from a tree item (with the
 * multi-selection as second argument), from code with a plain argument
 * object ({ domain, host } / { ctid }), or from the palette, where it asks.
 */
import * as vscode from 'vscode';
import type { GuestNode } from '../../guests/nodes';
import { HostRequests } from '../../guests/protocol';
import type { ContainerInfo, DomainInfo, GuestsSnapshot } from '../../guests/views';
import type { HostUi } from './context';

export interface DomainTarget { readonly domain: string; readonly host?: string }
export interface ContainerTarget { readonly ctid: number; readonly hostname?: string }

function isNode(value: unknown): value is GuestNode {
  return typeof value === 'object' && value !== null && 'kind' in value;
}

function selectionOf(first: unknown, selected: unknown): unknown[] {
  if (Array.isArray(selected) && selected.length > 0) return selected;
  return first === undefined ? [] : [first];
}

async function pick<T>(items: Array<vscode.QuickPickItem & { value: T }>, placeHolder: string, empty: string, many: boolean): Promise<T[]> {
  if (items.length === 0) {
    void vscode.window.showInformationMessage(empty);
    return [];
  }
  if (many) {
    const chosen = await vscode.window.showQuickPick(items, { placeHolder, canPickMany: true });
    return (chosen ?? []).map((item) => item.value);
  }
  const chosen = await vscode.window.showQuickPick(items, { placeHolder });
  return chosen ? [chosen.value] : [];
}

export async function domainTargets(ui: HostUi, first: unknown, selected: unknown, states: readonly DomainInfo['state'][], verb: string): Promise<DomainTarget[]> {
  const given = selectionOf(first, selected).flatMap((value): DomainTarget[] => {
    if (isNode(value)) return value.kind === 'domain' && !value.domain.isDomain0 ? [{ domain: value.domain.name, host: value.domain.host }] : [];
    if (typeof value === 'object' && value !== null && typeof (value as DomainTarget).domain === 'string') return [value as DomainTarget];
    if (typeof value === 'string' && value !== '') return [{ domain: value }];
    return [];
  });
  if (given.length > 0) return given;
  const snapshot: GuestsSnapshot = await ui.host.request(HostRequests.guests);
  const items = snapshot.domains
    .filter((d) => !d.isDomain0 && !d.migrating && states.includes(d.state))
    .map((d) => ({ label: d.name, description: `${d.host} · ${d.state} · ${d.memoryMiB} MiB`, value: { domain: d.name, host: d.host } }));
  return pick(items, `Domain to ${verb}`, `No domain to ${verb} now (that needs a domain that is ${states.join(' or ')}).`, true);
}

export async function containerTargets(ui: HostUi, first: unknown, selected: unknown, statuses: readonly ContainerInfo['status'][], verb: string): Promise<ContainerTarget[]> {
  const given = selectionOf(first, selected).flatMap((value): ContainerTarget[] => {
    if (isNode(value)) return value.kind === 'container' ? [{ ctid: value.container.ctid, hostname: value.container.hostname }] : [];
    if (typeof value === 'object' && value !== null && (value as ContainerTarget).ctid !== undefined) return [{ ctid: Number((value as ContainerTarget).ctid) }];
    if (typeof value === 'number') return [{ ctid: value }];
    return [];
  });
  if (given.length > 0) return given;
  const snapshot: GuestsSnapshot = await ui.host.request(HostRequests.guests);
  const items = snapshot.containers
    .filter((c) => !c.migrating && statuses.includes(c.status))
    .map((c) => ({ label: `${c.ctid} ${c.hostname}`, description: `${c.host} · ${c.status} · ${c.ipAddresses.join(', ')}`, value: { ctid: c.ctid, hostname: c.hostname } }));
  return pick(items, `Container(s) to ${verb}`, `No container to ${verb} now (that needs a container that is ${statuses.join(' or ')}).`, true);
}

export async function pickHost(ui: HostUi, kind: 'xen' | 'vz', placeHolder: string, exclude?: string): Promise<string | undefined> {
  const snapshot: GuestsSnapshot = await ui.host.request(HostRequests.guests);
  const items = snapshot.hosts
    .filter((h) => h.kind === kind && h.name !== exclude)
    .map((h) => ({ label: h.name, description: `${Math.round(h.freeMemoryMiB / 1024)} GiB free · ${h.guests} guests`, value: h.name }));
  const [chosen] = await pick(items, placeHolder, `No other ${kind === 'xen' ? 'Xen' : 'Virtuozzo'} host in the simulated cluster.`, false);
  return chosen;
}

/** The document a document command acts on: an argument (Uri, { uri }), else the active editor, else a picked open document. */
export async function documentTarget(first: unknown, languageIds: readonly string[], what: string): Promise<vscode.Uri | undefined> {
  if (first instanceof vscode.Uri) return first;
  if (typeof first === 'string' && first !== '') return vscode.Uri.parse(first);
  if (typeof first === 'object' && first !== null && 'uri' in first) {
    const uri = (first as { uri: unknown }).uri;
    if (uri instanceof vscode.Uri) return uri;
    if (typeof uri === 'string') return vscode.Uri.parse(uri);
  }
  const active = vscode.window.activeTextEditor?.document;
  if (active && languageIds.includes(active.languageId)) return active.uri;
  const open = vscode.workspace.textDocuments.filter((d) => languageIds.includes(d.languageId));
  const [chosen] = await pick(open.map((d) => ({ label: vscode.workspace.asRelativePath(d.uri), value: d.uri })), `Config to ${what}`,
    `Open a ${languageIds.join(' or ')} file to ${what} it.`, false);
  return chosen;
}
