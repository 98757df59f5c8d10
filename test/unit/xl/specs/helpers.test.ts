import * as assert from 'assert';
import { splitKeyValue, strtokRaw, strtokSplit, trimPiece } from '../../../../server/src/xl/specs/split';
import { atoi, strtoul, ULONG_MAX } from '../../../../server/src/xl/specs/cnum';
import { closest } from '../../../../server/src/xl/specs/suggest';
import { specKeys } from '../../../../server/src/schema/xl/spec-keys';

describe('xl spec helpers', () => {
  it('splits like strtok plus xl\'s blank stripping: empty fields vanish, leading blanks go, trailing stay', () => {
    const pieces = strtokSplit(',, a=1 ,  ,b');
    assert.deepStrictEqual(pieces, [
      { text: 'a=1 ', start: 3, end: 7 },
      { text: '', start: 10, end: 10 },
      { text: 'b', start: 11, end: 12 },
    ]);
    assert.deepStrictEqual(strtokRaw(' a, b').map((piece) => piece.text), [' a', ' b']);
  });

  it('splits key and value at the first "=" with offsets', () => {
    const { key, value } = splitKeyValue({ text: 'a=b=c', start: 4, end: 9 });
    assert.deepStrictEqual(key, { text: 'a', start: 4, end: 5 });
    assert.deepStrictEqual(value, { text: 'b=c', start: 6, end: 9 });
    assert.strictEqual(splitKeyValue({ text: 'flag', start: 0, end: 4 }).value, undefined);
  });

  it('trims both ends like xl\'s trim(isspace)', () => {
    assert.deepStrictEqual(trimPiece({ text: ' \tname ', start: 10, end: 17 }), { text: 'name', start: 12, end: 16 });
  });

  it('converts numbers as glibc strtoul does', () => {
    assert.strictEqual(strtoul('010', 0, 0).value, 8n);
    assert.strictEqual(strtoul('0x1f', 0, 0).value, 31n);
    assert.deepStrictEqual([strtoul('09', 0, 0).value, strtoul('09', 0, 0).end], [0n, 1]);
    assert.strictEqual(strtoul(' 42', 0, 10).value, 42n);
    assert.strictEqual(strtoul('-1', 0, 10).value, ULONG_MAX);
    assert.strictEqual(strtoul('99999999999999999999999', 0, 10).overflow, true);
    assert.strictEqual(strtoul('x', 0, 10).converted, false);
    assert.strictEqual(strtoul('0xg', 0, 16).end, 1);
    assert.strictEqual(atoi(' -12abc'), -12);
    assert.strictEqual(atoi('yes'), 0);
  });

  it('suggests close names only', () => {
    assert.strictEqual(closest('bridg', ['bridge', 'backend']), 'bridge');
    assert.strictEqual(closest('zzzz', ['bridge', 'backend']), undefined);
  });

  it('documents every sub-key once per language, with values that say what they mean', () => {
    for (const [language, defs] of Object.entries(specKeys)) {
      const names = defs.map((def) => def.name);
      assert.deepStrictEqual(names.filter((name, index) => names.indexOf(name) !== index), [], `${language} has duplicate sub-keys`);
      for (const def of defs) {
        assert.ok(def.summary.length > 10, `${language}.${def.name} needs a summary`);
        for (const value of def.values ?? []) assert.ok(value.doc.length > 2, `${language}.${def.name}=${value.value} needs a doc`);
      }
    }
  });
});
