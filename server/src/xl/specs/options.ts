/** Shared shape of the `key=value,…` spec strings that xl cuts with strtok. */
import type { SpecField } from './types';
import type { SpecReport } from './report';
import { didYouMean } from './suggest';
import { fieldOf } from './report';
import { splitKeyValue, strtokSplit, type KeyValue, type Piece } from './split';
import type { SpecText } from './text';

export interface Option extends KeyValue {
  readonly piece: Piece;
}

/** strtok on `,` with leading blanks stripped, each part split at its first `=`. */
export function optionsOf(text: SpecText, stripLeading?: (ch: string) => boolean): Option[] {
  return strtokSplit(text.value, ',', stripLeading).map((piece) => ({ piece, ...splitKeyValue(piece) }));
}

export function optionField(text: SpecText, option: Option): SpecField {
  return fieldOf(text, option.key.text, option.value ? option.key : undefined, option.value ?? option.piece);
}

/** The rest of the item from `piece` on (for "xl stops reading here"). */
export function restFrom(text: SpecText, piece: Piece): Piece {
  return { text: text.value.slice(piece.start), start: piece.start, end: text.value.length };
}

/** True when the value reads as a number for atoi/strtoul (else xl silently takes 0). */
export function looksNumeric(value: string): boolean {
  return /^[ \t\n\v\f\r]*[+-]?\d/.test(value);
}

export interface Settings {
  readonly fields: SpecField[];
  readonly values: Map<string, Piece>;
  /** false when xl stopped at an unknown setting */
  readonly complete: boolean;
}

/**
 * Reads `key=value` settings until the first unknown one (or one without
 * `=`), where xl prints `Unknown string <quoted token> in <language> spec`
 * and exits. `quote` is how xl quotes the token in that message.
 */
export function readSettings(text: SpecText, report: SpecReport, language: string, known: readonly string[], quote: 'backtick' | 'double'): Settings {
  const fields: SpecField[] = [];
  const values = new Map<string, Piece>();
  for (const option of optionsOf(text)) {
    if (option.value === undefined || !known.includes(option.key.text)) {
      const token = quote === 'backtick' ? `\`${option.piece.text}'` : `"${option.piece.text}"`;
      report.error(text, option.value === undefined ? option.piece : option.key, `xl/${language}-unknown-key`,
        `Unknown ${language} setting "${option.piece.text}" (xl: Unknown string ${token} in ${language} spec).${didYouMean(option.key.text, known)}`);
      return { fields, values, complete: false };
    }
    fields.push(optionField(text, option));
    values.set(option.key.text, option.value);
  }
  return { fields, values, complete: true };
}
