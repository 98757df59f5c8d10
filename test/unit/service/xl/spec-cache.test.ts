import * as assert from 'assert';
import fc from 'fast-check';
import { parse } from '../../../../server/src/xl/parse';
import { analyseSpec } from '../../../../server/src/xl/specs';
import type { XlValue } from '../../../../server/src/xl/ast';
import type { XlGuestType, XlSpecLanguage } from '../../../../server/src/schema/xl/key-def';
import { specKeys } from '../../../../server/src/schema/xl/spec-keys';
import type { SpecContext } from '../../../../server/src/xl/specs/types';
import { analyseSpecCached, cachedItemCount, SpecCache, specAnalyserFor } from '../../../../server/src/service/xl/spec-cache';
import { diagnosticsOf } from './helpers';

const languages = Object.keys(specKeys) as XlSpecLanguage[];

/** The value of `key` in `text`, parsed by the real parser, with a context reading the same file. */
function valueIn(text: string, key: string, guestType: XlGuestType = 'hvm'): { value: XlValue; context: SpecContext } {
  const values = new Map<string, XlValue>();
  for (const assignment of parse(text).assignments) if (assignment.value) values.set(assignment.key.name, assignment.value);
  const value = values.get(key);
  assert.ok(value, `${key} parsed from ${text}`);
  return { value, context: { guestType, lookup: (name) => values.get(name) } };
}

/** Issues as [code, the document text they cover], to see where they land. */
function located(text: string, analysis: ReturnType<typeof analyseSpec>): string[][] {
  return analysis.issues.map((issue) => [issue.code, text.slice(issue.span.start, issue.span.end)]);
}

const DISKS = "disk = [ 'format=qcow3, vdev=xvda, target=/dev/vg/a', 'vdev=xvdb, target=/dev/vg/b', 'format=raw, vdev=hdz9, target=/x' ]\n";

