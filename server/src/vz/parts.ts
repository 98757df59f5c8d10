import type { Span, VzItem, VzPair, VzPairPart, VzValue } from './ast';

/**
 * Sub-structure of a value: `barrier:limit` pairs, list items and the fields of
 * an item, each with document spans so diagnostics land inside the quotes.
 */

/** Document span of the characters `[from, to)` of the value's text. */
export function textSpan(value: VzValue, from: number, to: number): Span {
  if (to <= from) {
    const at = value.toDocument(from);
    return { start: at, end: at };
  }
  return { start: value.toDocument(from), end: value.toDocument(to - 1) + 1 };
}

/** Document span of the whole value text, inside any quotes. */
export function innerSpan(value: VzValue): Span {
  return textSpan(value, 0, value.text.length);
}

function part(value: VzValue, from: number, to: number): VzPairPart {
  return { text: value.text.slice(from, to), span: textSpan(value, from, to), at: from };
}

/** `A[:B]`: a single side means barrier = limit (reference §1.3). */
export function splitPair(value: VzValue): VzPair {
  const colon = value.text.indexOf(':');
  if (colon < 0) return { barrier: part(value, 0, value.text.length) };
  return {
    barrier: part(value, 0, colon),
    limit: part(value, colon + 1, value.text.length),
    colon: textSpan(value, colon, colon + 1),
  };
}

/** Splits the value text (or a stretch of it) into non-empty runs between separator characters. */
export function splitItems(value: VzValue, separators: string, from = 0, to = value.text.length): VzItem[] {
  const items: VzItem[] = [];
  let start = -1;
  for (let i = from; i <= to; i++) {
    const separator = i === to || separators.includes(value.text[i]);
    if (separator) {
      if (start >= 0) items.push({ text: value.text.slice(start, i), span: textSpan(value, start, i), at: start });
      start = -1;
    } else if (start < 0) {
      start = i;
    }
  }
  return items;
}

/** Splits an item into fields at every `separator`, keeping empty fields. */
export function splitFields(value: VzValue, item: VzItem, separator: string): VzItem[] {
  const fields: VzItem[] = [];
  let start = item.at;
  const end = item.at + item.text.length;
  for (let i = item.at; i <= end; i++) {
    if (i === end || value.text[i] === separator) {
      fields.push({ text: value.text.slice(start, i), span: textSpan(value, start, i), at: start });
      start = i + 1;
    }
  }
  return fields;
}

export const BLANKS = ' \t';
export const BLANKS_AND_COMMAS = ' \t,';
