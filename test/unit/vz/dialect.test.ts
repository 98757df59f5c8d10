import * as assert from 'assert';
import { parseVzConf } from '../../../server/src/vz/parse';
import { vz7OnlyKeys } from '../../../server/src/schema/vz';

describe('vz-conf dialect detection', () => {
  it('defaults to legacy vzctl 4.11', () => {
    assert.deepStrictEqual(parseVzConf('ONBOOT="yes"\n').dialect, { dialect: 'legacy', reason: 'default' });
  });

  for (const key of ['VERSION', 'PLATFORM', 'UUID', 'DISK', 'TEMPLATES']) {
    it(`${key}= suggests Virtuozzo 7`, () => {
      const choice = parseVzConf(`ONBOOT="yes"\n${key}="x"\n`).dialect;
      assert.strictEqual(choice.dialect, 'vz7');
      assert.strictEqual(choice.evidence, key);
    });
  }

  for (const key of ['VE_LAYOUT', 'IPTABLES', 'CPUUWEIGHT']) {
    it(`${key}= suggests legacy`, () => {
      assert.deepStrictEqual(parseVzConf(`${key}="x"\nVERSION="2"\n`).dialect, { dialect: 'legacy', reason: 'file-hints', evidence: key });
    });
  }

  it('a key only Virtuozzo 7 reads is weaker evidence, used when nothing else decides', () => {
    const choice = parseVzConf('VEFSTYPE="xfs"\n', { vz7OnlyKeys }).dialect;
    assert.deepStrictEqual(choice, { dialect: 'vz7', reason: 'file-hints', evidence: 'VEFSTYPE' });
    assert.strictEqual(parseVzConf('VEFSTYPE="xfs"\n').dialect.dialect, 'legacy');
  });

  it('the setting overrides file hints', () => {
    assert.deepStrictEqual(parseVzConf('VERSION="2"\n', { dialect: 'legacy' }).dialect, { dialect: 'legacy', reason: 'setting' });
  });

  it('a # hvconf: dialect= comment overrides the setting and the hints', () => {
    const choice = parseVzConf('# hvconf: dialect=vz7\nVE_LAYOUT="ploop"\n', { dialect: 'legacy' }).dialect;
    assert.strictEqual(choice.dialect, 'vz7');
    assert.strictEqual(choice.reason, 'comment');
    assert.strictEqual(parseVzConf('# hvconf: dialect=legacy\nVERSION="2"\n').dialect.dialect, 'legacy');
  });

  it('an unknown dialect name in the comment is ignored', () => {
    assert.strictEqual(parseVzConf('# hvconf: dialect=solaris\nVERSION="2"\n').dialect.reason, 'file-hints');
  });

  it('the dialect changes how values are read', () => {
    const text = "# hvconf: dialect=vz7\nHOSTNAME='a' # c\n";
    assert.strictEqual(parseVzConf(text).assignments[0].value.text, 'a');
    assert.strictEqual(parseVzConf(text.replace('vz7', 'legacy')).assignments[0].value.text, "'a' # c");
  });
});
