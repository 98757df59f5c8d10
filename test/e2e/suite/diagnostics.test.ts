import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  activateHvconf, closeAllEditors, codeOf, hasCode, lacksCode, openFixture, rangeOf, waitForDiagnostics,
} from './helpers';

describe('diagnostics in the real editor', () => {
  before(async () => {
    await openFixture('xen/web-pv.cfg');
    await activateHvconf();
  });
  after(closeAllEditors);

  it('reports the mistakes of an xl config with codes, exact ranges and severities', async () => {
    const document = await openFixture('xen/mistakes.cfg');
    const wanted = ['xl/missing-name', 'xl/unknown-key', 'xl/duplicate-key', 'xl/disk-bad-format'];
    const diagnostics = await waitForDiagnostics(
      document.uri,
      (found) => wanted.every((code) => hasCode(code)(found)),
      wanted.join(', '),
    );
    const byCode = (code: string): vscode.Diagnostic => {
      const found = diagnostics.find((d) => codeOf(d) === code);
      assert.ok(found, `a ${code} diagnostic`);
      return found;
    };

    const unknown = byCode('xl/unknown-key');
    assert.deepStrictEqual(unknown.range, rangeOf(document, 'memmory'));
    assert.strictEqual(unknown.severity, vscode.DiagnosticSeverity.Hint);
    assert.match(unknown.message, /memory/, 'suggests the key it probably meant');

    const duplicate = byCode('xl/duplicate-key');
    assert.deepStrictEqual(duplicate.range, rangeOf(document, 'vcpus', 1), 'marks the first, overridden assignment');
    assert.strictEqual(duplicate.severity, vscode.DiagnosticSeverity.Warning);

    const badFormat = byCode('xl/disk-bad-format');
    assert.deepStrictEqual(badFormat.range, rangeOf(document, 'qcow3'), 'points inside the disk spec string');
    assert.strictEqual(badFormat.severity, vscode.DiagnosticSeverity.Error);

    assert.strictEqual(byCode('xl/missing-name').severity, vscode.DiagnosticSeverity.Error);
    for (const diagnostic of diagnostics) assert.strictEqual(diagnostic.source, 'hvconf');
  });

  it('reports nothing on a valid config, also after an edit is taken back', async () => {
    const document = await openFixture('xen/web-pv.cfg');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document === document);
    // An empty diagnostics list raises no event for a file that had none, so
    // prove the server's verdict: break the file, see the report, undo, see it go.
    const end = new vscode.Position(document.lineCount, 0);
    assert.ok(await editor.edit((edit) => edit.insert(end, 'memmory = 1024\n')));
    await waitForDiagnostics(document.uri, hasCode('xl/unknown-key'), 'xl/unknown-key after the edit');
    await vscode.commands.executeCommand('undo');
    const after = await waitForDiagnostics(document.uri, (found) => found.length === 0, 'no diagnostics after undo');
    assert.deepStrictEqual(after, []);
    assert.strictEqual(document.isDirty, false, 'undo restored the file as saved');
  });

  it('drops a diagnostic when the mistake is fixed by typing', async () => {
    const document = await openFixture('xen/mistakes.cfg');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document === document);
    await waitForDiagnostics(document.uri, hasCode('xl/disk-bad-format'), 'xl/disk-bad-format');
    assert.ok(await editor.edit((edit) => edit.replace(rangeOf(document, 'qcow3'), 'qcow2')));
    await waitForDiagnostics(document.uri, lacksCode('xl/disk-bad-format'), 'xl/disk-bad-format gone');
    await vscode.commands.executeCommand('undo');
    await waitForDiagnostics(document.uri, hasCode('xl/disk-bad-format'), 'xl/disk-bad-format back after undo');
  });
});
