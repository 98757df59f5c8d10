/**
 * Where the cursor stands, worked out from the raw text before it. This does
 * not need a successful parse: a broken earlier line only ends its own
 * statement, as xl's parser resyncs at the next newline.
 */

export type CursorContext =
  | { readonly kind: 'key'; readonly prefix: string; readonly replaceStart: number; readonly replaceEnd: number; readonly hasOperator: boolean }
  | { readonly kind: 'value'; readonly key: string; readonly inList: boolean; readonly prefix: string; readonly replaceStart: number; readonly replaceEnd: number }
  | {
      readonly kind: 'string';
      readonly key: string;
      readonly inList: boolean;
      /** offset of the opening quote */
      readonly quoteStart: number;
      readonly quote: '"' | "'";
      /** the raw characters between the opening quote and the cursor */
      readonly before: string;
      /** offset just past the raw content (the closing quote, or the line end) */
      readonly contentEnd: number;
    }
  | { readonly kind: 'none' };

type Phase = 'start' | 'key' | 'value' | 'done' | 'broken';

const IDENT = /[A-Za-z0-9_.-]/;

export function cursorContext(text: string, offset: number): CursorContext {
  let phase: Phase = 'start';
  let key = '';
  let depth = 0;
  let index = 0;
  while (index < offset) {
    const char = text[index];
    if (char === '\n') {
      if (depth === 0) { phase = 'start'; key = ''; }
      index++;
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\r') { index++; continue; }
    if (char === '#') {
      while (index < text.length && text[index] !== '\n') index++;
      if (index >= offset) return { kind: 'none' };
      continue;
    }
    if (char === '"' || char === "'") {
      const end = stringEnd(text, index);
      if (offset > index && offset <= end.closing) {
        if (phase !== 'value') return { kind: 'none' };
        return {
          kind: 'string', key, inList: depth > 0, quoteStart: index, quote: char,
          before: text.slice(index + 1, offset), contentEnd: end.closing,
        };
      }
      index = end.closed ? end.closing + 1 : end.closing;
      if (phase === 'value' && depth === 0) phase = 'done';
      continue;
    }
    if (/[a-z_A-Z]/.test(char) || /[0-9]/.test(char)) {
      const start = index;
      while (index < text.length && IDENT.test(text[index])) index++;
      if (index >= offset) {
        const word = text.slice(start, offset);
        const wordEnd = index;
        if (phase === 'start' && /^[A-Za-z_]/.test(word)) {
          return { kind: 'key', prefix: word, replaceStart: start, replaceEnd: wordEnd, hasOperator: operatorFollows(text, wordEnd) };
        }
        if (phase === 'value') return { kind: 'value', key, inList: depth > 0, prefix: word, replaceStart: start, replaceEnd: wordEnd };
        return { kind: 'none' };
      }
      if (phase === 'start') { phase = 'key'; key = text.slice(start, index); }
      else if (phase === 'value' && depth === 0) phase = 'done';
      continue;
    }
    if (char === '+' && text[index + 1] === '=') {
      if (phase === 'key') phase = 'value'; else if (depth === 0) phase = 'broken';
      index += 2;
      continue;
    }
    if (char === '=') {
      if (phase === 'key') phase = 'value'; else if (depth === 0) phase = 'broken';
      index++;
      continue;
    }
    if (char === '[') {
      if (phase === 'value') depth++; else phase = 'broken';
      index++;
      continue;
    }
    if (char === ']') {
      if (depth > 0) { depth--; if (depth === 0) phase = 'done'; }
      index++;
      continue;
    }
    if (char === ';' && depth === 0) {
      phase = 'start';
      key = '';
      index++;
      continue;
    }
    if (char !== ',' && depth === 0) phase = 'broken';
    index++;
  }
  if (phase === 'start') {
    let wordEnd = offset;
    while (wordEnd < text.length && IDENT.test(text[wordEnd])) wordEnd++;
    return { kind: 'key', prefix: '', replaceStart: offset, replaceEnd: wordEnd, hasOperator: operatorFollows(text, wordEnd) };
  }
  if (phase === 'value') return { kind: 'value', key, inList: depth > 0, prefix: '', replaceStart: offset, replaceEnd: offset };
  return { kind: 'none' };
}

/** Offset of the closing quote, or of the end of line when the string is unterminated. */
function stringEnd(text: string, open: number): { closing: number; closed: boolean } {
  const quote = text[open];
  let index = open + 1;
  while (index < text.length) {
    const char = text[index];
    if (char === '\\' && index + 1 < text.length && text[index + 1] !== '\n') { index += 2; continue; }
    if (char === quote) return { closing: index, closed: true };
    if (char === '\n' || (char === '\r' && text[index + 1] === '\n')) return { closing: index, closed: false };
    index++;
  }
  return { closing: text.length, closed: false };
}

function operatorFollows(text: string, from: number): boolean {
  let index = from;
  while (index < text.length && (text[index] === ' ' || text[index] === '\t')) index++;
  return text[index] === '=' || (text[index] === '+' && text[index + 1] === '=');
}
