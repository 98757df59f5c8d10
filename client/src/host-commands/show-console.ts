/** `xl console`: the guest's boot log in a read-only editor. */
import * as vscode from 'vscode';
import { HostCommands } from '../guests/protocol';
import type { CommandRegistration } from './support/context';
import { showHostError } from './support/errors';
import { domainTargets } from './support/targets';

export const registerShowConsole: CommandRegistration = (ui) => vscode.commands.registerCommand('hvconf.showConsole', async (first?: unknown, selected?: unknown) => {
  try {
    const [target] = await domainTargets(ui, first, selected, ['running', 'paused'], 'show the console of');
    if (!target) return undefined;
    const lines = await ui.host.execute<string[]>(HostCommands.console, target);
    const document = await vscode.workspace.openTextDocument({ language: 'log', content: `${lines.join('\n')}\n` });
    await vscode.window.showTextDocument(document, { preview: true });
    return lines;
  } catch (error) {
    await showHostError(ui, 'Console', error);
    return undefined;
  }
});
