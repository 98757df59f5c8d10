import type { FormattingOptions, TextEdit } from 'vscode-languageserver-types';
import type { VzAssignment } from '../../vz/ast';
import type { FeatureContext } from '../language';
import type { VzModel } from './model';

/**
 * Conservative formatting that never changes what vzctl or the shell reads:
 * drops blanks before a key and at line ends, puts double quotes around plain
 * unquoted values (the form `vzctl set --save` writes) and ends the file with
 * a line break. Blanks around `=` change the meaning, so they are left to a
 * quick fix. One edit per changed line, so edits never overlap. Idempotent.
 */

const PLAIN_VALUE = /^[A-Za-z0-9_.,:/+\-@%=*]+$/;

function formatLine(lineText: string, lineStart: number, assignment: VzAssignment | undefined): string {
  let result = lineText.replace(/[ \t]+$/, '');
  const indent = result.length - result.trimStart().length;
  if (indent > 0 && result.trim() !== '') result = result.slice(indent);
  if (!assignment) return result;
  const { key, value } = assignment;
  if (key.name !== key.name.trim() || value.open || value.raw === '' || value.raw !== value.text || !PLAIN_VALUE.test(value.raw)) return result;
  const from = value.span.start - lineStart - indent;
  const to = value.span.end - lineStart - indent;
  return `${result.slice(0, from)}"${result.slice(from, to)}"${result.slice(to)}`;
}

export function formatVz(model: VzModel, ctx: FeatureContext, _options: FormattingOptions): TextEdit[] {
  const { document } = ctx;
  const text = document.getText();
  const edits: TextEdit[] = [];
  const { lineStarts } = model.file;
  const byLine = new Map(model.assignments.map((bound) => [bound.node.line, bound.node]));
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  for (let line = 0; line < lineStarts.length; line++) {
    const start = lineStarts[line];
    let end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length;
    while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
    const original = text.slice(start, end);
    let formatted = formatLine(original, start, byLine.get(line));
    const lastLine = line === lineStarts.length - 1;
    if (lastLine && original.length > 0) formatted += eol;
    if (formatted !== original) {
      edits.push({ range: { start: document.positionAt(start), end: document.positionAt(end) }, newText: formatted });
    }
  }
  return edits;
}
