import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  activateHvconf, closeAllEditors, codeOf, hasCode, hoverText, lacksCode, openFixture, rangeOf, setSetting, waitForDiagnostics,
} from './helpers';

describe('settings and commands in the real editor', () => {
  before(async () => {
    await openFixture('xen/web-pv.cfg');
    await activateHvconf();
  });
  after(async () => {
    await setSetting('hvconf.diagnostics.severity', undefined);
    await setSetting('hvconf.validation.enable', undefined);
    await closeAllEditors();
  });

  it('applies hvconf.diagnostics.severity to a code and takes it back', async () => {
    const document = await openFixture('xen/mistakes.cfg');
    await waitForDiagnostics(document.uri, hasCode('xl/duplicate-key'), 'xl/duplicate-key');

    await setSetting('hvconf.diagnostics.severity', { 'xl/duplicate-key': 'error', 'xl/unknown-key': 'off' });
    const raised = await waitForDiagnostics(
      document.uri,
      (found) => lacksCode('xl/unknown-key')(found)
        && found.some((d) => codeOf(d) === 'xl/duplicate-key' && d.severity === vscode.DiagnosticSeverity.Error),
      'xl/duplicate-key as an error and xl/unknown-key off',
    );
    assert.ok(raised.some((d) => codeOf(d) === 'xl/missing-name'), 'other codes stay');

    await setSetting('hvconf.diagnostics.severity', undefined);
    await waitForDiagnostics(
      document.uri,
      (found) => hasCode('xl/unknown-key')(found)
        && found.some((d) => codeOf(d) === 'xl/duplicate-key' && d.severity === vscode.DiagnosticSeverity.Warning),
      'the default severities back once the override is removed',
    );
  });

  it('turns validation off and on with hvconf.validation.enable', async () => {
    const document = await openFixture('xen/mistakes.cfg');
    await waitForDiagnostics(document.uri, hasCode('xl/missing-name'), 'xl/missing-name');
    await setSetting('hvconf.validation.enable', false);
    await waitForDiagnostics(document.uri, (found) => found.length === 0, 'no diagnostics with validation off');
    await setSetting('hvconf.validation.enable', undefined);
    await waitForDiagnostics(document.uri, hasCode('xl/missing-name'), 'xl/missing-name back with validation on');
  });

  it('restarts the language server from the command and keeps answering', async () => {
    const api = await activateHvconf();
    await vscode.commands.executeCommand('hvconf.restartServer');
    assert.strictEqual(api.serverState(), 'running');
    const document = await openFixture('xen/web-pv.cfg');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider', document.uri, rangeOf(document, 'vcpus').start,
    );
    assert.match(hoverText(hovers), /vcpus/);
    const mistakes = await openFixture('xen/mistakes.cfg');
    await waitForDiagnostics(mistakes.uri, hasCode('xl/unknown-key'), 'diagnostics from the restarted server');
  });
});
