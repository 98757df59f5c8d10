/** The `rate=` value of a vif (libxlu_vif.c): bytes per second and the refill interval. */
import { strtoul, UINT32_MAX, ULONG_MAX } from './cnum';
import type { Piece } from './split';

export type RateResult =
  | { readonly ok: true; readonly bytesPerSecond: bigint; readonly intervalMicroseconds: bigint }
  | { readonly ok: false; readonly message: string; readonly at: Piece; readonly explanation: string };

const bytesPattern = /^[0-9]+[GMK]?[Bb]\/s$/;
const intervalPattern = /^[0-9]+[mu]?s?$/;

function fail(message: string, quoted: string, at: Piece, explanation: string): RateResult {
  return { ok: false, message: `${message} in \`${quoted}'`, at, explanation };
}

function parseBytes(part: Piece): RateResult | bigint {
  if (!bytesPattern.test(part.text)) {
    return fail('invalid rate', part.text, part, `"${part.text}" is not a rate: write a number, an optional K, M or G, then B/s for bytes or b/s for bits (e.g. 10MB/s)`);
  }
  const number = strtoul(part.text, 0, 0);
  if (number.value === 0n || number.value > UINT32_MAX) {
    return fail('rate overflow', part.text, part, `The rate must be between 1 and 4294967295 before its unit (a leading 0 makes it octal)`);
  }
  const unit = part.text[number.end];
  let value = number.value;
  if (unit === 'G') value *= 1000000000n;
  else if (unit === 'M') value *= 1000000n;
  else if (unit === 'K') value *= 1000n;
  if (unit === 'b' || part.text[number.end + 1] === 'b') value /= 8n;
  return value;
}

function parseInterval(part: Piece): RateResult | bigint {
  if (!intervalPattern.test(part.text)) {
    return fail('invalid replenishment interval', part.text, part, `"${part.text}" is not an interval: write a number followed by s, ms or us (e.g. 50ms)`);
  }
  const number = strtoul(part.text, 0, 0);
  const overflow = (): RateResult => fail('replenishment interval overflow', part.text, part, 'The interval must be non-zero and at most 4294967295 microseconds');
  if (number.value === 0n || number.value > UINT32_MAX) return overflow();
  const unit = part.text[number.end];
  let value = number.value;
  if (unit === 's' || unit === undefined) value *= 1000000n;
  else if (unit === 'm') value *= 1000n;
  if (value > UINT32_MAX) return overflow();
  return value;
}

/** Parses a rate value piece; offsets in the result are those of the spec value. */
export function parseVifRate(value: Piece): RateResult {
  const at = value.text.indexOf('@');
  const ratePart: Piece = at < 0 ? value : { text: value.text.slice(0, at), start: value.start, end: value.start + at };
  if (ratePart.text === '') {
    return fail('no rate specified', value.text, value, 'The rate is empty; write e.g. rate=10MB/s');
  }
  const bytes = parseBytes(ratePart);
  if (typeof bytes !== 'bigint') return bytes;
  let interval = 50000n;
  if (at >= 0) {
    const parsed = parseInterval({ text: value.text.slice(at + 1), start: value.start + at + 1, end: value.end });
    if (typeof parsed !== 'bigint') return parsed;
    interval = parsed;
  }
  if (bytes > ULONG_MAX / interval) {
    return fail('rate overflow', value.text, value, 'The rate times the interval does not fit in 64 bits');
  }
  return { ok: true, bytesPerSecond: bytes, intervalMicroseconds: interval };
}
