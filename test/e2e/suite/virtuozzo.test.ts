import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  activateHvconf, closeAllEditors, codeOf, hasCode, openFixture, rangeOf, waitForDiagnostics,
} from './helpers';

/** Breaks a clean file, waits for the report, undoes, and returns what is left (should be nothing). */
async function diagnosticsAfterRoundTrip(document: vscode.TextDocument, badLine: string, code: string): Promise<vscode.Diagnostic[]> {
  const editor = vscode.window.activeTextEditor;
  assert.ok(editor && editor.document === document);
  assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(document.lineCount, 0), badLine)));
  await waitForDiagnostics(document.uri, hasCode(code), `${code} after the edit`);
  await vscode.commands.executeCommand('undo');
  return waitForDiagnostics(document.uri, (found) => found.length === 0, 'no diagnostics after undo');
}

describe('Virtuozzo files in the real editor', () => {
  before(async () => {
    await openFixture('vz/conf/102.conf');
    await activateHvconf();
  });
  after(closeAllEditors);

  it('recognises container configs and template metafiles by their names', async () => {
    assert.strictEqual((await openFixture('vz/conf/102.conf')).languageId, 'vz-conf');
    assert.strictEqual((await openFixture('templates/debian-12-x86_64-redis.metafile')).languageId, 'vz-metafile');
  });

  it('reports a misspelt parameter and an unknown NETFILTER mode in a container config', async () => {
    const document = await openFixture('vz/conf/103.conf');
    const diagnostics = await waitForDiagnostics(
      document.uri,
      (found) => hasCode('vz/unknown-key')(found) && hasCode('vz/invalid-enum')(found),
      'vz/unknown-key and vz/invalid-enum',
    );
    const unknown = diagnostics.find((d) => codeOf(d) === 'vz/unknown-key');
    assert.deepStrictEqual(unknown?.range, rangeOf(document, 'HOSTNMAE'));
    assert.match(unknown?.message ?? '', /HOSTNAME/);
    const mode = diagnostics.find((d) => codeOf(d) === 'vz/invalid-enum');
    assert.deepStrictEqual(mode?.range, rangeOf(document, 'statefull'));
    assert.strictEqual(mode?.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('reports nothing on a valid container config', async () => {
    const document = await openFixture('vz/conf/102.conf');
    assert.deepStrictEqual(await diagnosticsAfterRoundTrip(document, 'HOSTNMAE="x"\n', 'vz/unknown-key'), []);
  });

  it('completes container parameters', async () => {
    const document = await openFixture('vz/conf/102.conf');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider', document.uri, new vscode.Position(document.lineCount - 1, 0),
    );
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    for (const key of ['CPULIMIT', 'NUMPROC', 'SEARCHDOMAIN']) assert.ok(labels.includes(key), `${key} offered`);
    assert.ok(!labels.includes('HOSTNAME'), 'a parameter the file already sets is not offered again');
  });
});
