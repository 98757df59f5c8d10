import * as assert from 'assert';
import { SymbolKind } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { service, xlDocument } from './helpers';

describe('xl document symbols', () => {
  it('gives one symbol per assignment with a value summary', () => {
    const symbols = service.symbols(xlDocument('name = "web"\nmemory = 512\n'));
    assert.deepStrictEqual(symbols.map((symbol) => [symbol.name, symbol.detail]), [['name', '"web"'], ['memory', '512']]);
    assert.deepStrictEqual(symbols[1].selectionRange, { start: { line: 1, character: 0 }, end: { line: 1, character: 6 } });
  });

  it('lists disks and vifs as children named by their essence', () => {
    const text = "disk = [ '/dev/vg/web,raw,xvda,rw',\n         'vdev=xvdb,cdrom' ]\nvif = [ 'mac=00:16:3e:00:00:01,bridge=br0' ]\n";
    const [disk, vif] = service.symbols(xlDocument(text));
    assert.strictEqual(disk.kind, SymbolKind.Array);
    assert.deepStrictEqual(disk.children?.map((child) => child.name.split(' ')[0]), ['xvda', 'xvdb']);
    assert.match(disk.children?.[0].name ?? '', /xvda ← \/dev\/vg\/web/);
    assert.match(vif.children?.[0].name ?? '', /00:16:3e:00:00:01/);
    assert.strictEqual(disk.children?.[1].range.start.line, 1);
  });

  it('keeps symbols for a file with syntax errors', () => {
    const symbols = service.symbols(xlDocument('name = "web"\nmemory = = 3\nvcpus = 2\n'));
    assert.ok(symbols.some((symbol) => symbol.name === 'vcpus'));
  });
});

describe('xl folding and formatting through the service', () => {
  it('folds a multi-line list', () => {
    const ranges = service.folding(xlDocument("disk = [\n  'a',\n  'b',\n]\n"));
    assert.ok(ranges.some((range) => range.startLine === 0 && range.endLine >= 2));
  });

  it('normalises the blanks around =', () => {
    const document = xlDocument('memory=512\n');
    const edits = service.format(document, { tabSize: 2, insertSpaces: true });
    assert.strictEqual(TextDocument.applyEdits(document, edits), 'memory = 512\n');
  });
});
