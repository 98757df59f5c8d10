import * as assert from 'assert';
import { parse } from '../../../server/src/xl/parse';
import { xlSyntaxCodes } from '../../../server/src/xl/syntax-codes';

/** for every parser code: a text that triggers it and the corrected text that does not */
const cases: Record<string, { failing: string; passing: string }> = {
  'xl/lexical-error': { failing: 'a = @x\n', passing: 'a = "@x"\n' },
  'xl/syntax-error': { failing: 'a = 1 2\n', passing: 'a = 1; b = 2\n' },
  'xl/crlf-line-end': { failing: 'a = 1\r\n', passing: 'a = 1\n' },
  'xl/bom': { failing: '\ufeffa = 1\n', passing: 'a = 1\n' },
  'xl/comment-at-eof': { failing: 'a = 1\n# end', passing: 'a = 1\n# end\n' },
  'xl/uppercase-key': { failing: 'Memory = 1\n', passing: 'memory = 1\n' },
  'xl/hyphenated-key': { failing: 'on-crash = "destroy"\n', passing: 'on_crash = "destroy"\n' },
  'xl/unquoted-negative': { failing: 'rtc_timeoffset = -3600\n', passing: 'rtc_timeoffset = "-3600"\n' },
  'xl/unquoted-fraction': { failing: 'memory = 1.5\n', passing: 'memory = 1536\n' },
  'xl/bare-word': { failing: 'acpi = true\n', passing: 'acpi = 1\n' },
  'xl/bad-escape': { failing: 'extra = "\\x41"\n', passing: 'extra = "\\\\x41"\n' },
  'xl/plus-equals-mixed': { failing: 'extra = "a"\nextra += ["b"]\n', passing: 'extra = "a"\nextra += " b"\n' },
  'xl/space-in-plus-equals': { failing: 'extra + = " b"\n', passing: 'extra += " b"\n' },
  'xl/unterminated-string': { failing: 'name = "web\n', passing: 'name = "web"\n' },
  'xl/unclosed-list': { failing: 'disk = [ "a",\nname = "x"\n', passing: 'disk = [ "a", ]\nname = "x"\n' },
  'xl/nesting-too-deep': { failing: `a = ${'['.repeat(101)}${']'.repeat(101)}\n`, passing: `a = ${'['.repeat(100)}${']'.repeat(100)}\n` },
};

describe('xl parser codes', () => {
  it('has a case for every documented code, and documents every case', () => {
    assert.deepStrictEqual(Object.keys(cases).sort(), Object.keys(xlSyntaxCodes).sort());
  });

  for (const [code, { failing, passing }] of Object.entries(cases)) {
    it(`${code}: triggered, and gone once corrected`, () => {
      const errors = parse(failing).errors;
      assert.deepStrictEqual(errors.map((error) => error.code), [code]);
      assert.strictEqual(errors[0].severity ?? 'error', xlSyntaxCodes[code].severity);
      assert.deepStrictEqual(parse(passing).errors, []);
    });
  }
});
