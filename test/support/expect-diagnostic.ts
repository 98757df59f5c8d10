/** Finding one expected diagnostic among those a document got, for every language's service tests. */
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Severity } from '../../server/src/schema/types';
import { toLspSeverity } from '../../server/src/service/severity';

export interface ExpectedDiagnostic {
  readonly severity?: Severity;
  /** zero-based line the diagnostic starts on */
  readonly line?: number;
  /** the document text the range covers */
  readonly covers?: string;
  readonly message?: string | RegExp;
}

/** Asserts a diagnostic with `code` is among `found` and matches `expected`; returns it. */
export function findExpectedDiagnostic(text: string, found: readonly Diagnostic[], code: string, expected: ExpectedDiagnostic): Diagnostic {
  const candidates = found.filter((diagnostic) => diagnostic.code === code);
  assert.ok(candidates.length > 0, `expected ${code}; got ${JSON.stringify(found.map((d) => `${d.code}: ${d.message}`))}`);
  const document = TextDocument.create('file:///x', 'plaintext', 0, text);
  const matching = candidates.find((diagnostic) =>
    (expected.severity === undefined || diagnostic.severity === toLspSeverity(expected.severity)) &&
    (expected.line === undefined || diagnostic.range.start.line === expected.line) &&
    (expected.covers === undefined || document.getText(diagnostic.range) === expected.covers) &&
    (expected.message === undefined || (typeof expected.message === 'string' ? diagnostic.message.includes(expected.message) : expected.message.test(diagnostic.message))));
  assert.ok(matching, `no ${code} matches ${JSON.stringify(expected)}; candidates: ${JSON.stringify(candidates.map((d) => ({
    severity: d.severity, line: d.range.start.line, covers: document.getText(d.range), message: d.message,
  })))}`);
  return matching;
}
