import * as assert from 'assert';
import { parse } from '../../../../server/src/xl/parse';
import { buildModel } from '../../../../server/src/service/xl/model';
import { matchTypePrefix } from '../../../../server/src/service/xl/guest-type';
import { readLong } from '../../../../server/src/service/xl/values';
import { closestMatch, editDistance } from '../../../../server/src/service/xl/did-you-mean';

const model = (text: string) => buildModel(parse(text));

describe('xl model', () => {
  it('defaults to PV on x86 and PVH on Arm', () => {
    assert.strictEqual(model('name = "a"\n').guest.type, 'pv');
    assert.strictEqual(model('name = "a"\n').guest.source, 'default');
    assert.strictEqual(model('# hvconf: arch=arm\nname = "a"\n').guest.type, 'pvh');
  });

  it('matches type by prefix in xl order (hvm, pv, pvh)', () => {
    assert.strictEqual(matchTypePrefix(''), 'hvm');
    assert.strictEqual(matchTypePrefix('h'), 'hvm');
    assert.strictEqual(matchTypePrefix('p'), 'pv');
    assert.strictEqual(matchTypePrefix('pvh'), 'pvh');
    assert.strictEqual(matchTypePrefix('pvhx'), undefined);
    assert.strictEqual(model('type = "pvh"\n').guest.type, 'pvh');
  });

  it('takes the guest type from builder when type is absent', () => {
    const resolved = model('builder = "hvm"\n').guest;
    assert.deepStrictEqual([resolved.type, resolved.source], ['hvm', 'builder']);
    assert.strictEqual(model('builder = "generic"\ntype = "hvm"\n').guest.conflict, true);
  });

  it('keeps the last assignment and lists the overridden ones', () => {
    const binding = model('memory = 512\nmemory = 1024\n').bindings.get('memory');
    assert.deepStrictEqual(binding?.value?.kind === 'scalar' && binding.value.text, '1024');
    assert.strictEqual(binding?.overridden.length, 1);
  });

  it('joins strings and appends lists with +=', () => {
    const m = model('extra = "a"\nextra += " b"\ndisk = [ "x" ]\ndisk += [ "y", "z" ]\n');
    const extra = m.bindings.get('extra')?.value;
    assert.ok(extra?.kind === 'scalar');
    assert.strictEqual(extra.text, 'a b');
    assert.strictEqual(extra.viaPlusEquals, true);
    const disk = m.bindings.get('disk')?.value;
    assert.strictEqual(disk?.kind === 'list' && disk.items.length, 3);
  });

  it('treats a first += like =, and a later = as a reset', () => {
    const first = model('extra += "a"\n').bindings.get('extra')?.value;
    assert.ok(first?.kind === 'scalar' && first.text === 'a' && !first.viaPlusEquals);
    const reset = model('extra = "a"\nextra += "b"\nextra = "c"\n').bindings.get('extra');
    assert.ok(reset?.value?.kind === 'scalar' && reset.value.text === 'c');
    assert.strictEqual(reset.overridden.length, 2);
  });

  it('reads the hvconf directives', () => {
    assert.strictEqual(model('# hvconf: workload=web\nname = "a"\n').directives.workload, 'web');
  });
});

describe('xl number reading (strtol base 0)', () => {
  const value = (text: string) => { const read = readLong(text); return read.ok ? Number(read.value) : read.reason; };
  it('reads decimal, hex, octal and signs like strtol', () => {
    assert.strictEqual(value('512'), 512);
    assert.strictEqual(value('0x1f'), 31);
    assert.strictEqual(value('010'), 8);
    assert.strictEqual(value(' 42'), 42);
    assert.strictEqual(value('-3600'), -3600);
  });
  it('rejects trailing junk, bad octal and empty text', () => {
    assert.strictEqual(value('42 '), 'not-a-number');
    assert.strictEqual(value('08'), 'not-a-number');
    assert.strictEqual(value('0x'), 'not-a-number');
    assert.strictEqual(value(''), 'not-a-number');
    assert.strictEqual(value('1.5'), 'not-a-number');
  });
  it('reports overflow of a 64-bit long', () => {
    assert.strictEqual(value('99999999999999999999'), 'out-of-range');
  });
});

describe('did you mean', () => {
  it('counts a transposition as one edit', () => {
    assert.strictEqual(editDistance('memroy', 'memory'), 1);
    assert.strictEqual(editDistance('kitten', 'sitting'), 3);
  });
  it('suggests only close candidates', () => {
    assert.strictEqual(closestMatch('memroy', ['memory', 'maxmem']), 'memory');
    assert.strictEqual(closestMatch('zzzzzz', ['memory', 'maxmem']), undefined);
  });
});
