import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { Span } from '../../metafile/ast';
import type { Severity } from '../../schema/types';
import { metafileCodes, type MetafileCode } from './codes';
import type { PreparedFix } from '../prepared-fix';
import { toLspSeverity } from '../severity';
import type { MetafileModel } from './model';

export type { PreparedFix } from '../prepared-fix';

export interface MetafileDiagnosticData {
  readonly fixes: readonly PreparedFix[];
}

export const SOURCE = 'hvconf';

export interface DiagnosticOptions {
  readonly severity?: Severity;
  readonly fixes?: readonly PreparedFix[];
}

export function makeDiagnostic(model: MetafileModel, span: Span, code: MetafileCode, message: string, options: DiagnosticOptions = {}): Diagnostic {
  const diagnostic: Diagnostic = {
    range: model.lines.range(span),
    severity: toLspSeverity(options.severity ?? metafileCodes[code].severity),
    code,
    source: SOURCE,
    message,
  };
  if (options.fixes && options.fixes.length > 0) diagnostic.data = { fixes: options.fixes } satisfies MetafileDiagnosticData;
  return diagnostic;
}

export function replaceEdit(model: MetafileModel, span: Span, newText: string): TextEdit {
  return { range: model.lines.range(span), newText };
}

/** Span of a whole line including its line break, for fixes that delete lines. */
export function lineWithBreak(model: MetafileModel, span: Span): Span {
  const endLine = model.lines.positionAt(span.end).line;
  const next = endLine + 1 < model.lines.lineCount() ? model.lines.lineStart(endLine + 1) : model.text.length;
  return { start: span.start, end: next };
}
