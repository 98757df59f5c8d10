import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { FeatureContext } from '../language';
import type { PreparedFix, XlDiagnosticData } from './diagnostics';
import { xlKeys } from '../../schema/xl/index';
import type { XlModel } from './model';
import { booleanWordValue } from './values';

/**
 * Quick fixes. Most are prepared by the check that made the diagnostic (in
 * `Diagnostic.data.fixes`); the whole-file ones for the parser's codes are
 * computed here from the text.
 */
export function codeActionsXl(model: XlModel, ctx: FeatureContext, _range: Range, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  const uri = ctx.document.uri;
  for (const diagnostic of diagnostics) {
    for (const fix of preparedFixes(diagnostic)) actions.push(toAction(uri, fix, diagnostic));
    for (const fix of textFixes(model, diagnostic)) actions.push(toAction(uri, fix, diagnostic));
  }
  return dedupe(actions);
}

function preparedFixes(diagnostic: Diagnostic): readonly PreparedFix[] {
  const data = diagnostic.data as XlDiagnosticData | undefined;
  return Array.isArray(data?.fixes) ? data.fixes : [];
}

function toAction(uri: string, fix: PreparedFix, diagnostic: Diagnostic): CodeAction {
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: fix.preferred,
    edit: { changes: { [uri]: [...fix.edits] } },
  };
}

/** Fixes for the parser's codes, computed from the text under the diagnostic. */
function textFixes(model: XlModel, diagnostic: Diagnostic): PreparedFix[] {
  const text = model.text;
  const start = model.lines.offsetAt(diagnostic.range.start);
  const end = model.lines.offsetAt(diagnostic.range.end);
  const replace = (from: number, to: number, newText: string): TextEdit => ({ range: model.lines.range({ start: from, end: to }), newText });
  switch (diagnostic.code) {
    case 'xl/crlf-line-end':
      return [{ title: 'Convert line endings to LF (xl rejects CR)', edits: [replace(0, text.length, text.replace(/\r\n?/g, '\n'))], preferred: true }];
    case 'xl/bom':
      return text.charCodeAt(0) === 0xfeff ? [{ title: 'Remove the byte-order mark', edits: [replace(0, 1, '')], preferred: true }] : [];
    case 'xl/unquoted-negative':
    case 'xl/unquoted-fraction': {
      const number = numberAround(text, start);
      return number ? [{ title: `Quote the number: "${number.text}"`, edits: [replace(number.start, number.end, `"${number.text}"`)], preferred: true }] : [];
    }
    case 'xl/comment-at-eof':
      return text.endsWith('\n') ? [] : [{ title: 'Add a final newline', edits: [replace(text.length, text.length, '\n')], preferred: true }];
    case 'xl/bare-word': {
      const word = text.slice(start, end);
      const key = /([a-z][._0-9a-z]*)[ \t]*\+?=[ \t]*(?:\[[^\n]*)?$/.exec(text.slice(model.lines.lineStart(diagnostic.range.start.line), start))?.[1];
      const def = key ? xlKeys.get(key) : undefined;
      const numeric = def && (def.readAs === 'boolean' || def.readAs === 'integer') ? booleanWordValue(word) : undefined;
      if (numeric !== undefined) return [{ title: `Replace with ${numeric}`, edits: [replace(start, end, String(numeric))], preferred: true }];
      return /^[^'"\s]+$/.test(word) ? [{ title: `Quote it: "${word}"`, edits: [replace(start, end, `"${word}"`)], preferred: true }] : [];
    }
    case 'xl/uppercase-key':
    case 'xl/hyphenated-key': {
      const key = /^[A-Za-z_][A-Za-z0-9_.-]*/.exec(text.slice(start))?.[0];
      if (!key) return [];
      const fixed = key.toLowerCase().replace(/-/g, '_');
      return fixed !== key && /^[a-z][._0-9a-z]*$/.test(fixed)
        ? [{ title: `Rename to \`${fixed}\``, edits: [replace(start, start + key.length, fixed)], preferred: xlKeys.has(fixed) }]
        : [];
    }
    default:
      return [];
  }
}

/** The signed or fractional number that starts at (or just before) `offset`. */
function numberAround(text: string, offset: number): { start: number; end: number; text: string } | undefined {
  let start = offset;
  while (start > 0 && /[0-9.+-]/.test(text[start - 1])) start--;
  const match = /^[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?/.exec(text.slice(start, start + 64));
  return match ? { start, end: start + match[0].length, text: match[0] } : undefined;
}

function dedupe(actions: CodeAction[]): CodeAction[] {
  const seen = new Set<string>();
  return actions.filter((action) => {
    const key = `${action.title}|${JSON.stringify(action.edit)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
