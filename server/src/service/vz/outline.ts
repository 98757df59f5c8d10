import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver-types';
import type { FeatureContext } from '../language';
import type { VzModel } from './model';

/** One symbol per assignment; the detail shows the value and the parameter's topic. */
export function symbolsVz(model: VzModel, ctx: FeatureContext): DocumentSymbol[] {
  const { document } = ctx;
  return model.assignments
    .filter((bound) => bound.node.key.name.trim() !== '')
    .map((bound): DocumentSymbol => {
      const { node } = bound;
      const value = node.value.text.length > 60 ? `${node.value.text.slice(0, 57)}...` : node.value.text;
      return {
        name: node.key.name.trimEnd(),
        detail: bound.def ? `${value} · ${bound.def.topic}` : value,
        kind: bound.def?.shape.kind === 'ub' || bound.def?.shape.kind === 'quota' ? SymbolKind.Number : SymbolKind.Property,
        range: { start: document.positionAt(node.span.start), end: document.positionAt(node.span.end) },
        selectionRange: { start: document.positionAt(node.key.span.start), end: document.positionAt(node.key.span.end) },
      };
    });
}

/**
 * Folds runs of own-line comments, and paragraphs (lines between blank lines)
 * of three lines or more, which is how sample configs group their parameters.
 */
export function foldingVz(model: VzModel, ctx: FeatureContext): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const lines = ctx.document.getText().split(/\r\n|\r|\n/);
  const isComment = (line: string): boolean => line.trimStart().startsWith('#');
  let paragraphStart = -1;
  let commentStart = -1;
  for (let line = 0; line <= lines.length; line++) {
    const text = line < lines.length ? lines[line] : '';
    const blank = text.trim() === '';
    if (commentStart >= 0 && (blank || !isComment(text))) {
      if (line - 1 > commentStart) ranges.push({ startLine: commentStart, endLine: line - 1, kind: FoldingRangeKind.Comment });
      commentStart = -1;
    }
    if (!blank && isComment(text) && commentStart < 0) commentStart = line;
    if (blank) {
      if (paragraphStart >= 0 && line - 1 - paragraphStart >= 2) ranges.push({ startLine: paragraphStart, endLine: line - 1, kind: FoldingRangeKind.Region });
      paragraphStart = -1;
    } else if (paragraphStart < 0) {
      paragraphStart = line;
    }
  }
  void model;
  return ranges.filter((range, index) => ranges.findIndex((other) => other.startLine === range.startLine && other.endLine === range.endLine) === index);
}
