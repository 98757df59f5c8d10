import * as assert from 'assert';
import * as vscode from 'vscode';
import { openFixture, activateHvconf } from './helpers';

describe('activation', () => {
  it('activates on opening an xl config and starts the language server', async () => {
    const document = await openFixture('xen/web-pv.cfg');
    assert.strictEqual(document.languageId, 'xen-xl');
    const api = await activateHvconf();
    await api.whenServerReady();
    assert.strictEqual(api.serverState(), 'running');
    assert.ok(vscode.extensions.getExtension('hvconf.hvconf')?.isActive, 'extension hvconf.hvconf is active');
  });

  it('contributes the restart command', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('hvconf.restartServer'), 'hvconf.restartServer is registered');
  });
});
