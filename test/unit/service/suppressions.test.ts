import * as assert from 'assert';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { dropSuppressed, findSuppressions } from '../../../server/src/service/suppressions';

function diagnosticAt(line: number, code: string): Diagnostic {
  return { range: { start: { line, character: 0 }, end: { line, character: 1 } }, message: code, code, severity: DiagnosticSeverity.Warning };
}

describe('hvconf-disable comments', () => {
  it('silences the next line when the comment stands alone', () => {
    const text = '# hvconf-disable xl/unknown-key\nfoo = 1\nbar = 2\n';
    const kept = dropSuppressed([diagnosticAt(1, 'xl/unknown-key'), diagnosticAt(2, 'xl/unknown-key')], findSuppressions(text));
    assert.deepStrictEqual(kept.map((d) => d.range.start.line), [2]);
  });

  it('silences its own line when it trails a statement, and only the named codes', () => {
    const text = 'foo = 1 # hvconf-disable xl/unknown-key, xl/duplicate-key\n';
    const kept = dropSuppressed(
      [diagnosticAt(0, 'xl/unknown-key'), diagnosticAt(0, 'xl/duplicate-key'), diagnosticAt(0, 'xl/bad-number')],
      findSuppressions(text),
    );
    assert.deepStrictEqual(kept.map((d) => d.code), ['xl/bad-number']);
  });
});
