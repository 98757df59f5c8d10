import type { VzDialect, VzQuote, VzValue } from './ast';

/**
 * Reads one line the way vzctl does (reference openvz.md §1.2). Both dialects
 * first drop every backslash and keep the character after it; they differ in
 * how quotes and `#` are treated.
 */

/** A character of the line after backslash removal, with where it came from. */
interface SourceChar {
  readonly ch: string;
  readonly at: number;
}

const isBlank = (ch: string): boolean => ch === ' ' || ch === '\t' || ch === '\f' || ch === '\v' || ch === '\r' || ch === '\n';

/** Removes backslashes, keeping the character after each one literally. */
export function unescapeLine(line: string, lineStart: number): SourceChar[] {
  const chars: SourceChar[] = [];
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') {
      if (i + 1 < line.length) chars.push({ ch: line[i + 1], at: lineStart + i + 1 });
      i++;
      continue;
    }
    chars.push({ ch: line[i], at: lineStart + i });
  }
  return chars;
}

export type LineShape =
  | { readonly kind: 'blank' }
  | { readonly kind: 'comment' }
  | { readonly kind: 'no-equals'; readonly start: number; readonly end: number }
  | { readonly kind: 'assignment'; readonly keyText: string; readonly keyStart: number; readonly keyEnd: number; readonly equalsAt: number; readonly value: VzValue };

/** VZ7 `uncommentstr`: a `#` at the start of a word outside quotes ends the line. */
function dropShellComment(chars: SourceChar[]): SourceChar[] {
  let quote: string | undefined;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i].ch;
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '#' && (i === 0 || isBlank(chars[i - 1].ch))) {
      return chars.slice(0, i);
    }
  }
  return chars;
}

function trimEnd(chars: SourceChar[]): SourceChar[] {
  let end = chars.length;
  while (end > 0 && isBlank(chars[end - 1].ch)) end--;
  return chars.slice(0, end);
}

function makeValue(
  documentText: string,
  valueChars: SourceChar[],
  textFrom: number,
  textTo: number,
  spanStart: number,
  spanEnd: number,
  quotes: { open?: VzQuote; close?: VzQuote; unmatched: boolean; commentAt?: number },
): VzValue {
  const inner = valueChars.slice(textFrom, textTo);
  const text = inner.map((c) => c.ch).join('');
  const closing = quotes.close ? quotes.close.span.start : spanEnd;
  const toDocument = (offset: number): number => {
    if (offset < 0) return inner.length > 0 ? inner[0].at : closing;
    if (offset >= inner.length) return inner.length > 0 && !quotes.close ? inner[inner.length - 1].at + 1 : closing;
    return inner[offset].at;
  };
  return {
    span: { start: spanStart, end: spanEnd },
    raw: documentText.slice(spanStart, spanEnd),
    text,
    open: quotes.open,
    close: quotes.close,
    unmatchedQuote: quotes.unmatched,
    commentInValueAt: quotes.commentAt,
    toDocument,
  };
}

function quoteAt(char: SourceChar): VzQuote {
  return { char: char.ch as '"' | "'", span: { start: char.at, end: char.at + 1 } };
}

/** Offset of a shell-style `#` (start of a word) in an unquoted legacy value. */
function shellCommentIndex(chars: SourceChar[]): number | undefined {
  for (let i = 0; i < chars.length; i++) {
    if (chars[i].ch === '#' && (i === 0 || isBlank(chars[i - 1].ch))) return i;
  }
  return undefined;
}

/**
 * Splits one line (without its line break) into key and value as the dialect's
 * parser does. `lineStart` is the document offset of the line.
 */
export function readLine(documentText: string, line: string, lineStart: number, dialect: VzDialect): LineShape {
  let chars = unescapeLine(line, lineStart);
  let first = 0;
  while (first < chars.length && isBlank(chars[first].ch)) first++;
  if (first === chars.length) return { kind: 'blank' };
  if (chars[first].ch === '#') return { kind: 'comment' };
  chars = chars.slice(first);
  if (dialect === 'vz7') chars = dropShellComment(chars);
  chars = trimEnd(chars);
  const lineEnd = chars.length > 0 ? chars[chars.length - 1].at + 1 : lineStart + first;
  const eq = chars.findIndex((c) => c.ch === '=');
  if (eq < 0) return { kind: 'no-equals', start: chars[0]?.at ?? lineStart, end: lineEnd };

  const keyText = chars.slice(0, eq).map((c) => c.ch).join('');
  const keyStart = chars[0].at;
  const equalsAt = chars[eq].at;
  const valueChars = chars.slice(eq + 1);
  const spanStart = equalsAt + 1;
  const spanEnd = valueChars.length > 0 ? valueChars[valueChars.length - 1].at + 1 : spanStart;

  let value: VzValue;
  if (dialect === 'legacy') {
    if (valueChars.length > 0 && valueChars[0].ch === '"') {
      let last = -1;
      for (let i = valueChars.length - 1; i > 0; i--) if (valueChars[i].ch === '"') { last = i; break; }
      if (last < 0) {
        value = makeValue(documentText, valueChars, 1, valueChars.length, spanStart, spanEnd, { open: quoteAt(valueChars[0]), unmatched: true });
      } else {
        const closeEnd = valueChars[last].at + 1;
        value = makeValue(documentText, valueChars, 1, last, spanStart, closeEnd, { open: quoteAt(valueChars[0]), close: quoteAt(valueChars[last]), unmatched: false });
      }
    } else {
      value = makeValue(documentText, valueChars, 0, valueChars.length, spanStart, spanEnd, { unmatched: false, commentAt: shellCommentIndex(valueChars) });
    }
  } else {
    let from = 0;
    let to = valueChars.length;
    let open: VzQuote | undefined;
    let close: VzQuote | undefined;
    if (to > 0 && (valueChars[0].ch === '"' || valueChars[0].ch === "'")) { open = quoteAt(valueChars[0]); from = 1; }
    if (to > from && (valueChars[to - 1].ch === '"' || valueChars[to - 1].ch === "'")) { close = quoteAt(valueChars[to - 1]); to--; }
    value = makeValue(documentText, valueChars, from, to, spanStart, spanEnd, { open, close, unmatched: false });
  }
  return { kind: 'assignment', keyText, keyStart, keyEnd: equalsAt, equalsAt, value };
}
