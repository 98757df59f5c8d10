/** PCI addresses and virtual slots as libxlu_pci.c reads them (sscanf `%x`). */
import { scanHex } from './cnum';

export type BdfResult =
  | { readonly ok: true; readonly end: number; readonly bdf: string }
  | { readonly ok: false; readonly reason: string; readonly start: number; readonly end: number };

const isHex = (ch: string | undefined): boolean => ch !== undefined && /[0-9a-fA-F]/.test(ch);

function hex(value: bigint, width: number): string {
  return value.toString(16).padStart(width, '0');
}

/**
 * `[DDDD:]BB:DD.F` starting at `start`. `limit` bounds the error span only;
 * like xl, the function digits run as far as hex digits go.
 */
export function parseBdf(s: string, start: number, limit: number): BdfResult {
  const bad = (reason: string, from = start, to = limit): BdfResult => ({ ok: false, reason, start: from, end: Math.max(from, to) });
  let colons = 0;
  for (let index = start; index < s.length && (isHex(s[index]) || s[index] === ':'); index++) {
    if (s[index] === ':') colons++;
  }
  if (colons !== 1 && colons !== 2) return bad('a PCI address is [DDDD:]BB:DD.F in hexadecimal, e.g. 0000:03:00.0');
  const numbers: bigint[] = [];
  let pos = start;
  for (let part = 0; part <= colons; part++) {
    const scanned = scanHex(s, pos);
    if (!scanned.converted) return bad('a PCI address is [DDDD:]BB:DD.F in hexadecimal, e.g. 0000:03:00.0');
    numbers.push(scanned.value);
    pos = scanned.end;
    const separator = part < colons ? ':' : '.';
    if (s[pos] !== separator) return bad(`expected "${separator}" here: a PCI address is [DDDD:]BB:DD.F, e.g. 0000:03:00.0`);
    pos++;
  }
  const [domain, bus, dev] = colons === 2 ? numbers : [0n, ...numbers];
  if (domain > 0xffffn) return bad(`the PCI domain ${hex(domain, 4)} is above ffff`);
  if (bus > 0xffn) return bad(`the PCI bus ${hex(bus, 2)} is above ff`);
  if (dev > 0x1fn) return bad(`the PCI device ${hex(dev, 2)} is above 1f`);
  const prefix = `${hex(domain, 4)}:${hex(bus, 2)}:${hex(dev, 2)}.`;
  if (s[pos] === '*') return { ok: true, end: pos + 1, bdf: `${prefix}*` };
  const func = scanHex(s, pos);
  if (!func.converted) return bad('the PCI function (0-7, or * for all) is missing', pos);
  if (func.value > 7n) return bad(`the PCI function ${hex(func.value, 1)} is above 7`, pos, Math.max(func.end, limit));
  return { ok: true, end: func.end, bdf: `${prefix}${func.value.toString(16)}` };
}

export type VslotResult =
  | { readonly ok: true; readonly end: number; readonly slot: number }
  | { readonly ok: false; readonly reason: string };

export function parseVslot(s: string, start: number): VslotResult {
  const scanned = scanHex(s, start);
  if (!scanned.converted) return { ok: false, reason: 'the virtual slot must be a hexadecimal number up to 1f' };
  if (scanned.value > 0x1fn) {
    const digits = s.slice(start, scanned.end).trim();
    const decimal = /^\d+$/.test(digits) ? Number(digits) : undefined;
    const hint = decimal !== undefined && decimal <= 0x1f ? `; for slot ${decimal} write ${decimal.toString(16)}` : '';
    return { ok: false, reason: `the virtual slot is hexadecimal and at most 1f: "${digits}" means 0x${scanned.value.toString(16)} = ${scanned.value}${hint}` };
  }
  return { ok: true, end: scanned.end, slot: Number(scanned.value) };
}
