import * as assert from 'assert';
import { parseMetafile } from '../../../server/src/metafile/parse';

const slice = (text: string, span: { start: number; end: number }): string => text.slice(span.start, span.end);

describe('metafile parser (vzmktmpl reading, reference §2.5)', () => {
  it('splits sections at % in the first column and keeps value lines with offsets', () => {
    const text = '%osname\ncentos\n%packages\nbash vim\nless\n';
    const ast = parseMetafile(text);
    assert.deepStrictEqual(ast.sections.map((section) => section.header.name), ['osname', 'packages']);
    const packages = ast.sections[1];
    assert.deepStrictEqual(packages.values.map((line) => line.raw), ['bash vim', 'less']);
    assert.deepStrictEqual(packages.values[0].words.map((word) => slice(text, word.span)), ['bash', 'vim']);
    assert.strictEqual(slice(text, packages.header.nameSpan), 'packages');
    assert.strictEqual(slice(text, packages.span), '%packages\nbash vim\nless');
  });

  it('skips comment lines (also indented) and blank lines without ending the section', () => {
    const text = '%packages\n# system\n  \t# indented\n\n   \nbash\n';
    const ast = parseMetafile(text);
    assert.deepStrictEqual(ast.sections[0].values.map((line) => line.raw), ['bash']);
    assert.deepStrictEqual(ast.comments.map((comment) => comment.text), ['# system', '  \t# indented']);
    assert.deepStrictEqual(ast.blankLines.map((span) => text.slice(span.start, span.end)), ['   ']);
  });

  it('ignores text after a header name and a space, and reads a tab as part of the name', () => {
    const ast = parseMetafile('%osname centos 7 \n%osver\t7\n');
    assert.strictEqual(ast.sections[0].header.name, 'osname');
    assert.strictEqual(ast.sections[0].header.trailing?.text, 'centos 7');
    assert.deepStrictEqual(ast.sections[0].values, []);
    assert.strictEqual(ast.sections[1].header.name, 'osver\t7');
  });

  it('treats an indented % line as a value, and lines before any header as stray', () => {
    const ast = parseMetafile('stray\n%packages\n %osname\n');
    assert.deepStrictEqual(ast.strayValues.map((line) => line.raw), ['stray']);
    assert.deepStrictEqual(ast.sections[0].values.map((line) => line.raw), [' %osname']);
  });

  it('applies the backslash rule: the field after the first backslash is printed when it holds a #', () => {
    const text = '%packages\n\\# note\n  \\#x\\y\na\\b\\#c\nfoo \\# bar\n';
    const lines = parseMetafile(text).sections[0].values;
    assert.deepStrictEqual(lines.map((line) => [line.effective, line.escaped]), [
      ['# note', true], ['#x', true], ['a\\b\\#c', false], ['# bar', true],
    ]);
    assert.strictEqual(slice(text, lines[0].effectiveSpan), '# note');
  });

  it('records carriage returns and a byte-order mark, keeping offsets into the original text', () => {
    const text = '\uFEFF%osname\r\ncentos\r\n';
    const ast = parseMetafile(text);
    assert.ok(ast.hasByteOrderMark);
    assert.strictEqual(ast.firstCarriageReturn, 8);
    // like vzmktmpl's awk reader, the mark hides the first header: the line is a stray value
    assert.deepStrictEqual(ast.sections, []);
    assert.deepStrictEqual(ast.strayValues.map((line) => slice(text, line.span)), ['%osname', 'centos']);
  });

  it('parses an empty file and a lone % line', () => {
    assert.deepStrictEqual(parseMetafile('').sections, []);
    const ast = parseMetafile('%');
    assert.strictEqual(ast.sections[0].header.name, '');
  });
});
