import type { VzDialect } from '../../../vz/ast';
import { PAGE_SIZE, type VzUnitClass } from '../../../schema/vz/param-def';

/** What `unlimited` is stored as: LONG_MAX on 64-bit (as a JS number, precise enough for comparisons). */
export const UNLIMITED = 9223372036854775807;

const MULTIPLIERS: Record<string, number> = { t: 1024 ** 4, g: 1024 ** 3, m: 1024 ** 2, k: 1024, b: 1 };

export type SideReading =
  | { readonly ok: true; readonly value: number; readonly unlimited: boolean; readonly suffix?: string; readonly bare: boolean }
  | { readonly ok: false; readonly code: 'vz/invalid-number' | 'vz/bad-suffix' | 'vz/unlimited-not-allowed'; readonly message: string };

const NUMBER = /^(\d+(?:\.\d*)?)([A-Za-z]?)$/;

/**
 * Reads one side of a `barrier:limit` (or `soft:hard`) value as vzctl's
 * parse_ul_sfx does (reference openvz.md §1.3): a decimal integer or float,
 * or `unlimited`, with an optional one-letter suffix scaled by the unit class.
 */
export function readSide(text: string, unitClass: VzUnitClass, dialect: VzDialect, allowUnlimited: boolean): SideReading {
  if (text === 'unlimited') {
    if (!allowUnlimited) return { ok: false, code: 'vz/unlimited-not-allowed', message: '`unlimited` is not accepted here by this dialect\'s vzctl.' };
    return { ok: true, value: UNLIMITED, unlimited: true, bare: false };
  }
  const match = NUMBER.exec(text);
  if (!match) {
    return { ok: false, code: 'vz/invalid-number', message: text === '' ? 'Empty number.' : `'${text}' is not a number.` };
  }
  const [, digits, suffix] = match;
  const isFloat = digits.includes('.');
  if (unitClass === 'items') {
    if (suffix) return { ok: false, code: 'vz/bad-suffix', message: `This parameter counts items: no unit suffix is accepted ('${suffix}').` };
    if (isFloat) return { ok: false, code: 'vz/invalid-number', message: `This parameter counts items: '${text}' is not a whole number.` };
    return { ok: true, value: Number(digits), unlimited: false, bare: true };
  }
  const number = Number(digits);
  if (!suffix) return { ok: true, value: isFloat ? Math.floor(number) : number, unlimited: false, bare: true };
  const lower = suffix.toLowerCase();
  let bytes: number;
  if (lower === 'p') {
    if (dialect === 'vz7') return { ok: false, code: 'vz/bad-suffix', message: 'Virtuozzo 7 has no `P` (page) suffix; use K, M, G, T or B.' };
    bytes = number * PAGE_SIZE;
  } else if (MULTIPLIERS[lower] !== undefined) {
    bytes = number * MULTIPLIERS[lower];
  } else {
    return { ok: false, code: 'vz/bad-suffix', message: `Unknown suffix '${suffix}'; use K, M, G, T or B${dialect === 'legacy' ? ' (or P for pages)' : ''}.` };
  }
  const divisor = unitClass === 'pages' ? PAGE_SIZE : unitClass === 'kib' ? 1024 : 1;
  return { ok: true, value: Math.floor(bytes / divisor), unlimited: false, suffix, bare: false };
}

/** Whether a stored value means "no limit": LONG_MAX, or the 32-bit LONG_MAX older configs hold. */
export function isUnlimitedValue(value: number): boolean {
  return value >= UNLIMITED || value === 2147483647;
}

const BINARY_UNITS = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

/** `268435456` → `256 MiB`; exact when possible, else two decimals. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < BINARY_UNITS.length - 1) { value /= 1024; unit++; }
  const shown = Number.isInteger(value) ? value.toString() : value.toFixed(2);
  return `${shown} ${BINARY_UNITS[unit]}`;
}

/** Bytes a stored value stands for, by unit class; undefined for counts. */
export function bytesOf(value: number, unitClass: VzUnitClass): number | undefined {
  switch (unitClass) {
    case 'pages': return value * PAGE_SIZE;
    case 'kib': return value * 1024;
    case 'bytes': return value;
    default: return undefined;
  }
}
