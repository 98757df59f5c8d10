import * as assert from 'assert';
import { IdentityCache, textStamp, type Identity } from '../../../../server/src/service/workspace';

const one: Identity[] = [{ kind: 'domain-name', value: 'web', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } } }];

describe('IdentityCache', () => {
  it('computes once per (uri, stamp) and again when the stamp changes', () => {
    const cache = new IdentityCache();
    let computed = 0;
    const compute = (): Identity[] => { computed++; return one; };
    cache.get('file:///a', 'v1', compute);
    cache.get('file:///a', 'v1', compute);
    assert.strictEqual(computed, 1);
    cache.get('file:///b', 'v1', compute);
    assert.strictEqual(computed, 2);
    cache.get('file:///a', 'v2', compute);
    assert.strictEqual(computed, 3);
    cache.delete('file:///a');
    cache.get('file:///a', 'v2', compute);
    assert.strictEqual(computed, 4);
    assert.strictEqual(cache.size, 2);
  });
});

describe('textStamp', () => {
  it('differs for different texts and languages, and is stable for the same', () => {
    assert.strictEqual(textStamp('xen-xl', 'name = "a"\n'), textStamp('xen-xl', 'name = "a"\n'));
    assert.notStrictEqual(textStamp('xen-xl', 'name = "a"\n'), textStamp('xen-xl', 'name = "b"\n'));
    assert.notStrictEqual(textStamp('xen-xl', 'name = "a"\n'), textStamp('vz-conf', 'name = "a"\n'));
    assert.notStrictEqual(textStamp('xen-xl', 'ab'), textStamp('xen-xl', 'ba'));
  });
});
