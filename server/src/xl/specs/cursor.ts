/** Where a cursor stands inside a spec string, for completion. */
import type { XlString } from '../ast';
import type { XlSpecLanguage } from '../../schema/xl/key-def';
import type { SpecCursor } from './types';

function valueOffsetAt(item: XlString, documentOffset: number): number | undefined {
  const length = item.value.length;
  if (documentOffset < item.valueOffsetToDocument(0) || documentOffset > item.valueOffsetToDocument(length)) return undefined;
  for (let index = 0; index <= length; index++) {
    if (item.valueOffsetToDocument(index) >= documentOffset) return index;
  }
  return length;
}

const isBlank = (ch: string | undefined): boolean => ch === ' ' || ch === '\t';

/** Value offset where the field holding `cursor` starts (after blanks). */
function fieldStartBefore(value: string, cursor: number, separators: string): number {
  let start = cursor;
  while (start > 0 && !separators.includes(value[start - 1])) start--;
  while (start < cursor && isBlank(value[start])) start++;
  return start;
}

function fieldEndAfter(value: string, cursor: number, separators: string): number {
  let end = cursor;
  while (end < value.length && !separators.includes(value[end])) end++;
  return end;
}

/** The names written before `=` (or bare words) in the other fields of the item. */
function presentKeys(value: string, separators: string, skipStart: number): string[] {
  const names: string[] = [];
  let start = 0;
  for (let index = 0; index <= value.length; index++) {
    if (index === value.length || separators.includes(value[index])) {
      const field = value.slice(start, index).trim();
      if (start !== skipStart && field !== '') names.push(field.split('=')[0].trim());
      start = index + 1;
    }
  }
  return names;
}

/** Disk's `target=` takes the rest of the string, commas included. */
function diskTargetStart(value: string, cursor: number): number | undefined {
  const pattern = /(^|,)[ \t]*target=/g;
  for (let match = pattern.exec(value); match; match = pattern.exec(value)) {
    const valueStart = match.index + match[0].length;
    if (valueStart <= cursor) return valueStart;
  }
  return undefined;
}

export function specCursorAt(language: XlSpecLanguage, item: XlString, documentOffset: number): SpecCursor | undefined {
  const cursor = valueOffsetAt(item, documentOffset);
  if (cursor === undefined) return undefined;
  const value = item.value;
  const toDocument = item.valueOffsetToDocument;
  if (language === 'disk') {
    const targetStart = diskTargetStart(value, cursor);
    if (targetStart !== undefined) {
      return { kind: 'value', key: 'target', prefix: value.slice(targetStart, cursor), replace: { start: toDocument(targetStart), end: toDocument(value.length) } };
    }
  }
  const separators = ',';
  const start = fieldStartBefore(value, cursor, separators);
  const end = fieldEndAfter(value, cursor, separators);
  const typed = value.slice(start, cursor);
  const eq = typed.indexOf('=');
  if (eq >= 0) {
    return {
      kind: 'value',
      key: typed.slice(0, eq).trim(),
      prefix: typed.slice(eq + 1),
      replace: { start: toDocument(start + eq + 1), end: toDocument(end) },
    };
  }
  const equalsAfter = value.slice(cursor, end).indexOf('=');
  const keyEnd = equalsAfter < 0 ? end : cursor + equalsAfter;
  return {
    kind: 'key',
    prefix: typed,
    present: presentKeys(value, separators, rawFieldStart(value, cursor, separators)),
    replace: { start: toDocument(start), end: toDocument(keyEnd) },
  };
}

function rawFieldStart(value: string, start: number, separators: string): number {
  let raw = start;
  while (raw > 0 && !separators.includes(value[raw - 1])) raw--;
  return raw;
}
