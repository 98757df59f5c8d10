import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { FeatureContext } from '../language';
import type { VzModel } from './model';

/**
 * Quick fixes dispatch on diagnostic codes and return real edits. The facts a
 * fix needs travel in `diagnostic.data`, set by the check that found the problem:
 * `replacement` replaces the diagnostic's range, `valueReplacement` the value
 * between its quotes.
 */

interface FixData {
  readonly replacement?: string;
  readonly valueReplacement?: string;
  readonly lines?: readonly string[];
}

function fix(title: string, diagnostic: Diagnostic, uri: string, edits: TextEdit[], preferred = false): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: preferred, edit: { changes: { [uri]: edits } } };
}

function innerValueRange(model: VzModel, ctx: FeatureContext, line: number): Range | undefined {
  const bound = model.assignments.find((candidate) => candidate.node.line === line);
  if (!bound) return undefined;
  const { value } = bound.node;
  const start = value.open ? value.open.span.end : value.span.start;
  const end = value.close ? value.close.span.start : value.span.end;
  return { start: ctx.document.positionAt(start), end: ctx.document.positionAt(end) };
}

function lineRange(ctx: FeatureContext, line: number): Range {
  const next = line + 1 < ctx.document.lineCount ? { line: line + 1, character: 0 } : ctx.document.positionAt(ctx.document.getText().length);
  return { start: { line, character: 0 }, end: next };
}

function fixesFor(model: VzModel, ctx: FeatureContext, diagnostic: Diagnostic): CodeAction[] {
  const uri = ctx.document.uri;
  const data = (diagnostic.data ?? {}) as FixData;
  const code = String(diagnostic.code);
  const line = diagnostic.range.start.line;
  if (data.replacement !== undefined) {
    const title = code === 'vz/unknown-key' || code === 'vz/invalid-enum' ? `Change to '${data.replacement}'`
      : code === 'vz/suspicious-unit' ? `Add the unit: ${data.replacement}` : `Replace with ${data.replacement}`;
    return [fix(title, diagnostic, uri, [{ range: diagnostic.range, newText: data.replacement }], true)];
  }
  if (data.valueReplacement !== undefined) {
    const range = innerValueRange(model, ctx, line);
    if (!range) return [];
    const title = code === 'vz/barrier-not-equal-limit' ? `Set barrier = limit (${data.valueReplacement})`
      : code === 'vz/limit-not-unlimited' ? `Set the limit to unlimited (${data.valueReplacement})`
        : code === 'vz/not-shell-safe' ? 'Quote the value' : `Set the value to ${data.valueReplacement}`;
    return [fix(title, diagnostic, uri, [{ range, newText: data.valueReplacement }], true)];
  }
  switch (code) {
    case 'vz/space-around-equals':
      return [fix("Remove the blanks around '='", diagnostic, uri, [{ range: diagnostic.range, newText: '=' }], true)];
    case 'vz/duplicate-key':
      return [fix('Remove this repeated line', diagnostic, uri, [{ range: lineRange(ctx, line), newText: '' }])];
    case 'vz/unmatched-quote': {
      const bound = model.assignments.find((candidate) => candidate.node.line === line);
      if (!bound) return [];
      const end = ctx.document.positionAt(bound.node.value.span.end);
      return [fix('Close the quote', diagnostic, uri, [{ range: { start: end, end }, newText: '"' }], true)];
    }
    case 'vz/comment-in-value': {
      const bound = model.assignments.find((candidate) => candidate.node.line === line);
      const at = bound?.node.value.commentInValueAt;
      if (!bound || at === undefined) return [];
      const kept = bound.node.value.text.slice(0, at).trimEnd();
      if (/["\\$`]/.test(kept)) return [];
      const start = ctx.document.positionAt(bound.node.value.span.start);
      const end = ctx.document.positionAt(bound.node.value.toDocument(at));
      return [fix('Quote the value so the comment stays a comment', diagnostic, uri, [{ range: { start, end }, newText: `"${kept}" ` }], true)];
    }
    case 'vz/missing-required': {
      if (!data.lines || data.lines.length === 0) return [];
      const text = ctx.document.getText();
      const end = ctx.document.positionAt(text.length);
      const prefix = text.length > 0 && !text.endsWith('\n') ? '\n' : '';
      return [fix('Add the missing parameters with the basic sample\'s values', diagnostic, uri,
        [{ range: { start: end, end }, newText: `${prefix}${data.lines.join('\n')}\n` }])];
    }
    default:
      return [];
  }
}

export function codeActionsVz(model: VzModel, ctx: FeatureContext, _range: Range, diagnostics: readonly Diagnostic[]): CodeAction[] {
  return diagnostics
    .filter((diagnostic) => typeof diagnostic.code === 'string' && diagnostic.code.startsWith('vz/'))
    .flatMap((diagnostic) => fixesFor(model, ctx, diagnostic));
}
