import { DiagnosticSeverity, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import type { Span } from '../../metafile/ast';
import type { Severity } from '../../schema/types';
import { metafileCodes, type MetafileCode } from './codes';
import type { MetafileModel } from './model';

/** A quick fix prepared with the diagnostic, so code actions need no re-analysis. */
export interface PreparedFix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  readonly preferred?: boolean;
}

export interface MetafileDiagnosticData {
  readonly fixes: readonly PreparedFix[];
}

export const SOURCE = 'hvconf';

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface DiagnosticOptions {
  readonly severity?: Severity;
  readonly fixes?: readonly PreparedFix[];
}

export function makeDiagnostic(model: MetafileModel, span: Span, code: MetafileCode, message: string, options: DiagnosticOptions = {}): Diagnostic {
  const diagnostic: Diagnostic = {
    range: model.lines.range(span),
    severity: LSP_SEVERITY[options.severity ?? metafileCodes[code].severity],
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
