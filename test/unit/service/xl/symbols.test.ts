import * as assert from 'assert';
import { SymbolKind } from 'vscode-languageserver-types';
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
