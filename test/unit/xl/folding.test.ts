import * as assert from 'assert';
import * as fc from 'fast-check';
import { foldXl } from '../../../server/src/service/xl/folding';
import { parse } from '../../../server/src/xl/parse';
import { nearValidConfig, validConfig } from './arbitraries';

function fold(text: string): string[] {
  return foldXl(parse(text), text).map((range) => `${range.startLine}-${range.endLine}${range.kind ? ` ${range.kind}` : ''}`);
}

describe('xl folding', () => {
  it('folds a multi-line list, keeping a closing ] on its own line visible', () => {
    assert.deepStrictEqual(fold("name = 'x'\ndisk = [\n    'a',\n    'b',\n]\n"), ['1-3']);
  });

  it('folds up to the line of a ] that closes after an item', () => {
    assert.deepStrictEqual(fold("disk = [ 'a',\n    'b' ]\nx = 1\n"), ['0-1']);
  });

  it('does not fold single-line lists or scalar values', () => {
    assert.deepStrictEqual(fold("disk = [ 'a', 'b' ]\nmemory = 512\n"), []);
  });

  it('folds nested multi-line lists inside their parent', () => {
    assert.deepStrictEqual(fold("vnuma = [\n    [ 'a',\n      'b' ],\n    [ 'c' ],\n]\n"), ['0-3', '1-2']);
  });

  it('gives one range per start line when lists open together', () => {
    assert.deepStrictEqual(fold("vnuma = [ [ 'a',\n  'b' ],\n  [ 'c' ] ]\n"), ['0-2']);
  });

  it('folds an unclosed list up to its last item', () => {
    assert.deepStrictEqual(fold("disk = [ 'a',\n  'b',\nname = 'x'\n"), ['0-1']);
  });

  it('folds runs of two or more own-line comments', () => {
    const text = '# one\n# two\n#three\nname = "x" # trailing\n# lonely\n\n# a\n  # b\n';
    assert.deepStrictEqual(fold(text), ['0-2 comment', '6-7 comment']);
  });

  it('a trailing comment does not join a run', () => {
    assert.deepStrictEqual(fold('# a\nx = 1 # b\n# c\n'), []);
  });

  it('counts lines like the editor does with CRLF', () => {
    assert.deepStrictEqual(fold('# a\r\n# b\r\ndisk = [\r\n 1,\r\n]\r\n'), ['0-1 comment', '2-3']);
  });

  it('always returns valid ranges inside the document', () => {
    fc.assert(fc.property(fc.oneof(validConfig, nearValidConfig, fc.string({ maxLength: 120 })), (text) => {
      const lineCount = text.split(/\r\n|\r|\n/).length;
      for (const range of foldXl(parse(text), text)) {
        assert.ok(range.startLine >= 0 && range.startLine < range.endLine && range.endLine < lineCount, JSON.stringify({ text, range }));
      }
      const starts = foldXl(parse(text), text).map((range) => range.startLine);
      assert.deepStrictEqual(starts, [...new Set(starts)].sort((a, b) => a - b), 'sorted, one per start line');
    }), { numRuns: 400 });
  });
});
