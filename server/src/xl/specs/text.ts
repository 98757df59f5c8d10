import type { Span, XlValue } from '../ast';

/**
 * The text of one spec item with a way back to the document. Strings map
 * through their dequoting; bare numbers (`irqs = [ 5 ]`) map one to one,
 * because xl reads a NUMBER token as its text.
 */
export interface SpecText {
  readonly value: string;
  /** the item as written in the document (quotes included for strings) */
  readonly span: Span;
  readonly toDocument: (valueOffset: number) => number;
}

export function specTextOf(value: XlValue): SpecText | undefined {
  if (value.kind === 'string') {
    return { value: value.value, span: value.span, toDocument: value.valueOffsetToDocument };
  }
  if (value.kind === 'number') {
    const start = value.span.start;
    return { value: value.raw, span: value.span, toDocument: (offset) => start + offset };
  }
  return undefined;
}

/**
 * The atoms of a list, as `xlu_cfg_get_listitem` hands them out: it returns
 * NULL for a nested list, and xl's loops end (or exit) there, so items after
 * one are never read. `skipLists` is for the one loop (vnuma) that skips them.
 */
export function listTexts(value: XlValue, skipLists = false): SpecText[] {
  if (value.kind !== 'list') return [];
  const texts: SpecText[] = [];
  for (const item of value.items) {
    const text = specTextOf(item);
    if (text) texts.push(text);
    else if (!skipLists) break;
  }
  return texts;
}

/** Document span of the value range [start, end) of a spec text, clamped to it. */
export function spanIn(text: SpecText, start: number, end: number): Span {
  const length = text.value.length;
  const from = Math.max(0, Math.min(start, length));
  const to = Math.max(from, Math.min(end, length));
  return { start: text.toDocument(from), end: text.toDocument(to) };
}
