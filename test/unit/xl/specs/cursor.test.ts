import * as assert from 'assert';
import { specCursor } from '../../../../server/src/xl/specs';
import type { XlSpecLanguage } from '../../../../server/src/schema/xl/key-def';
import { xlString } from './fixture';

/** `raw` is a quoted string with `<|>` where the cursor is; returns the cursor and the replaced text. */
function at(language: XlSpecLanguage, raw: string) {
  const offset = raw.indexOf('<|>');
  const text = raw.replace('<|>', '');
  const cursor = specCursor(language, xlString(text, 0), offset);
  return { cursor, replaced: cursor ? text.slice(cursor.replace.start, cursor.replace.end) : undefined };
}

describe('xl spec cursor', () => {
  it('sees a key position and the keys already present', () => {
    const { cursor, replaced } = at('disk', "'vdev=xvda, form<|>'");
    assert.ok(cursor && cursor.kind === 'key');
    assert.strictEqual(cursor.prefix, 'form');
    assert.deepStrictEqual(cursor.present, ['vdev']);
    assert.strictEqual(replaced, 'form');
  });

  it('sees the value of a key and replaces the whole value', () => {
    const { cursor, replaced } = at('disk', "'vdev=xvda,format=qc<|>ow,access=rw'");
    assert.ok(cursor && cursor.kind === 'value');
    assert.strictEqual(cursor.key, 'format');
    assert.strictEqual(cursor.prefix, 'qc');
    assert.strictEqual(replaced, 'qcow');
  });

  it('knows that disk target= runs to the end of the string', () => {
    const { cursor, replaced } = at('disk', "'vdev=xvda, target=rbd:a,id=<|>x'");
    assert.ok(cursor && cursor.kind === 'value');
    assert.strictEqual(cursor.key, 'target');
    assert.strictEqual(cursor.prefix, 'rbd:a,id=');
    assert.strictEqual(replaced, 'rbd:a,id=x');
  });

  it('replaces a key up to its "=" when the cursor is inside it', () => {
    const { cursor, replaced } = at('vif', "'mac=00:16:3e:00:00:01,bri<|>dge=xenbr0'");
    assert.ok(cursor && cursor.kind === 'key');
    assert.strictEqual(cursor.prefix, 'bri');
    assert.strictEqual(replaced, 'bridge');
  });

  it('maps through escapes and rejects offsets outside the quotes', () => {
    const { cursor, replaced } = at('vif', "'ip=1.2.3.4,\\tbridge=x<|>'");
    assert.ok(cursor && cursor.kind === 'value');
    assert.strictEqual(cursor.key, 'bridge');
    assert.strictEqual(replaced, 'x');
    assert.strictEqual(specCursor('vif', xlString("'bridge=x'", 10), 3), undefined);
  });

  it('treats an empty string as a key position', () => {
    const { cursor } = at('vif', "'<|>'");
    assert.deepStrictEqual(cursor, { kind: 'key', prefix: '', present: [], replace: { start: 1, end: 1 } });
  });
});
