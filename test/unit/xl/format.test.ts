import * as assert from 'assert';
import * as fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { FormattingOptions, TextEdit } from 'vscode-languageserver-types';
import { formatXl } from '../../../server/src/service/xl/format';
import { parse } from '../../../server/src/xl/parse';
import type { XlFile, XlValue } from '../../../server/src/xl/ast';
import { nearValidConfig, validConfig } from './arbitraries';
import { statementsOf } from './helpers';

const spaces4: FormattingOptions = { tabSize: 4, insertSpaces: true };

function editsFor(text: string, options: FormattingOptions = spaces4): TextEdit[] {
  return formatXl(parse(text), text, options);
}

function format(text: string, options: FormattingOptions = spaces4): string {
  const document = TextDocument.create('file:///t.cfg', 'xen-xl', 1, text);
  return TextDocument.applyEdits(document, editsFor(text, options));
}

function strings(file: XlFile): string[] {
  const out: string[] = [];
  const visit = (value: XlValue | undefined) => {
    if (!value) return;
    if (value.kind === 'string') out.push(value.raw);
    if (value.kind === 'list') value.items.forEach(visit);
  };
  file.assignments.forEach((a) => visit(a.value));
  return out;
}

describe('xl formatting', () => {
  it('normalises spacing around = and +=', () => {
    assert.strictEqual(format('memory=512\nextra  +=   " quiet"\n'), 'memory = 512\nextra += " quiet"\n');
  });

  it('moves statements to column 0 and trims trailing blanks', () => {
    assert.strictEqual(format("   name = 'web'   \n\tvcpus = 2\t\n"), "name = 'web'\nvcpus = 2\n");
  });

  it('normalises single-line lists', () => {
    assert.strictEqual(format("disk=['a','b']\n"), "disk = [ 'a', 'b' ]\n");
    assert.strictEqual(format('a = [   ]\nb = [1 ,2,]\n'), 'a = []\nb = [ 1, 2, ]\n');
    assert.strictEqual(format("vnuma=[['a',1],[  ]]\n"), "vnuma = [ [ 'a', 1 ], [] ]\n");
  });

  it('keeps line breaks of multi-line lists and re-indents items and the closing bracket', () => {
    const text = "disk = [\n'a',\n          'b' ,\n  ]\n";
    assert.strictEqual(format(text), "disk = [\n    'a',\n    'b',\n]\n");
  });

  it('indents nested multi-line lists by depth, with tabs when asked', () => {
    const text = "vnuma = [ [ 'pnode=0',\n'size=512' ],\n [ 'pnode=1' ] ]\n";
    assert.strictEqual(format(text), "vnuma = [ [ 'pnode=0',\n        'size=512' ],\n    [ 'pnode=1' ] ]\n");
    assert.strictEqual(format(text, { tabSize: 8, insertSpaces: false }), "vnuma = [ [ 'pnode=0',\n\t\t'size=512' ],\n\t[ 'pnode=1' ] ]\n");
    assert.strictEqual(format("a = [\n1,\n]\n", { tabSize: 2, insertSpaces: true }), 'a = [\n  1,\n]\n');
  });

  it('keeps comments where they are: trailing ones stay, own-line ones in lists follow the items', () => {
    const text = "# header\n   # indented top-level comment\nname = 'x'   # the name   \ndisk = [ # devices\n# first\n 'a', # root\n\n     # second\n 'b'\n # end\n]\n";
    assert.strictEqual(format(text), "# header\n   # indented top-level comment\nname = 'x'   # the name\ndisk = [ # devices\n    # first\n    'a', # root\n\n    # second\n    'b'\n    # end\n]\n");
  });

  it('never changes string contents', () => {
    const text = "extra='a  ,  b  '\ndisk=[ 'x , y'  ,\"  \" ]\n";
    assert.strictEqual(format(text), "extra = 'a  ,  b  '\ndisk = [ 'x , y', \"  \" ]\n");
  });

  it('leaves a statement with a syntax error exactly as written, and formats the rest', () => {
    const text = 'a=1\nmemory=foo   \nb  =  2\nc = [ 1 2 ]  \nvcpus=-1\n';
    assert.strictEqual(format(text), 'a = 1\nmemory=foo   \nb = 2\nc = [ 1 2 ]  \nvcpus=-1\n');
  });

  it('leaves an unclosed list as written', () => {
    const text = "disk=[ 'a',\n   'b'   \nname='x'\n";
    assert.strictEqual(format(text), "disk=[ 'a',\n   'b'   \nname = 'x'\n");
  });

  it('keeps CRLF line ends while formatting', () => {
    assert.strictEqual(format('a=1  \r\ndisk=[\r\n  1,\r\n ]\r\n'), 'a = 1\r\ndisk = [\r\n    1,\r\n]\r\n');
  });

  it('trims blanks around a stray CR at a line end in one pass, keeping the CR', () => {
    assert.strictEqual(format('a= 00  \r\n'), 'a = 00\r\n');
    assert.strictEqual(format("a = 'x' \r \nb = 1\n"), "a = 'x'\r\nb = 1\n");
  });

  it('answers no edits for a file that is already formatted', () => {
    assert.deepStrictEqual(editsFor("name = 'x'\ndisk = [\n    'a',\n]\n# end\n"), []);
  });

  it('honours insertFinalNewline and trimFinalNewlines', () => {
    assert.strictEqual(format('a = 1', { ...spaces4, insertFinalNewline: true }), 'a = 1\n');
    assert.strictEqual(format('a = 1\n\n\n  \n', { ...spaces4, trimFinalNewlines: true }), 'a = 1\n');
    assert.strictEqual(format('a = 1\n# no newline', { ...spaces4, insertFinalNewline: true }), 'a = 1\n# no newline',
      'the last line has an error: leave it');
  });

  it('is idempotent and never changes tokens, strings, statements or comments', () => {
    const soup = fc.string({ unit: fc.constantFrom('[', ']', ',', '\n', '\r', ' ', '\t', 'a', '=', '+', '"', "'", '\\', '#', '1', '-', ';'), maxLength: 60 });
    fc.assert(fc.property(fc.oneof(validConfig, nearValidConfig, soup), fc.constantFrom(spaces4, { tabSize: 2, insertSpaces: false }), (text, options) => {
      const once = format(text, options);
      assert.strictEqual(format(once, options), once, 'idempotent');
      assert.strictEqual(once.replace(/[ \t]/g, ''), text.replace(/[ \t]/g, ''), 'only blanks change');
      const before = parse(text);
      const after = parse(once);
      assert.deepStrictEqual(strings(after), strings(before));
      assert.deepStrictEqual(statementsOf(after), statementsOf(before));
      assert.deepStrictEqual(after.errors.map((e) => e.code), before.errors.map((e) => e.code));
      assert.deepStrictEqual(after.comments.map((c) => c.text.trimEnd()), before.comments.map((c) => c.text.trimEnd()));
    }), { numRuns: 400 });
  });

  it('formats CRLF files like LF files, keeping every CR', () => {
    fc.assert(fc.property(validConfig, (text) => {
      const crlf = text.replace(/\n/g, '\r\n');
      assert.strictEqual(format(crlf), format(text).replace(/\n/g, '\r\n'));
    }), { numRuns: 200 });
  });

  it('returns sorted edits that never overlap', () => {
    fc.assert(fc.property(fc.oneof(validConfig, nearValidConfig), (text) => {
      const document = TextDocument.create('file:///t.cfg', 'xen-xl', 1, text);
      const offsets = editsFor(text).map((edit) => [document.offsetAt(edit.range.start), document.offsetAt(edit.range.end)]);
      for (let i = 1; i < offsets.length; i++) assert.ok(offsets[i][0] > offsets[i - 1][1], JSON.stringify(offsets));
    }), { numRuns: 300 });
  });
});
