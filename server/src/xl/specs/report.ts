import type { Severity } from '../../schema/types';
import type { SpecAnalysis, SpecField, SpecIssue, SpecItem } from './types';
import type { Piece } from './split';
import { spanIn, type SpecText } from './text';

/** Collects the items and issues of one analysis. */
export class SpecReport {
  private readonly itemList: SpecItem[] = [];
  private readonly issueList: SpecIssue[] = [];

  issue(severity: Severity, text: SpecText, start: number, end: number, code: string, message: string, data?: Record<string, string>): void {
    this.issueList.push({ span: spanIn(text, start, end), message, code, severity, ...(data ? { data } : {}) });
  }

  error(text: SpecText, at: Piece | undefined, code: string, message: string, data?: Record<string, string>): void {
    this.issue('error', text, at?.start ?? 0, at?.end ?? text.value.length, code, message, data);
  }

  warning(text: SpecText, at: Piece | undefined, code: string, message: string, data?: Record<string, string>): void {
    this.issue('warning', text, at?.start ?? 0, at?.end ?? text.value.length, code, message, data);
  }

  hint(text: SpecText, at: Piece | undefined, code: string, message: string, data?: Record<string, string>): void {
    this.issue('hint', text, at?.start ?? 0, at?.end ?? text.value.length, code, message, data);
  }

  item(text: SpecText, fields: readonly SpecField[], essence: string, facts: Record<string, string>): void {
    this.itemList.push({ span: text.span, fields, essence, facts });
  }

  result(): SpecAnalysis {
    return { items: this.itemList, issues: this.issueList };
  }
}

/** A field from a key piece (absent for positional parts) and a value piece. */
export function fieldOf(text: SpecText, key: string, keyPiece: Piece | undefined, value: Piece): SpecField {
  // two literal shapes rather than a conditional spread: this runs for every part of every item
  return keyPiece
    ? { key, keySpan: spanIn(text, keyPiece.start, keyPiece.end), value: value.text, valueSpan: spanIn(text, value.start, value.end) }
    : { key, value: value.text, valueSpan: spanIn(text, value.start, value.end) };
}

/** The whole item as a piece. */
export function wholePiece(text: SpecText): Piece {
  return { text: text.value, start: 0, end: text.value.length };
}

/** Shortens long values for essences and messages. */
export function ellipsis(value: string, max = 40): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}
