import * as assert from 'assert';
import type { CompletionList, Hover, MarkupContent } from 'vscode-languageserver-types';
import { startServer, type LspSession } from '../support/lsp-client';

const uri = 'file:///srv/xen/web.cfg';
const text = 'name = "web"\ntype = "pv"\nkernel = "/boot/vmlinuz"\nmemmory = 512\nmemory = 1024\n';

describe('language server over stdio (xl)', function () {
  this.timeout(20000);
  let session: LspSession;

  before(async () => {
    session = await startServer();
  });
  after(async () => {
    await session.close();
  });

  it('publishes diagnostics for an opened document, with codes and exact ranges', async () => {
    const published = session.nextDiagnostics(uri, 1);
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'xen-xl', version: 1, text } });
    const diagnostics = await published;
    const unknown = diagnostics.find((d) => d.code === 'xl/unknown-key');
    assert.ok(unknown, `expected xl/unknown-key in ${JSON.stringify(diagnostics)}`);
    assert.deepStrictEqual(unknown.range, { start: { line: 3, character: 0 }, end: { line: 3, character: 7 } });
    assert.match(unknown.message, /memory/);
  });

  it('re-validates after an incremental change', async () => {
    const published = session.nextDiagnostics(uri, 2);
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 7 } }, text: 'maxmem' }],
    });
    const diagnostics = await published;
    assert.deepStrictEqual(diagnostics.filter((d) => d.code === 'xl/unknown-key'), []);
  });

  it('completes keys at the start of a line', async () => {
    const list = (await session.connection.sendRequest('textDocument/completion', {
      textDocument: { uri }, position: { line: 5, character: 0 },
    })) as CompletionList;
    const labels = list.items.map((item) => item.label);
    for (const expected of ['vcpus', 'disk', 'vif', 'on_crash']) assert.ok(labels.includes(expected), `missing ${expected}`);
  });

  it('answers hover on a key with its documentation', async () => {
    const hover = (await session.connection.sendRequest('textDocument/hover', {
      textDocument: { uri }, position: { line: 4, character: 2 },
    })) as Hover;
    assert.ok(hover, 'no hover');
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /memory/);
    assert.match(value, /MiB/);
  });

  it('survives garbage and keeps answering', async () => {
    const garbage = 'file:///srv/xen/garbage.cfg';
    const published = session.nextDiagnostics(garbage, 1);
    await session.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: garbage, languageId: 'xen-xl', version: 1, text: '\u0000[[[ = "\\x\n]]]=+=;;\r\n#' },
    });
    const diagnostics = await published;
    assert.ok(diagnostics.length > 0);
    const symbols = await session.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(Array.isArray(symbols) && symbols.length >= 4);
  });
});
