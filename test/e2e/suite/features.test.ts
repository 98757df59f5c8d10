import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  activateHvconf, applyCodeAction, closeAllEditors, codeOf, hasCode, hoverText, labelOf, lacksCode,
  openFixture, openScratch, positionAfter, rangeOf, waitForDiagnostics,
} from './helpers';

async function completionLabels(document: vscode.TextDocument, position: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider', document.uri, position,
  );
  return list.items.map(labelOf);
}

describe('language features in the real editor', () => {
  before(async () => {
    await openFixture('xen/web-pv.cfg');
    await activateHvconf();
  });
  afterEach(async () => {
    // scratch documents are unsaved: revert them so closing does not prompt
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
  after(closeAllEditors);

  it('completes keys at the start of a line', async () => {
    const document = await openScratch('name = "scratch01"\nmem\n');
    const labels = await completionLabels(document, positionAfter(document, 'mem'));
    assert.ok(labels.includes('memory'), `memory among ${labels.slice(0, 20).join(', ')}`);
    const all = await completionLabels(document, new vscode.Position(1, 0));
    for (const key of ['memory', 'vcpus', 'disk', 'vif']) assert.ok(all.includes(key), `${key} offered at a key position`);
  });

  it('completes the parts of a disk spec inside the quotes', async () => {
    const document = await openScratch("name = \"scratch02\"\ndisk = [ 'format=raw, ' ]\n");
    const labels = await completionLabels(document, positionAfter(document, 'format=raw, '));
    assert.ok(labels.some((label) => label.startsWith('vdev')), `vdev among ${labels.join(', ')}`);
    assert.ok(!labels.includes('memory'), 'no top-level keys inside a disk spec');
  });

  it('shows documentation, type and unit on hover over a key', async () => {
    const document = await openFixture('xen/web-pv.cfg');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider', document.uri, rangeOf(document, 'memory').start.translate(0, 2),
    );
    const text = hoverText(hovers);
    assert.match(text, /memory/);
    assert.match(text, /MiB/);
  });

  it('lists the assignments as document symbols', async () => {
    const document = await openFixture('xen/web-pv.cfg');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider', document.uri,
    );
    const names = symbols.map((symbol) => symbol.name);
    for (const key of ['name', 'type', 'kernel', 'memory', 'vcpus', 'disk', 'vif']) {
      assert.ok(names.includes(key), `symbol ${key} among ${names.join(', ')}`);
    }
    const memory = symbols.find((symbol) => symbol.name === 'memory');
    assert.deepStrictEqual(memory?.selectionRange, rangeOf(document, 'memory'));
  });

  it('fixes a misspelt key with the quick fix', async () => {
    const document = await openScratch('name = "scratch03"\ntype = "pv"\nkernel = "/var/lib/xen/boot/vmlinuz"\nmemmory = 1024\n');
    const [unknown] = (await waitForDiagnostics(document.uri, hasCode('xl/unknown-key'), 'xl/unknown-key'))
      .filter((d) => codeOf(d) === 'xl/unknown-key');
    assert.ok(unknown);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', document.uri, unknown.range, vscode.CodeActionKind.QuickFix.value,
    );
    const rename = actions.find((action) => /memory/.test(action.title));
    assert.ok(rename, `a rename fix among: ${actions.map((action) => action.title).join('; ')}`);
    await applyCodeAction(rename);
    assert.strictEqual(document.lineAt(3).text, 'memory = 1024');
    await waitForDiagnostics(document.uri, lacksCode('xl/unknown-key'), 'xl/unknown-key gone after the fix');
  });

  it('formats spacing around = and is idempotent', async () => {
    const document = await openScratch('name="scratch04"\nmemory   =  512\nvcpus=2 # two\n');
    const options = { tabSize: 4, insertSpaces: true };
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>(
      'vscode.executeFormatDocumentProvider', document.uri, options,
    );
    assert.ok(edits && edits.length > 0, 'the formatter proposes edits');
    const workspaceEdit = new vscode.WorkspaceEdit();
    workspaceEdit.set(document.uri, edits);
    assert.ok(await vscode.workspace.applyEdit(workspaceEdit));
    assert.strictEqual(document.getText(), 'name = "scratch04"\nmemory = 512\nvcpus = 2 # two\n');
    const again = await vscode.commands.executeCommand<vscode.TextEdit[]>(
      'vscode.executeFormatDocumentProvider', document.uri, options,
    );
    assert.deepStrictEqual(again ?? [], [], 'formatting formatted text changes nothing');
  });
});
