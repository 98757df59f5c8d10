/**
 * Folding for xl configs: every list that spans lines (nested ones too), and
 * runs of two or more consecutive own-line comments.
 */
import type { FoldingRange } from 'vscode-languageserver-types';
import type { XlFile, XlValue } from '../../xl/ast';
import { LineIndex } from '../line-index';

export function foldXl(file: XlFile, text: string): FoldingRange[] {
  const index = new LineIndex(text);
  const ranges: FoldingRange[] = [];
  for (const assignment of file.assignments) {
    if (assignment.value) foldLists(assignment.value, text, index, ranges);
  }
  foldCommentRuns(file, index, ranges);
  ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  // lists opening on the same line (`[ [`) would give one range per list: editors keep one per line, the outermost
  return ranges.filter((range, index) => index === 0 || ranges[index - 1].startLine !== range.startLine);
}

function foldLists(value: XlValue, text: string, index: LineIndex, out: FoldingRange[]): void {
  if (value.kind !== 'list') return;
  const startLine = index.positionAt(value.open.start).line;
  let endLine: number;
  if (value.close) {
    const close = index.positionAt(value.close.start);
    // keep a `]` that opens its line visible, as editors do for brackets
    const closeOpensLine = /^[ \t]*$/.test(text.slice(index.lineStart(close.line), value.close.start));
    endLine = closeOpensLine ? close.line - 1 : close.line;
  } else {
    endLine = index.positionAt(value.span.end).line;
  }
  if (endLine > startLine) out.push({ startLine, endLine });
  for (const item of value.items) foldLists(item, text, index, out);
}

function foldCommentRuns(file: XlFile, index: LineIndex, out: FoldingRange[]): void {
  let runStart = -1;
  let runEnd = -1;
  const flush = () => {
    if (runStart >= 0 && runEnd > runStart) out.push({ startLine: runStart, endLine: runEnd, kind: 'comment' });
  };
  for (const comment of file.comments) {
    if (!comment.ownLine) continue;
    const line = index.positionAt(comment.span.start).line;
    if (line === runEnd + 1 && runStart >= 0) {
      runEnd = line;
    } else {
      flush();
      runStart = line;
      runEnd = line;
    }
  }
  flush();
}
