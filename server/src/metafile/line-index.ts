import type { Position, Range } from 'vscode-languageserver-types';
import type { Span } from './ast';

/**
 * Offsets to LSP positions for callers that hold only text (the CLI, the
 * template builder). Line breaks are `\n`, `\r\n` and `\r`, as in LSP.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
      if (code === 10 || code === 13) this.starts.push(i + 1);
    }
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle] <= clamped) low = middle; else high = middle - 1;
    }
    return { line: low, character: clamped - this.starts[low] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const lineStart = this.starts[position.line];
    const lineEnd = this.lineEnd(position.line);
    return Math.max(lineStart, Math.min(lineStart + position.character, lineEnd));
  }

  /** offset of the end of a line's content, before its line break */
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length + 1;
    let end = Math.min(next, this.text.length + 1) - 1;
    if (line + 1 >= this.starts.length) return this.text.length;
    if (end > 0 && this.text[end - 1] === '\r' && this.text[end] === '\n') end--;
    return end;
  }

  range(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }
}
