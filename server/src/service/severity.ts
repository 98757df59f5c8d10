import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { Severity } from '../schema/types';
import type { SeverityOverride } from './settings';

const TO_LSP: Record<Exclude<SeverityOverride, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The LSP severity of a schema severity; every language's diagnostics go through this. */
export function toLspSeverity(severity: Severity): DiagnosticSeverity {
  return TO_LSP[severity];
}

export function severityName(severity: DiagnosticSeverity | undefined): Exclude<SeverityOverride, 'off'> {
  switch (severity) {
    case DiagnosticSeverity.Warning: return 'warning';
    case DiagnosticSeverity.Information: return 'information';
    case DiagnosticSeverity.Hint: return 'hint';
    default: return 'error';
  }
}

/** Applies the user's per-code severity settings; 'off' removes the diagnostic. */
export function applySeverityOverrides(
  diagnostics: Diagnostic[],
  overrides: Readonly<Record<string, SeverityOverride>>,
): Diagnostic[] {
  const result: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const override = typeof diagnostic.code === 'string' ? overrides[diagnostic.code] : undefined;
    if (override === 'off') continue;
    result.push(override ? { ...diagnostic, severity: TO_LSP[override] } : diagnostic);
  }
  return result;
}
