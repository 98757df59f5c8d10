import type { Diagnostic } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FeatureContext } from '../language';
import { vzCodes } from './codes';
import { fileKindOf } from './file-kind';
import type { VzModel } from './model';
import { syntaxOnlyChecks, vzChecks, type Finding, type VzCheck } from './checks';
import { toLspSeverity } from '../severity';

export function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  const length = document.getText().length;
  const start = Math.max(0, Math.min(finding.span.start, length));
  const end = Math.max(start, Math.min(finding.span.end, length));
  const diagnostic: Diagnostic = {
    range: { start: document.positionAt(start), end: document.positionAt(end) },
    severity: toLspSeverity(finding.severity ?? vzCodes[finding.code].severity),
    code: finding.code,
    source: 'hvconf',
    message: finding.message,
  };
  if (finding.data) diagnostic.data = finding.data;
  if (finding.tags) diagnostic.tags = [...finding.tags];
  if (finding.related) {
    diagnostic.relatedInformation = finding.related.map((entry) => ({
      location: { uri: document.uri, range: { start: document.positionAt(entry.span.start), end: document.positionAt(entry.span.end) } },
      message: entry.message,
    }));
  }
  return diagnostic;
}

/** Runs checks, each guarded: a crashing rule becomes one diagnostic and the others still run. */
export function runChecks(checks: readonly VzCheck[], model: VzModel, document: TextDocument): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const fileKind = fileKindOf(document.uri, model.file);
  const report = (finding: Finding): void => { diagnostics.push(toDiagnostic(document, finding)); };
  for (const check of checks) {
    try {
      check.run({ model, document, fileKind, report });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      report({ code: 'vz/check-failed', span: { start: 0, end: 0 }, message: `The '${check.name}' rule failed: ${detail}` });
    }
  }
  return diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

export function validateVz(model: VzModel, ctx: FeatureContext): Diagnostic[] {
  const checks = model.file.text.length > ctx.settings.maxValidatedChars ? syntaxOnlyChecks : vzChecks;
  return runChecks(checks, model, ctx.document);
}
