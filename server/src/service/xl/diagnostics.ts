import type { Diagnostic, DiagnosticRelatedInformation, TextEdit } from 'vscode-languageserver-types';
import type { Severity } from '../../schema/types';
import type { Span, XlAssignment } from '../../xl/ast';
import { xlCodes } from './codes';
import type { PreparedFix } from '../prepared-fix';
import { toLspSeverity } from '../severity';
import type { XlModel } from './model';

export type { PreparedFix } from '../prepared-fix';

export interface XlDiagnosticData {
  readonly fixes?: readonly PreparedFix[];
  /** extra facts for a fix computed later (e.g. the suggested key) */
  readonly [key: string]: unknown;
}

export const SOURCE = 'hvconf';

export { toLspSeverity };

export interface DiagnosticOptions {
  readonly severity?: Severity;
  readonly fixes?: readonly PreparedFix[];
  readonly data?: Record<string, unknown>;
  readonly related?: readonly { readonly span: Span; readonly message: string }[];
  readonly uri?: string;
  readonly tags?: Diagnostic['tags'];
}

export function makeDiagnostic(model: XlModel, span: Span, code: string, message: string, options: DiagnosticOptions = {}): Diagnostic {
  const severity = options.severity ?? xlCodes[code]?.severity ?? 'error';
  const diagnostic: Diagnostic = {
    range: model.lines.range(span),
    severity: toLspSeverity(severity),
    code,
    source: SOURCE,
    message,
  };
  if (options.fixes || options.data) diagnostic.data = { ...(options.data ?? {}), fixes: options.fixes ?? [] } satisfies XlDiagnosticData;
  if (options.tags) diagnostic.tags = [...options.tags];
  if (options.related && options.uri) {
    const uri = options.uri;
    diagnostic.relatedInformation = options.related.map((entry): DiagnosticRelatedInformation => ({
      location: { uri, range: model.lines.range(entry.span) },
      message: entry.message,
    }));
  }
  return diagnostic;
}

export function replaceEdit(model: XlModel, span: Span, newText: string): TextEdit {
  return { range: model.lines.range(span), newText };
}

/**
 * The whole line(s) of a statement, with its line break, when nothing else
 * shares them; otherwise just the statement (and a following `;`).
 */
export function lineSpan(model: XlModel, span: Span): Span {
  const text = model.text;
  let start = span.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  let end = span.end;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  if (text[end] === ';') end++;
  const atLineStart = start === 0 || text[start - 1] === '\n';
  let rest = end;
  while (rest < text.length && (text[rest] === ' ' || text[rest] === '\t')) rest++;
  if (text[rest] === '#') while (rest < text.length && text[rest] !== '\n') rest++;
  const atLineEnd = rest >= text.length || text[rest] === '\n' || (text[rest] === '\r' && text[rest + 1] === '\n');
  if (atLineStart && atLineEnd) {
    if (text[rest] === '\r') rest++;
    return { start, end: rest < text.length ? rest + 1 : rest };
  }
  let after = end;
  if (text[end - 1] === ';') while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after++;
  return { start: span.start, end: after };
}

/** A fix deleting a statement (its whole line when it has the line to itself). */
export function removeStatementFix(model: XlModel, assignment: XlAssignment, title: string, preferred = true): PreparedFix {
  return { title, edits: [replaceEdit(model, lineSpan(model, assignment.span), '')], preferred };
}
