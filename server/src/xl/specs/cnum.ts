/**
 * The C library conversions xl uses on spec values (glibc behaviour), so a
 * value is accepted or refused exactly as xl would. Values are bigints:
 * `unsigned long` is 64 bits on the hosts xl runs on.
 */
import { isCSpace } from './split';

export const ULONG_MAX = (1n << 64n) - 1n;
export const UINT32_MAX = 0xffffffffn;

export interface Converted {
  readonly value: bigint;
  /** index just past the converted text; equals the start when nothing was converted */
  readonly end: number;
  /** true when at least one digit was read */
  readonly converted: boolean;
  readonly overflow: boolean;
}

function digitValue(ch: string): number {
  const code = ch.toLowerCase().charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 122) return code - 87;
  return 99;
}

/** `strtoul(text + start, &end, base)` with base 0, 8, 10 or 16. */
export function strtoul(text: string, start = 0, base = 10): Converted {
  let index = start;
  while (index < text.length && isCSpace(text[index])) index++;
  let negative = false;
  if (text[index] === '+' || text[index] === '-') {
    negative = text[index] === '-';
    index++;
  }
  let radix = base;
  const hexPrefix = text[index] === '0' && (text[index + 1] === 'x' || text[index + 1] === 'X') && digitValue(text[index + 2] ?? '') < 16;
  if ((radix === 0 || radix === 16) && hexPrefix) {
    radix = 16;
    index += 2;
  } else if (radix === 0) {
    radix = text[index] === '0' ? 8 : 10;
  }
  const digitsStart = index;
  let value = 0n;
  let overflow = false;
  while (index < text.length && digitValue(text[index]) < radix) {
    value = value * BigInt(radix) + BigInt(digitValue(text[index]));
    if (value > ULONG_MAX) overflow = true;
    index++;
  }
  if (index === digitsStart) return { value: 0n, end: start, converted: false, overflow: false };
  if (overflow) return { value: ULONG_MAX, end: index, converted: true, overflow: true };
  if (negative && value !== 0n) value = ((1n << 64n) - value) & ULONG_MAX;
  return { value, end: index, converted: true, overflow: false };
}

/** `atoi`: leading blanks, a sign and decimal digits; anything else is 0. */
export function atoi(text: string): number {
  const match = /^[ \t\n\v\f\r]*([+-]?\d+)/.exec(text);
  return match ? Number.parseInt(match[1], 10) : 0;
}

/**
 * `sscanf(text + start, "%x")`: like strtoul base 16, except that glibc's
 * scanf takes a bare "0x" prefix as a complete conversion (value 0).
 */
export function scanHex(text: string, start: number): Converted {
  const converted = strtoul(text, start, 16);
  let index = start;
  while (index < text.length && isCSpace(text[index])) index++;
  if (text[index] === '+' || text[index] === '-') index++;
  const bareHexPrefix = text[index] === '0' && (text[index + 1] === 'x' || text[index + 1] === 'X') && converted.end === index + 1;
  return bareHexPrefix ? { ...converted, end: index + 2 } : converted;
}

/** `sscanf(text + start, "%" SCNu32)`: decimal, stored into 32 bits. */
export function scanUint32(text: string, start: number): Converted {
  const converted = strtoul(text, start, 10);
  return { ...converted, value: converted.value & UINT32_MAX };
}

/** xl's `parse_ulong`: refused when nothing converts or the result is ULONG_MAX. */
export function parseUlongRefuses(text: string): boolean {
  const converted = strtoul(text, 0, 10);
  return !converted.converted || converted.value === ULONG_MAX;
}
