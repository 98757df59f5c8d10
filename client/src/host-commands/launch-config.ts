/**
 * Launch this config: `xl create` for a Xen config, `vzctl create` for a
 * container config. A missing disk target is offered to be created in the
 * simulated storage, then the launch is retried.
 */
import * as vscode from 'vscode';
import { HostCommands } from '../guests/protocol';
import type { CommandRegistration, HostUi } from './support/context';
import { asHostCallError } from '../guests/host-client';
import { showHostError } from './support/errors';
import { documentTarget } from './support/targets';
import { refuseIfUntrusted } from './support/trust';

interface LaunchArgs { readonly host?: string; readonly paused?: boolean; readonly createStorage?: boolean }
interface LaunchResult {
  readonly kind: 'domain' | 'container' | 'template';
  readonly domain?: { name: string; host: string; domid: number; state: string };
  readonly container?: { ctid: number; host: string; status: string; hostname: string };
  readonly warnings: readonly string[];
}

function describe(result: LaunchResult): string {
  if (result.domain) return `Domain ${result.domain.name} is ${result.domain.state} on ${result.domain.host} (domid ${result.domain.domid})`;
  if (result.container) return `Container ${result.container.ctid} (${result.container.hostname || 'no hostname'}) created on ${result.container.host}, ${result.container.status}`;
  return 'Launched';
}

async function createOfferedStorage(ui: HostUi, error: unknown, allowed: boolean | undefined): Promise<boolean> {
  const failure = asHostCallError(error);
  const offers = failure.code === 'storage-missing' ? failure.data?.createStorage ?? [] : [];
  if (offers.length === 0) return false;
  const list = offers.map((o) => `${o.path} (${o.sizeGiB} GiB on ${o.host})`).join(', ');
  const create = allowed ?? await ui.confirmations.ask(
    'A disk target of this config does not exist. Create it in the simulated storage?',
    `${failure.message}\n\nTo be created: ${list}`, 'Create and Launch');
  if (!create) return false;
  for (const offer of offers) {
    await ui.host.execute(HostCommands.createStorage, offer);
    ui.log.appendLine(`created ${offer.path} (${offer.sizeGiB} GiB) on ${offer.host}`);
  }
  return true;
}

export async function launchDocument(ui: HostUi, uri: vscode.Uri, args: LaunchArgs = {}): Promise<LaunchResult | undefined> {
  const name = vscode.workspace.asRelativePath(uri);
  const title = `Launching ${name}`;
  const request = { uri: uri.toString(), ...(args.host ? { host: args.host } : {}), ...(args.paused !== undefined ? { paused: args.paused } : {}) };
  ui.log.appendLine(`${title}…`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const result = await ui.host.execute<LaunchResult>(HostCommands.launch, request, { progressTitle: title });
      for (const warning of result.warnings) ui.log.appendLine(`  warning: ${warning}`);
      ui.log.appendLine(describe(result));
      void vscode.window.showInformationMessage(describe(result));
      ui.guests.refresh();
      return result;
    } catch (error) {
      if (attempt === 0 && await createOfferedStorage(ui, error, args.createStorage).catch(async (failure: unknown) => {
        await showHostError(ui, 'Creating the disk target', failure);
        return false;
      })) continue;
      await showHostError(ui, title, error);
      return undefined;
    }
  }
  return undefined;
}

export const registerLaunchConfig: CommandRegistration = (ui) => vscode.commands.registerCommand('hvconf.launchConfig', async (first?: unknown) => {
  if (refuseIfUntrusted('Launching a config')) return undefined;
  const uri = await documentTarget(first, ['xen-xl', 'vz-conf'], 'launch');
  if (!uri) return undefined;
  const args = typeof first === 'object' && first !== null && !(first instanceof vscode.Uri) ? first as LaunchArgs : {};
  return launchDocument(ui, uri, args);
});
