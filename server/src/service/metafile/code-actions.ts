import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { FeatureContext } from '../language';
import type { MetafileDiagnosticData, PreparedFix } from './diagnostics';

/** Quick fixes are prepared by the check that made the diagnostic; this turns them into actions. */
export function codeActionsMetafile(ctx: FeatureContext, _range: Range, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  const seen = new Set<string>();
  for (const diagnostic of diagnostics) {
    if (typeof diagnostic.code !== 'string' || !diagnostic.code.startsWith('metafile/')) continue;
    for (const fix of preparedFixes(diagnostic)) {
      const action: CodeAction = {
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [ctx.document.uri]: [...fix.edits] } },
        ...(fix.preferred ? { isPreferred: true } : {}),
      };
      const key = `${action.title}|${JSON.stringify(action.edit)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      actions.push(action);
    }
  }
  return actions;
}

function preparedFixes(diagnostic: Diagnostic): readonly PreparedFix[] {
  const data = diagnostic.data as MetafileDiagnosticData | undefined;
  return Array.isArray(data?.fixes) ? data.fixes : [];
}
