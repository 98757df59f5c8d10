import * as assert from 'assert';
import * as fc from 'fast-check';
import { parse } from '../../../server/src/xl/parse';
import { xlSyntaxCodes } from '../../../server/src/xl/syntax-codes';
import type { XlFile, XlValue } from '../../../server/src/xl/ast';
import { nearValidConfig, validConfig, validConfigWithStatements } from './arbitraries';

function assertSpansInside(file: XlFile): void {
  const length = file.text.length;
  const inside = (span: { start: number; end: number }, what: string) => {
    assert.ok(span.start >= 0 && span.start <= span.end && span.end <= length, `${what} span ${JSON.stringify(span)} outside 0..${length}`);
  };
  for (const error of file.errors) {
    inside(error.span, `error ${error.code}`);
    assert.ok(error.code in xlSyntaxCodes, `undocumented code ${error.code}`);
    if (error.severity === 'warning') assert.ok(['xl/nesting-too-deep', 'xl/bad-escape'].includes(error.code), error.code);
    // chevrotain's own messages would mean the grammar was not total after all
    assert.match(error.message, /^(config parsing error |can't add \[list\]|octal escape )/, error.message);
  }
  for (const comment of file.comments) inside(comment.span, 'comment');
  const visit = (value: XlValue) => {
    inside(value.span, value.kind);
    if (value.kind === 'list') value.items.forEach(visit);
    if (value.kind === 'string') {
      for (let i = 0; i <= value.value.length; i++) {
        const at = value.valueOffsetToDocument(i);
        assert.ok(at > value.span.start && at < value.span.end, 'string offsets map inside the quotes');
      }
    }
  };
  for (const assignment of file.assignments) {
    inside(assignment.span, 'assignment');
    assert.strictEqual(file.text.slice(assignment.key.span.start, assignment.key.span.end), assignment.key.name);
    if (assignment.value) visit(assignment.value);
  }
}

describe('xl parser: properties', () => {
  it('never throws on any string, and every span lies inside the text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => assertSpansInside(parse(text))), { numRuns: 500 });
  });

  it('never throws on arbitrary unicode and control characters', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => assertSpansInside(parse(text))), { numRuns: 300 });
  });

  it('never throws on near-valid configs, and every span lies inside the text', () => {
    fc.assert(fc.property(nearValidConfig, (text) => assertSpansInside(parse(text))), { numRuns: 500 });
  });

  it('accepts every generated valid config without errors', () => {
    fc.assert(fc.property(validConfig, (text) => {
      const file = parse(text);
      assert.deepStrictEqual(file.errors, [], text);
      assertSpansInside(file);
    }), { numRuns: 300 });
  });

  it('reads each statement of a valid config: keys in order, value text round-trips through its span', () => {
    fc.assert(fc.property(validConfigWithStatements, ({ text, statements }) => {
      const file = parse(text);
      assert.deepStrictEqual(
        file.assignments.map((a) => [a.key.name, a.op?.text, a.value && text.slice(a.value.span.start, a.value.span.end)]),
        statements.map((s) => [s.key, '=', s.value]),
      );
    }), { numRuns: 300 });
  });

  it('an error in one statement never hides the next line’s statement', () => {
    fc.assert(fc.property(nearValidConfig, fc.stringMatching(/^[a-z]{1,6}$/), (broken, key) => {
      // whatever came before, a line `zz_key = 7` after a fresh newline (closing any open string) is read
      const text = `${broken}\n${'zz_' + key} = 7\n`;
      const file = parse(text);
      const last = file.assignments[file.assignments.length - 1];
      assert.ok(last && last.key.name === `zz_${key}` && last.value?.kind === 'number', JSON.stringify(text));
    }), { numRuns: 500 });
  });

  it('keeps no state between calls: parsing other text in between changes nothing', () => {
    fc.assert(fc.property(nearValidConfig, nearValidConfig, (first, other) => {
      const strip = (file: XlFile) => JSON.stringify(file, (key, value) => (key === 'valueOffsetToDocument' ? undefined : value));
      const before = strip(parse(first));
      parse(other);
      assert.strictEqual(strip(parse(first)), before);
    }), { numRuns: 200 });
  });
});
