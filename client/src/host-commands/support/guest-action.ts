/**
 * The shape shared by the simple guest commands (shutdown, pause, start, …):
 * resolve the targets, confirm if destructive, call the server once per
 * guest under a cancellable progress notification, report, refresh.
 */
import * as vscode from 'vscode';
import type { HostCommandId } from '../../guests/protocol';
import type { ContainerInfo, DomainInfo } from '../../guests/views';
import type { CommandRegistration, HostUi } from './context';
import { showHostError } from './errors';
import { containerTargets, domainTargets, type ContainerTarget, type DomainTarget } from './targets';

interface ActionDef<Target> {
  /** the VS Code command id */
  readonly id: string;
  /** e.g. "Shutting down" */
  readonly progress: string;
  /** e.g. "shut down" (palette picker and messages) */
  readonly verb: string;
  readonly server: HostCommandId;
  readonly confirm?: (targets: readonly Target[]) => { message: string; detail: string; action: string };
}

async function runAll<Target>(
  ui: HostUi, def: ActionDef<Target>, targets: readonly Target[], name: (t: Target) => string, args: (t: Target) => unknown,
): Promise<unknown[]> {
  if (targets.length === 0) return [];
  if (def.confirm) {
    const question = def.confirm(targets);
    if (!(await ui.confirmations.ask(question.message, question.detail, question.action))) {
      ui.log.appendLine(`${def.progress} ${targets.map(name).join(', ')}: not confirmed`);
      return [];
    }
  }
  const results: unknown[] = [];
  for (const target of targets) {
    const title = `${def.progress} ${name(target)}`;
    ui.log.appendLine(`${title}…`);
    try {
      const result = await ui.host.execute(def.server, args(target), { progressTitle: title });
      const messages = (result as { messages?: unknown } | undefined)?.messages;
      if (Array.isArray(messages)) for (const line of messages) ui.log.appendLine(`  ${String(line)}`);
      ui.log.appendLine(`${name(target)}: ${def.verb} done`);
      results.push(result);
    } catch (error) {
      await showHostError(ui, title, error);
    }
  }
  ui.guests.refresh();
  return results;
}

export function domainAction(def: ActionDef<DomainTarget> & { readonly states: readonly DomainInfo['state'][] }): CommandRegistration {
  return (ui) => vscode.commands.registerCommand(def.id, async (first?: unknown, selected?: unknown) => {
    try {
      const targets = await domainTargets(ui, first, selected, def.states, def.verb);
      return await runAll(ui, def, targets, (t) => t.domain, (t) => t);
    } catch (error) {
      await showHostError(ui, def.progress, error);
      return [];
    }
  });
}

export function containerAction(def: ActionDef<ContainerTarget> & { readonly statuses: readonly ContainerInfo['status'][] }): CommandRegistration {
  return (ui) => vscode.commands.registerCommand(def.id, async (first?: unknown, selected?: unknown) => {
    try {
      const targets = await containerTargets(ui, first, selected, def.statuses, def.verb);
      const name = (t: ContainerTarget): string => `container ${t.ctid}${t.hostname ? ` (${t.hostname})` : ''}`;
      return await runAll(ui, def, targets, name, (t) => ({ ctid: t.ctid }));
    } catch (error) {
      await showHostError(ui, def.progress, error);
      return [];
    }
  });
}
