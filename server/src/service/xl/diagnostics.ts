import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type TextEdit } from 'vscode-languageserver-types';
import type { Severity } from '../../schema/types';
import type { Span } from '../../xl/ast';
import { xlCodes } from './codes';
import type { XlModel } from './model';

/** A quick fix prepared when the diagnostic is made, so code actions need no re-analysis. */
export interface PreparedFix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  readonly preferred?: boolean;
}

export interface XlDiagnosticData {
  readonly fixes?: readonly PreparedFix[];
  /** extra facts for a fix computed later (e.g. the suggested key) */
  readonly [key: string]: unknown;
}

export const SOURCE = 'hvconf';

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspSeverity(severity: Severity): DiagnosticSeverity {
  return LSP_SEVERITY[severity];
}

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
