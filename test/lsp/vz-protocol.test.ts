import * as assert from 'assert';
import type { CompletionList, Hover, MarkupContent } from 'vscode-languageserver-types';
import { startServer, type LspSession } from '../support/lsp-client';

/** The Virtuozzo languages over the same protocol path as xl. */
describe('language server over stdio (vz-conf, vz-metafile)', function () {
  this.timeout(20000);
  let session: LspSession;

  before(async () => {
    session = await startServer();
  });
  after(async () => {
    await session.close();
  });

  const conf = 'file:///etc/vz/conf/101.conf';
  // Not VSwap (PHYSPAGES unlimited): vzcfgvalidate then checks barrier <= limit.
  const confText = 'PHYSPAGES="0:unlimited"\nSWAPPAGES="0:0"\nKMEMSIZE="20M:10M"\nHOSTNMAE="web"\n';

  it('publishes vz-conf diagnostics on the exact barrier:limit pair', async () => {
    const published = session.nextDiagnostics(conf, 1);
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: conf, languageId: 'vz-conf', version: 1, text: confText } });
    const diagnostics = await published;
    const codes = diagnostics.map((d) => String(d.code));
    assert.ok(codes.includes('vz/unknown-key'), `expected vz/unknown-key in ${codes.join(', ')}`);
    const pair = diagnostics.find((d) => d.code === 'vz/barrier-above-limit');
    assert.ok(pair, `expected vz/barrier-above-limit in ${codes.join(', ')}`);
    assert.strictEqual(pair.range.start.line, 2);
    assert.ok(pair.range.start.character >= 'KMEMSIZE="'.length, 'range should sit inside the quotes');
  });

  it('hovers a byte-class pair with barrier and limit spelled out', async () => {
    const hover = (await session.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: conf }, position: { line: 2, character: 12 },
    })) as Hover;
    assert.ok(hover, 'no hover');
    const text = (hover.contents as MarkupContent).value;
    assert.match(text, /barrier/i);
    assert.match(text, /20 MiB|20.0 MiB|20971520/);
  });

  it('completes parameter names', async () => {
    const list = (await session.connection.sendRequest('textDocument/completion', {
      textDocument: { uri: conf }, position: { line: 4, character: 0 },
    })) as CompletionList;
    const labels = list.items.map((item) => item.label);
    for (const expected of ['DISKSPACE', 'CPUUNITS', 'IP_ADDRESS']) assert.ok(labels.includes(expected), `missing ${expected}`);
  });

  it('publishes metafile diagnostics and completes section names', async () => {
    const uri = 'file:///srv/templates/debian.metafile';
    const published = session.nextDiagnostics(uri, 1);
    await session.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'vz-metafile', version: 1, text: '%osname\ndebian\n\n%osvre\n12\n' },
    });
    const diagnostics = await published;
    assert.ok(diagnostics.length > 0, 'expected diagnostics for an unknown section and missing required ones');
    const list = (await session.connection.sendRequest('textDocument/completion', {
      textDocument: { uri }, position: { line: 3, character: 1 },
    })) as CompletionList;
    assert.ok(list.items.some((item) => String(item.label).replace(/^%/, '') === 'osver'), 'section osver not offered');
  });
});
