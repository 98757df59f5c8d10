import * as assert from 'assert';
import fc from 'fast-check';
import { analyseSpec } from '../../../../server/src/xl/specs';
import type { Span, XlValue } from '../../../../server/src/xl/ast';
import type { XlSpecLanguage } from '../../../../server/src/schema/xl/key-def';
import { specKeys } from '../../../../server/src/schema/xl/spec-keys';
import { specCodeSeverities, specCodes } from '../../../../server/src/xl/specs/codes';
import { context, fixture } from './fixture';

const languages = Object.keys(specKeys) as XlSpecLanguage[];

const fragments = [
  'a', 'x', 'Z', '0', '1', '7', '9', 'f', '20', '0x', '-', '=', ',', ':', ';', '@', '.', '^', '*', '!', '/', ' ', '\t', "'", '\\',
  'vdev=', 'target=', 'format=', 'qcow2', 'raw:', 'phy:', 'cdrom', 'access=', 'mac=', 'rate=', 'MB/s', 'b/s', 'ms',
  'bdf=', 'vslot=', '03:00.0', 'host', 'policy=', 'strategy=', 'CARD', 'STREAM', 'pcm', 'type=virtio', 'unique-id=',
  'pnode=', 'vcpus=', 'size=', 'vdistances=', 'node:', 'nodes:', 'all', 'backend=', 'connection=', 'name=', 'oem=',
  'e', 'ax=', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'connectors=', 'hdmi:1x1', 'backend-type=', 'feature-multi-touch=1',
];

const itemText = fc.array(fc.constantFrom(...fragments), { maxLength: 12 }).map((parts) => parts.join(''));

/** A quoted item whose raw text escapes what needs escaping, so spans go through the dequoting map. */
const quoted = itemText.map((value) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\t/g, '\\t')}'`);

type Source = string | number | Source[];
const atom: fc.Arbitrary<Source> = fc.oneof(quoted, fc.nat({ max: 5000 }));
const value: fc.Arbitrary<Source> = fc.oneof(
  atom,
  fc.array(atom, { maxLength: 5 }),
  fc.array(fc.array(atom, { maxLength: 5 }), { maxLength: 3 }),
);

const settings = fc.record({
  maxvcpus: fc.oneof(fc.nat({ max: 8 }), fc.constant('x')),
  vcpus: fc.nat({ max: 8 }),
  maxmem: fc.oneof(fc.nat({ max: 4096 }), fc.constant('lots')),
}, { requiredKeys: [] });

/** The content ranges (inside the quotes) of every atom of a value. */
function contentRanges(node: XlValue): Span[] {
  if (node.kind === 'list') return node.items.flatMap(contentRanges);
  if (node.kind === 'number') return [node.span];
  return [{ start: node.span.start + 1, end: node.span.end - 1 }];
}

describe('xl specs: properties', () => {
  for (const language of languages) {
    it(`${language}: never throws and keeps every issue inside an item string`, () => {
      fc.assert(fc.property(value, settings, (source, extra) => {
        const doc = fixture(source);
        const analysis = analyseSpec(language, doc.value, context(extra as Record<string, string | number>));
        const ranges = contentRanges(doc.value);
        for (const issue of analysis.issues) {
          assert.ok(issue.span.start <= issue.span.end, `${issue.code}: reversed span`);
          assert.ok(
            ranges.some((range) => range.start <= issue.span.start && issue.span.end <= range.end),
            `${issue.code} at ${issue.span.start}-${issue.span.end} is outside every item of ${doc.text}`,
          );
          assert.ok(issue.message.length > 0);
        }
        for (const item of analysis.items) {
          for (const field of item.fields) {
            assert.ok(ranges.some((range) => range.start <= field.valueSpan.start && field.valueSpan.end <= range.end), `${field.key} value span outside`);
          }
        }
      }), { numRuns: 300 });
    });
  }

  it('emits only documented codes, each with its documented severity', () => {
    const seen = new Set<string>();
    for (const language of languages) {
      fc.assert(fc.property(value, (source) => {
        const doc = fixture(source);
        for (const issue of analyseSpec(language, doc.value, context()).issues) {
          seen.add(issue.code);
          assert.strictEqual(issue.severity, specCodeSeverities[issue.code], `${issue.code}: ${issue.message}`);
        }
      }), { numRuns: 200 });
    }
    const undocumented = [...seen].filter((code) => !(code in specCodes));
    assert.deepStrictEqual(undocumented, []);
    assert.ok(seen.size > 20, `the generator should reach many codes, reached ${seen.size}`);
  });
});