describe('xl spec cache', () => {
  it('a hit after the item moved gives the same analysis as a fresh one, at the new place', () => {
    const cache = new SpecCache();
    const before = valueIn(DISKS, 'disk');
    const first = cache.analyse('disk', before.value, before.context);
    assert.deepStrictEqual(first, analyseSpec('disk', before.value, before.context));
    assert.deepStrictEqual(cache.stats().misses, 3);

    const moved = `name = "moved"\nmemory = 2048\n${DISKS}`;
    const after = valueIn(moved, 'disk');
    const hits = cache.stats().hits;
    const second = cache.analyse('disk', after.value, after.context);
    assert.strictEqual(cache.stats().hits - hits, 3, 'all three items hit');
    assert.deepStrictEqual(second, analyseSpec('disk', after.value, after.context));
    assert.deepStrictEqual(located(moved, second), [['xl/disk-bad-format', 'qcow3'], ['xl/disk-bad-vdev', 'hdz9']]);
    // the analysis handed out for the older version is left as it was
    assert.deepStrictEqual(located(DISKS, first), [['xl/disk-bad-format', 'qcow3'], ['xl/disk-bad-vdev', 'hdz9']]);
  });

  it('an edited item misses, the others hit', () => {
    const cache = new SpecCache();
    const before = valueIn(DISKS, 'disk');
    cache.analyse('disk', before.value, before.context);
    const edited = DISKS.replace('qcow3', 'qcow2');
    const after = valueIn(edited, 'disk');
    const { hits, misses } = cache.stats();
    const analysis = cache.analyse('disk', after.value, after.context);
    assert.strictEqual(cache.stats().misses - misses, 1);
    assert.strictEqual(cache.stats().hits - hits, 2);
    assert.deepStrictEqual(located(edited, analysis), [['xl/disk-bad-vdev', 'hdz9']]);
  });

  it('the same text with other escapes or quotes is another item', () => {
    const cache = new SpecCache();
    const plain = "vif = [ 'mac=00:16:3e:zz:00:01' ]\n";
    const escaped = "vif = [ 'mac=00:16:3e:z\\z:00:01' ]\n";
    for (const text of [plain, escaped, plain.replace(/'/g, '"')]) {
      const { value, context } = valueIn(text, 'vif');
      const analysis = cache.analyse('vif', value, context);
      assert.deepStrictEqual(analysis, analyseSpec('vif', value, context));
      assert.deepStrictEqual(located(text, analysis).map(([code]) => code), ['xl/vif-bad-mac']);
    }
    assert.strictEqual(cache.stats().hits, 0);
  });

  it('keys vif items by position (devid) and usbctrl items by guest type', () => {
    const cache = new SpecCache();
    const vifs = "vif = [ 'bridge=xenbr0', 'bridge=xenbr0' ]\n";
    const { value, context } = valueIn(vifs, 'vif');
    const analysis = cache.analyse('vif', value, context);
    assert.deepStrictEqual(analysis.items.map((item) => item.facts.devid), ['0', '1']);
    assert.deepStrictEqual(analysis, analyseSpec('vif', value, context));

    const usb = "usbctrl = [ 'type=qusb, version=2' ]\n";
    for (const guestType of ['pv', 'hvm', 'pv', 'hvm'] as XlGuestType[]) {
      const parsed = valueIn(usb, 'usbctrl', guestType);
      assert.deepStrictEqual(cache.analyse('usbctrl', parsed.value, parsed.context), analyseSpec('usbctrl', parsed.value, parsed.context), guestType);
    }
  });

  it('stays within its bounds, evicting the least recently used items', () => {
    const cache = new SpecCache({ maxEntries: 4 });
    const items = Array.from({ length: 10 }, (_, index) => `'vdev=xvd${String.fromCharCode(97 + index)}, target=/dev/vg/${index}'`);
    const { value, context } = valueIn(`disk = [ ${items.join(', ')} ]\n`, 'disk');
    const analysis = cache.analyse('disk', value, context);
    assert.strictEqual(analysis.items.length, 10);
    assert.strictEqual(cache.stats().entries, 4);
    // the last four are kept: a second pass over them hits
    const tail = valueIn(`disk = [ ${items.slice(6).join(', ')} ]\n`, 'disk');
    cache.analyse('disk', tail.value, tail.context);
    assert.deepStrictEqual({ hits: cache.stats().hits, entries: cache.stats().entries }, { hits: 4, entries: 4 });

    const small = new SpecCache({ maxChars: 100 });
    small.analyse('disk', value, context);
    assert.ok(small.stats().chars <= 100, `chars ${small.stats().chars}`);
    assert.ok(small.stats().entries >= 1 && small.stats().entries < 10);
  });

  it('serves a whole unchanged list only while its items are still cached', () => {
    const cache = new SpecCache({ maxEntries: 2 });
    const { value, context } = valueIn(DISKS, 'disk');
    cache.analyse('disk', value, context);
    const moved = valueIn(`\n\n${DISKS}`, 'disk');
    const { misses } = cache.stats();
    const analysis = cache.analyse('disk', moved.value, moved.context);
    assert.ok(cache.stats().misses > misses, 'the evicted first item is analysed again');
    assert.deepStrictEqual(analysis, analyseSpec('disk', moved.value, moved.context));

    const roomy = new SpecCache();
    roomy.analyse('disk', value, context);
    const before = roomy.stats();
    const again = roomy.analyse('disk', moved.value, moved.context);
    assert.deepStrictEqual({ hits: roomy.stats().hits - before.hits, misses: roomy.stats().misses - before.misses }, { hits: 3, misses: 0 });
    assert.deepStrictEqual(again, analyseSpec('disk', moved.value, moved.context));
  });

  it('is bypassed for a file with more items than it holds (they would evict each other unused)', () => {
    const { value } = valueIn(DISKS, 'disk');
    assert.strictEqual(cachedItemCount('disk', value), 3);
    assert.strictEqual(cachedItemCount('smbios', value), 0, 'smbios is analysed whole');
    assert.strictEqual(specAnalyserFor(3), analyseSpecCached);
    assert.strictEqual(specAnalyserFor(8192), analyseSpecCached);
    assert.strictEqual(specAnalyserFor(8193), analyseSpec);
    assert.ok(new SpecCache({ maxEntries: 10 }).holds(10) && !new SpecCache({ maxEntries: 10 }).holds(11));
  });

  it('stops at a nested list, as xl does', () => {
    const cache = new SpecCache();
    const text = "disk = [ 'vdev=xvda, target=/a', [ 'x' ], 'bogus' ]\n";
    const { value, context } = valueIn(text, 'disk');
    const analysis = cache.analyse('disk', value, context);
    assert.strictEqual(analysis.items.length, 1);
    assert.deepStrictEqual(analysis, analyseSpec('disk', value, context));
  });

  describe('gives what the analysers give, for every language (cold, warm and moved)', () => {
    const fragments = [
      'a', 'x', '0', '1', '7', 'f', '20', '-', '=', ',', ':', ';', '@', '.', ' ', '\t', "'", '\\', 'vdev=', 'target=', 'format=',
      'qcow2', 'raw:', 'phy:', 'cdrom', 'access=', 'mac=', 'rate=', 'MB/s', 'bdf=', '03:00.0', 'type=', 'backend=', 'name=',
      'oem=', 'xenbr0', 'version=', 'ports=', 'qusb', 'connection=', 'pty', 'vnc=', '1', 'tag=', 'path=', 'security_model=',
    ];
    const quoted = fc.array(fc.constantFrom(...fragments), { maxLength: 10 })
      .map((parts) => `'${parts.join('').replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\t/g, '\\t')}'`);
    const item = fc.oneof(quoted, quoted, fc.nat({ max: 5000 }).map(String), fc.constant("[ 'x' ]"));
    const list = fc.array(item, { maxLength: 6 }).map((items) => `[ ${items.join(', ')} ]`);
    const valueText = fc.oneof(list, list, quoted);
    const prefix = fc.constantFrom('', 'memory = 1024\n', '# a comment\nmaxvcpus = 3\n', 'name = "ab\\tc"\n\n');
    const guestType = fc.constantFrom<XlGuestType>('pv', 'pvh', 'hvm');

    for (const language of languages) {
      it(language, () => {
        const cache = new SpecCache({ maxEntries: 16 });
        fc.assert(fc.property(valueText, prefix, prefix, guestType, (source, first, second, guest) => {
          for (const lead of [first, second, first]) {
            const text = `${lead}k = ${source}\n`;
            const { value, context } = valueIn(text, 'k', guest);
            assert.deepStrictEqual(cache.analyse(language, value, context), analyseSpec(language, value, context), text);
          }
        }), { numRuns: 150 });
      });
    }
  });

  it('cross-item checks stay right when the cached list is reused or moved', () => {
    const config = (memory: string, lead: string): string =>
      `${lead}memory = ${memory}\ndisk = [ 'vdev=xvda, target=/a', 'vdev=xvdb, target=/b', 'vdev=xvda, target=/c' ]\n`;
    const clash = (text: string) => diagnosticsOf(text).filter((diagnostic) => diagnostic.code === 'xl/duplicate-vdev')
      .map((diagnostic) => [diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.relatedInformation?.[0].location.range.start.character]);
    const expected = [[1, 63, 15]];
    assert.deepStrictEqual(clash(config('1024', '')), expected);
    assert.deepStrictEqual(clash(config('2048', '')), expected, 'same list, same place');
    assert.deepStrictEqual(clash(config('2048', '\n')), [[2, 63, 15]], 'moved down a line');
    assert.deepStrictEqual(clash(config('512', '')), [[1, 63, 15]], 'moved back');
  });
});
