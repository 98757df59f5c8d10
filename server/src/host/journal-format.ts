/**
 * The journal's on-disk framing: an 8-byte magic header, then records of
 * [u32 LE payload length][u32 LE CRC-32 of payload][payload: UTF-8 JSON].
 * A crash can only leave a damaged *tail*; damage followed by a valid record
 * means the file was corrupted in the middle, which is reported, not cut.
 */
import { crc32 } from 'zlib';

export const JOURNAL_MAGIC = Buffer.from('HVCJ0001', 'latin1');
export const FRAME_HEADER_BYTES = 8;
/** no single record comes anywhere near this; a larger length is damage */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;

export function encodeFrames(payloads: readonly unknown[]): Buffer {
  const parts: Buffer[] = [];
  for (const payload of payloads) {
    const body = Buffer.from(JSON.stringify(payload), 'utf8');
    const header = Buffer.allocUnsafe(FRAME_HEADER_BYTES);
    header.writeUInt32LE(body.length, 0);
    header.writeUInt32LE(crc32(body), 4);
    parts.push(header, body);
  }
  return Buffer.concat(parts);
}

export type FrameProblem =
  /** the data ends inside a record, or only damage follows: a write that never finished */
  | { readonly kind: 'torn'; readonly at: number; readonly reason: string }
  /** a damaged record with valid records after it */
  | { readonly kind: 'corrupt'; readonly at: number; readonly reason: string };

export interface DecodeResult {
  readonly payloads: unknown[];
  /** offset just past the last good record */
  readonly end: number;
  readonly problem?: FrameProblem;
}

/** Decodes frames from `buffer`, whose first byte is at file offset `base`. */
export function decodeFrames(buffer: Buffer, base: number): DecodeResult {
  const payloads: unknown[] = [];
  let pos = 0;
  while (pos < buffer.length) {
    const bad = badFrameReason(buffer, pos);
    if (bad) {
      const kind = hasValidFrameAfter(buffer, pos + 1) ? 'corrupt' : 'torn';
      return { payloads, end: base + pos, problem: { kind, at: base + pos, reason: bad } };
    }
    const length = buffer.readUInt32LE(pos);
    const body = buffer.subarray(pos + FRAME_HEADER_BYTES, pos + FRAME_HEADER_BYTES + length);
    let payload: unknown;
    try {
      payload = JSON.parse(body.toString('utf8'));
    } catch {
      // the checksum matched, so this was written like this: not a torn write
      return { payloads, end: base + pos, problem: { kind: 'corrupt', at: base + pos, reason: 'record is not JSON although its checksum matches' } };
    }
    payloads.push(payload);
    pos += FRAME_HEADER_BYTES + length;
  }
  return { payloads, end: base + pos };
}

function badFrameReason(buffer: Buffer, pos: number): string | undefined {
  const left = buffer.length - pos;
  if (left < FRAME_HEADER_BYTES) return `${left} byte(s) of a record header`;
  const length = buffer.readUInt32LE(pos);
  if (length === 0 || length > MAX_RECORD_BYTES) return `impossible record length ${length}`;
  if (left < FRAME_HEADER_BYTES + length) return `record of ${length} bytes cut after ${left - FRAME_HEADER_BYTES}`;
  const body = buffer.subarray(pos + FRAME_HEADER_BYTES, pos + FRAME_HEADER_BYTES + length);
  if (crc32(body) !== buffer.readUInt32LE(pos + 4)) return 'checksum mismatch';
  return undefined;
}

/** Looks for any intact record after a damaged one (bounded, so a huge file stays cheap). */
function hasValidFrameAfter(buffer: Buffer, from: number): boolean {
  const limit = Math.min(buffer.length, from + 16 * 1024 * 1024);
  for (let pos = from; pos + FRAME_HEADER_BYTES < limit; pos++) {
    // a JSON record always starts with '{'
    if (buffer[pos + FRAME_HEADER_BYTES] !== 0x7b) continue;
    if (badFrameReason(buffer, pos) === undefined) return true;
  }
  return false;
}
