import type { Position, Range } from 'vscode-languageserver-types';
/** A half-open range of UTF-16 offsets, as every language's syntax tree has them. */
export interface OffsetSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Converts UTF-16 offsets to LSP positions without a TextDocument, so the
 * model can place diagnostics for callers that only hold text (the CLI, the
 * domain-spec builder). Lines break at `\r\n`, `\r` and `\n` as in
 * TextDocument; an offset inside a line break maps to the end of the line's
 * content, so every position round-trips through the client's document.
 */
export class LineIndex {
  private readonly starts: number[];

  constructor(private readonly text: string) {
    this.starts = text.includes('\r') ? lineStartsWithCr(text) : lineStarts(text);
  }

  /** Offset where the content of `line` ends (before its line break). */
  lineEnd(line: number): number {
    let end = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    while (end > this.starts[line] && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return end;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle] <= clamped) low = middle; else high = middle - 1;
    }
    return { line: low, character: Math.min(clamped, this.lineEnd(low)) - this.starts[low] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const lineStart = this.starts[position.line];
    return Math.max(lineStart, Math.min(lineStart + position.character, this.lineEnd(position.line)));
  }

  range(span: OffsetSpan): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }
}

/** The common case, LF only: indexOf scans far faster than a loop over every character. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

function lineStartsWithCr(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (code === 10 || code === 13) starts.push(i + 1);
  }
  return starts;
}
