/**
 * Splitting helpers that reproduce how xl cuts spec strings, keeping value
 * offsets so every part can be located in the document.
 */

/** A slice of a spec value: `text` is `value.slice(start, end)`. */
export interface Piece {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export const isBlank = (ch: string): boolean => ch === ' ';
/** C `isspace` in the "C" locale. */
export const isCSpace = (ch: string): boolean => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\v' || ch === '\f' || ch === '\r';

export function pieceOf(value: string, start: number, end: number): Piece {
  return { text: value.slice(start, end), start, end };
}

/**
 * `strtok(buf, delims)` followed by xl's `while (*p == ' ') p++`: empty
 * fields vanish, leading blanks are stripped, trailing ones are kept. A
 * field of blanks only becomes an empty piece, as it does in xl.
 */
export function strtokSplit(value: string, delims = ',', stripLeading: (ch: string) => boolean = isBlank): Piece[] {
  const pieces: Piece[] = [];
  let index = 0;
  while (index < value.length) {
    while (index < value.length && delims.includes(value[index])) index++;
    if (index >= value.length) break;
    let end: number;
    if (delims.length === 1) {
      // one delimiter, the common case: indexOf rather than a test per character
      end = value.indexOf(delims, index);
      if (end < 0) end = value.length;
    } else {
      end = index;
      while (end < value.length && !delims.includes(value[end])) end++;
    }
    let start = index;
    while (start < end && stripLeading(value[start])) start++;
    pieces.push(pieceOf(value, start, end));
    index = end;
  }
  return pieces;
}

/** Plain strtok without any stripping. */
export function strtokRaw(value: string, delims = ','): Piece[] {
  return strtokSplit(value, delims, () => false);
}

export interface KeyValue {
  readonly key: Piece;
  /** absent when the piece has no `=` */
  readonly value?: Piece;
}

/** Splits a piece at its first `=`, as `strchr(p, '=')` and MATCH_OPTION do. */
export function splitKeyValue(piece: Piece): KeyValue {
  const at = piece.text.indexOf('=');
  if (at < 0) return { key: piece };
  const eq = piece.start + at;
  return {
    key: { text: piece.text.slice(0, at), start: piece.start, end: eq },
    value: { text: piece.text.slice(at + 1), start: eq + 1, end: piece.end },
  };
}

/** xl's `trim(isspace, …)`: strips both ends. */
export function trimPiece(piece: Piece, isSpace: (ch: string) => boolean = isCSpace): Piece {
  let start = 0;
  let end = piece.text.length;
  while (start < end && isSpace(piece.text[start])) start++;
  while (end > start && isSpace(piece.text[end - 1])) end--;
  return { text: piece.text.slice(start, end), start: piece.start + start, end: piece.start + end };
}

/** Sub-pieces of a piece, split on any of `delims` (strtok semantics, no stripping). */
export function splitPiece(piece: Piece, delims: string): Piece[] {
  return strtokRaw(piece.text, delims).map((sub) => ({ text: sub.text, start: piece.start + sub.start, end: piece.start + sub.end }));
}
