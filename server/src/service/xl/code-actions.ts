import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { FeatureContext } from '../language';
import type { PreparedFix, XlDiagnosticData } from './diagnostics';
import type { XlModel } from './model';

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

/** Fixes for lexical errors that xl reports, found by looking at the text under the diagnostic. */
function textFixes(model: XlModel, diagnostic: Diagnostic): PreparedFix[] {
  const fixes: PreparedFix[] = [];
  const text = model.text;
  const wholeFile = (newText: string): TextEdit => ({ range: { start: { line: 0, character: 0 }, end: model.lines.positionAt(text.length) }, newText });
  const code = typeof diagnostic.code === 'string' ? diagnostic.code : '';
  if (text.includes('\r') && (/crlf|carriage|\bcr\b/i.test(code) || /\\r|carriage return|CRLF/i.test(diagnostic.message))) {
    fixes.push({ title: 'Convert line endings to LF (xl rejects CR)', edits: [wholeFile(text.replace(/\r\n?/g, '\n'))], preferred: true });
  }
  if (text.charCodeAt(0) === 0xfeff && diagnostic.range.start.line === 0 && diagnostic.range.start.character <= 1 && /bom|byte order|lexical/i.test(code + diagnostic.message)) {
    fixes.push({ title: 'Remove the byte-order mark', edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, newText: '' }], preferred: true });
  }
  const start = model.lines.offsetAt(diagnostic.range.start);
  const number = /^[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?/.exec(text.slice(start, start + 40));
  const before = text.slice(Math.max(0, start - 200), start);
  const inValuePosition = /(?:\+?=|\[|,)[ \t]*$/.test(before);
  if (number && inValuePosition && /[-+.]/.test(number[0]) && /lexical|python|number|syntax/i.test(code + diagnostic.message)) {
    const span = { start, end: start + number[0].length };
    fixes.push({ title: `Quote the number: "${number[0]}"`, edits: [{ range: model.lines.range(span), newText: `"${number[0]}"` }], preferred: true });
  }
  if (/final comment|comment.*newline|no newline|end of file/i.test(code + ' ' + diagnostic.message) && !text.endsWith('\n')) {
    const end = model.lines.positionAt(text.length);
    fixes.push({ title: 'Add a final newline', edits: [{ range: { start: end, end }, newText: '\n' }], preferred: true });
  }
  return fixes;
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
