import * as vscode from 'vscode';
import { hvconfLanguageIds } from './language-ids';
import { pinnedVersions } from './pinned-versions';
import type { ServerController, ServerState } from './server-controller';
import { restartServerCommand } from './commands/restart-server';

const stateText: Record<ServerState, string> = {
  starting: 'starting…',
  running: 'running',
  stopped: 'stopped',
  failed: 'failed to start',
};

/**
 * The `{}` item in the status bar for HVConf files: the pinned tool versions
 * the checks follow and whether the server runs; clicking restarts it.
 */
export function createServerStatus(controller: ServerController): vscode.Disposable {
  const item = vscode.languages.createLanguageStatusItem('hvconf.server', hvconfLanguageIds.map((language) => ({ language })));
  item.name = 'HVConf';

  const show = (state: ServerState): void => {
    item.text = `${pinnedVersions.xen.label} · HVConf ${stateText[state]}`;
    item.detail = state === 'failed' && controller.failure
      ? controller.failure
      : `${pinnedVersions.xen.detail}; ${pinnedVersions.openvz.detail}`;
    item.busy = state === 'starting';
    item.severity = state === 'failed' ? vscode.LanguageStatusSeverity.Error : vscode.LanguageStatusSeverity.Information;
    item.command = { command: restartServerCommand, title: 'Restart', tooltip: 'Restart the HVConf language server' };
  };

  show(controller.state);
  const subscription = controller.onDidChangeState(show);
  return vscode.Disposable.from(item, subscription);
}
