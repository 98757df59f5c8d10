import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { MetafileModel } from './model';

/** A fold per section (header to last value) and per block of two or more comment lines. */
export function foldingMetafile(model: MetafileModel): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  for (const section of model.ast.sections) {
    const startLine = model.lines.positionAt(section.span.start).line;
    const endLine = model.lines.positionAt(section.span.end).line;
    if (endLine > startLine) ranges.push({ startLine, endLine });
  }
  let blockStart: number | undefined;
  let previous: number | undefined;
  const flush = (): void => {
    if (blockStart !== undefined && previous !== undefined && previous > blockStart) {
      ranges.push({ startLine: blockStart, endLine: previous, kind: FoldingRangeKind.Comment });
    }
  };
  for (const comment of model.ast.comments) {
    const line = model.lines.positionAt(comment.span.start).line;
    if (previous !== undefined && line === previous + 1) {
      previous = line;
      continue;
    }
    flush();
    blockStart = line;
    previous = line;
  }
  flush();
  return ranges.sort((a, b) => a.startLine - b.startLine);
}
