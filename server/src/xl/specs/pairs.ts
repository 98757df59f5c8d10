/**
 * The `split_string_into_string_list` + `split_string_into_pair(…, isspace)`
 * shape used by p9 and channel: strtok on `,`, then each part split at its
 * first `=` with blanks trimmed from key and value.
 */
import { strtokRaw, trimPiece, type Piece } from './split';
import type { SpecText } from './text';

export type Pair =
  | { readonly ok: true; readonly piece: Piece; readonly key: Piece; readonly value: Piece }
  | { readonly ok: false; readonly piece: Piece };

export function pairsOf(text: SpecText): Pair[] {
  return strtokRaw(text.value).map((piece): Pair => {
    const at = piece.text.indexOf('=');
    if (at < 0 || at === piece.text.length - 1) return { ok: false, piece };
    const key = trimPiece({ text: piece.text.slice(0, at), start: piece.start, end: piece.start + at });
    const value = trimPiece({ text: piece.text.slice(at + 1), start: piece.start + at + 1, end: piece.end });
    return { ok: true, piece, key, value };
  });
}
