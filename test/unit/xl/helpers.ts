import type { XlFile, XlValue } from '../../../server/src/xl/ast';
import { parse } from '../../../server/src/xl/parse';

/** `code @ text-under-the-span` for each error, in order */
export function errorsOf(text: string): string[] {
  const file = parse(text);
  return file.errors.map((error) => `${error.code} @ ${text.slice(error.span.start, error.span.end)}`);
}

export function codesOf(text: string): string[] {
  return parse(text).errors.map((error) => error.code);
}

export function messagesOf(text: string): string[] {
  return parse(text).errors.map((error) => error.message);
}

/** a compact, readable form of a value: strings by their dequoted value, lists bracketed */
export function show(value: XlValue | undefined): string {
  if (!value) return '<none>';
  if (value.kind === 'string') return JSON.stringify(value.value);
  if (value.kind === 'number') return value.raw;
  return `[${value.items.map(show).join(' ')}]${value.close ? '' : '…'}`;
}

/** `key op value` per assignment */
export function statementsOf(file: XlFile): string[] {
  return file.assignments.map((a) => `${a.key.name} ${a.op?.text ?? '?'} ${show(a.value)}`);
}

export function slice(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end);
}
