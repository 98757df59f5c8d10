/** "Create cache" (`vzpkg create cache`) from an EZ template metafile. */
import * as vscode from 'vscode';
import { HostCommands } from '../guests/protocol';
import type { CommandRegistration } from './support/context';
import { showHostError } from './support/errors';
import { documentTarget } from './support/targets';
import { refuseIfUntrusted } from './support/trust';

export const registerCreateTemplateCache: CommandRegistration = (ui) => vscode.commands.registerCommand('hvconf.createTemplateCache', async (first?: unknown) => {
  if (refuseIfUntrusted('Creating a template cache')) return undefined;
  const uri = await documentTarget(first, ['vz-metafile'], 'create the cache of');
  if (!uri) return undefined;
  const title = `Creating the template cache of ${vscode.workspace.asRelativePath(uri)}`;
  ui.log.appendLine(`${title}…`);
  try {
    const template = await ui.host.execute<{ name: string; host: string; packages: number }>(HostCommands.createCache, { uri: uri.toString() }, { progressTitle: title });
    const message = `Template ${template.name} is cached on ${template.host} (${template.packages} packages)`;
    ui.log.appendLine(message);
    void vscode.window.showInformationMessage(message);
    ui.guests.refresh();
    return template;
  } catch (error) {
    await showHostError(ui, title, error);
    return undefined;
  }
});
