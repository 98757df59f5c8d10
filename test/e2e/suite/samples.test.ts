import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateHvconf, closeAllEditors, codeOf, hasCode, waitForDiagnostics } from './helpers';

/** samples/ of the extension under test (the development folder or the installed package's tests). */
const samplesRoot = path.resolve(__dirname, '..', '..', '..', '..', 'samples');

/** A line each language reports as an unknown key: proof that the whole file was checked. */
const probes: Record<string, { line: string; code: string }> = {
  'xen-xl': { line: 'memmory = 1', code: 'xl/unknown-key' },
  'vz-conf': { line: 'HOSTNMAE="probe"', code: 'vz/unknown-key' },
  'vz-metafile': { line: '%osvre\nprobe', code: 'metafile/unknown-section' },
};

function files(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(path.join(folder, entry.name)) : [path.join(folder, entry.name)]);
}

const isProblem = (d: vscode.Diagnostic): boolean =>
  d.severity === vscode.DiagnosticSeverity.Error || d.severity === vscode.DiagnosticSeverity.Warning;

describe('the samples in the real editor', () => {
  before(async () => {
    await activateHvconf();
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closeAllEditors();
  });

  it('finds the samples', () => {
    assert.ok(files(samplesRoot).length >= 10, `samples not found under ${samplesRoot}`);
  });

  for (const file of fs.existsSync(samplesRoot) ? files(samplesRoot) : []) {
    const relative = path.relative(samplesRoot, file);
    if (/mistakes/.test(path.basename(file))) {
      it(`${relative}: shows every mistake the file marks`, async () => {
        const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
        assert.ok(probes[document.languageId], `${relative} opened as ${document.languageId}`);
        await vscode.window.showTextDocument(document);
        const marked = [...document.getText().matchAll(/#\s*MISTAKE(?:-FILE)?:\s*(.+)$/gm)].flatMap((m) => m[1].trim().split(/\s+/));
        assert.ok(marked.length > 0, 'no marked mistakes');
        const seen = await waitForDiagnostics(document.uri, (ds) => marked.every((code) => ds.some((d) => codeOf(d) === code)), `the marked codes ${marked.join(', ')}`);
        assert.ok(seen.length >= marked.length);
      });
    } else {
      it(`${relative}: opens with its language and shows no error or warning`, async () => {
        const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
        const probe = probes[document.languageId];
        assert.ok(probe, `${relative} opened as ${document.languageId}`);
        const editor = await vscode.window.showTextDocument(document);
        // An unsaved edit that adds one known finding: once it shows, the whole file has been checked.
        await editor.edit((edit) => edit.insert(document.positionAt(document.getText().length), `${document.getText().endsWith('\n') ? '' : '\n'}${probe.line}\n`));
        const diagnostics = await waitForDiagnostics(document.uri, hasCode(probe.code), probe.code);
        assert.deepStrictEqual(diagnostics.filter(isProblem).map((d) => `${d.range.start.line + 1}: ${codeOf(d)} ${d.message}`), []);
      });
    }
  }
});
