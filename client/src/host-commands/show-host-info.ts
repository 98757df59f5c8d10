/** `xl info` of a Xen host, in a read-only editor. */
import * as vscode from 'vscode';
import { HostCommands } from '../guests/protocol';
import type { CommandRegistration } from './support/context';
import { showHostError } from './support/errors';
import { pickHost } from './support/targets';

function hostOf(first: unknown): string | undefined {
  if (typeof first === 'string') return first;
  if (typeof first !== 'object' || first === null) return undefined;
  const host = (first as { host?: unknown }).host;
  if (typeof host === 'string') return host;
  if (typeof host === 'object' && host !== null && typeof (host as { name?: unknown }).name === 'string') return (host as { name: string }).name;
  return undefined;
}

export const registerShowHostInfo: CommandRegistration = (ui) => vscode.commands.registerCommand('hvconf.showHostInfo', async (first?: unknown) => {
  try {
    const host = hostOf(first) ?? await pickHost(ui, 'xen', 'Host to show (xl info)');
    if (!host) return undefined;
    const pairs = await ui.host.execute<Array<[string, string]>>(HostCommands.hostInfo, { host });
    const width = Math.max(...pairs.map(([name]) => name.length));
    const content = pairs.map(([name, value]) => `${name.padEnd(width)} : ${value}`).join('\n');
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: `${content}\n` });
    await vscode.window.showTextDocument(document, { preview: true });
    return pairs;
  } catch (error) {
    await showHostError(ui, 'Host info', error);
    return undefined;
  }
});
