import * as assert from 'assert';
import fc from 'fast-check';
import { decodeFrames, encodeFrames } from '../../../server/src/host/journal-format';

const record = fc.record({ t: fc.constantFrom('put-domain', 'put-container'), n: fc.integer(), s: fc.string({ maxLength: 40 }) }).map((r) => ({ ...r }));

/** byte offsets where each frame starts, plus the end */
function frameStarts(payloads: unknown[]): number[] {
  const starts = [0];
  for (const p of payloads) starts.push(starts[starts.length - 1]! + encodeFrames([p]).length);
  return starts;
}

describe('journal framing (properties)', () => {
  it('a cut anywhere yields exactly the whole records before it, and a torn tail unless the cut is on a boundary', () => {
    fc.assert(fc.property(fc.array(record, { minLength: 1, maxLength: 12 }), fc.nat(), (payloads, cutSeed) => {
      const bytes = encodeFrames(payloads);
      const cut = cutSeed % (bytes.length + 1);
      const decoded = decodeFrames(bytes.subarray(0, cut), 0);
      const starts = frameStarts(payloads);
      const whole = starts.filter((s, i) => i > 0 && s <= cut).length;
      assert.deepStrictEqual(decoded.payloads, payloads.slice(0, whole));
      assert.strictEqual(decoded.end, starts[whole]);
      if (starts.includes(cut)) assert.strictEqual(decoded.problem, undefined);
      else assert.strictEqual(decoded.problem?.kind, 'torn');
    }));
  });

  it('damage inside any record but the last is reported as corruption, never as a torn tail', () => {
    fc.assert(fc.property(fc.array(record, { minLength: 2, maxLength: 12 }), fc.nat(), fc.integer({ min: 1, max: 255 }), (payloads, seed, mask) => {
      const bytes = Buffer.from(encodeFrames(payloads));
      const starts = frameStarts(payloads);
      const lastStart = starts[starts.length - 2]!;
      const at = seed % lastStart;
      bytes[at] = bytes[at]! ^ mask;
      const decoded = decodeFrames(bytes, 0);
      const damaged = starts.findIndex((s, i) => at >= s && at < starts[i + 1]!);
      assert.strictEqual(decoded.problem?.kind, 'corrupt', `flip at ${at} in record ${damaged}`);
      assert.deepStrictEqual(decoded.payloads, payloads.slice(0, damaged));
    }));
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (raw) => {
      const decoded = decodeFrames(Buffer.from(raw), 0);
      assert.ok(decoded.end <= raw.length);
    }));
  });
});
