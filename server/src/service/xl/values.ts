import type { XlAtom, XlValue } from '../../xl/ast';

/** The text xl sees for a scalar: NUMBER tokens are kept as written. */
export function atomText(atom: XlAtom): string {
  return atom.kind === 'string' ? atom.value : atom.raw;
}

export type LongResult =
  | { readonly ok: true; readonly value: bigint }
  | { readonly ok: false; readonly reason: 'not-a-number' | 'out-of-range' };

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

/**
 * Reads a value the way `xlu_cfg_get_long` does: C `strtol(s, &end, 0)` on a
 * 64-bit long, accepting leading blanks, a sign, `0x` hex and leading-zero
 * octal, rejecting any trailing character.
 */
export function readLong(text: string): LongResult {
  let index = 0;
  while (index < text.length && ' \t\n\v\f\r'.includes(text[index])) index++;
  let negative = false;
  if (text[index] === '+' || text[index] === '-') {
    negative = text[index] === '-';
    index++;
  }
  let base = 10;
  let digitsStart = index;
  if (text[index] === '0' && (text[index + 1] === 'x' || text[index + 1] === 'X') && isDigit(text[index + 2], 16)) {
    base = 16;
    digitsStart = index + 2;
  } else if (text[index] === '0') {
    base = 8;
  }
  let end = digitsStart;
  while (end < text.length && isDigit(text[end], base)) end++;
  if (end === digitsStart || end !== text.length) return { ok: false, reason: 'not-a-number' };
  const digits = text.slice(digitsStart, end);
  const prefix = base === 16 ? '0x' : base === 8 ? '0o' : '';
  let magnitude = BigInt(prefix + digits);
  if (negative) magnitude = -magnitude;
  if (magnitude < LONG_MIN || magnitude > LONG_MAX) return { ok: false, reason: 'out-of-range' };
  return { ok: true, value: magnitude };
}

function isDigit(char: string | undefined, base: number): boolean {
  if (char === undefined) return false;
  const value = parseInt(char, 16);
  if (Number.isNaN(value) || !/[0-9a-fA-F]/.test(char)) return false;
  return value < base;
}

/** Words people write for booleans that xl does not read as numbers. */
export function booleanWordValue(text: string): 0 | 1 | undefined {
  const word = text.trim().toLowerCase();
  if (['yes', 'true', 'on', 'y', 'enable', 'enabled'].includes(word)) return 1;
  if (['no', 'false', 'off', 'n', 'disable', 'disabled', 'none'].includes(word)) return 0;
  return undefined;
}

/** A short one-line rendering of a value for outlines and messages. */
export function summariseValue(value: XlValue | undefined, limit = 60): string {
  if (!value) return '';
  const text = value.kind === 'list'
    ? `[${value.items.map((item) => summariseValue(item, limit)).join(', ')}]`
    : value.kind === 'string' ? value.raw : value.raw;
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}
