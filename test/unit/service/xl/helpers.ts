import * as assert from 'assert';
import { assertHoverContains, withCursor } from '../../../support/cursor';
import { findExpectedDiagnostic, type ExpectedDiagnostic as BaseExpectation } from '../../../support/expect-diagnostic';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  DiagnosticSeverity, type CodeAction, type CompletionItem, type Diagnostic, type Hover, type TextEdit,
} from 'vscode-languageserver-types';
import { createLanguageService, type LanguageService } from '../../../../server/src/service/index';

/** Errors logged by the service fail the test that caused them. */
export const loggedErrors: string[] = [];

export const service: LanguageService = createLanguageService({ logError: (message) => loggedErrors.push(message) });

let version = 0;

export { CURSOR, withCursor } from '../../../support/cursor';

export function xlDocument(text: string, uri = 'file:///etc/xen/guest.cfg'): TextDocument {
  version += 1;
  return TextDocument.create(uri, 'xen-xl', version, text);
}

/** Removes the `<|>` marker and returns the text and the marker's offset. */
export function diagnosticsOf(text: string, uri?: string): Diagnostic[] {
  return service.validate(xlDocument(text, uri));
}

export function codesOf(text: string): string[] {
  return diagnosticsOf(text).map((diagnostic) => String(diagnostic.code));
}

export type ExpectedDiagnostic = BaseExpectation;

/** Asserts one diagnostic with `code` exists and matches; returns it. */
export function expectDiagnostic(text: string, code: string, expected: ExpectedDiagnostic = {}): Diagnostic {
  const found = diagnosticsOf(text);
  return findExpectedDiagnostic(text, found, code, expected);
}

export function expectNoDiagnostic(text: string, code: string): void {
  const found = diagnosticsOf(text).filter((diagnostic) => diagnostic.code === code);
  assert.deepStrictEqual(found.map((d) => d.message), [], `unexpected ${code}`);
}

export function expectNoErrors(text: string): void {
  const errors = diagnosticsOf(text).filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error);
  assert.deepStrictEqual(errors.map((d) => `${d.code}: ${d.message}`), []);
}

export function completionAt(marked: string): CompletionItem[] {
  const { text, offset } = withCursor(marked);
  const document = xlDocument(text);
  const list = service.complete(document, document.positionAt(offset));
  assert.strictEqual(list.isIncomplete, false);
  return list.items;
}

export interface ExpectedCompletion {
  readonly includes?: readonly string[];
  readonly excludes?: readonly string[];
  /** the label sorted first */
  readonly first?: string;
}

export function expectCompletion(marked: string, expected: ExpectedCompletion): CompletionItem[] {
  const items = completionAt(marked);
  const labels = items.map((item) => item.label);
  for (const label of expected.includes ?? []) assert.ok(labels.includes(label), `completion lacks ${label}; got ${labels.slice(0, 40).join(', ')}`);
  for (const label of expected.excludes ?? []) assert.ok(!labels.includes(label), `completion should not offer ${label}`);
  if (expected.first) {
    const sorted = [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
    assert.strictEqual(sorted[0]?.label, expected.first);
  }
  return items;
}

export function hoverAt(marked: string): Hover | null {
  const { text, offset } = withCursor(marked);
  const document = xlDocument(text);
  return service.hover(document, document.positionAt(offset));
}

export function expectHover(marked: string, ...contains: (string | RegExp)[]): string {
  return assertHoverContains(hoverAt(marked), contains);
}

/** Applies the quick fix titled like `title` offered for the first diagnostic with `code`. */
export function applyQuickFix(text: string, code: string, title?: string | RegExp): string {
  const document = xlDocument(text);
  const diagnostic = service.validate(document).find((candidate) => candidate.code === code);
  assert.ok(diagnostic, `no ${code} diagnostic to fix`);
  const actions = service.codeActions(document, diagnostic.range, [diagnostic]);
  const action = actions.find((candidate: CodeAction) => title === undefined || (typeof title === 'string' ? candidate.title.includes(title) : title.test(candidate.title)));
  assert.ok(action?.edit?.changes, `no quick fix ${String(title)} for ${code}; got ${actions.map((a) => a.title).join(', ')}`);
  const edits: TextEdit[] = action.edit.changes[document.uri] ?? [];
  return TextDocument.applyEdits(document, edits);
}

/** A config xl accepts as is: a PV guest with a kernel. */
export const minimalPv = 'name = "web"\nkernel = "/boot/vmlinuz"\nmemory = 512\n';
