import * as assert from 'assert';
import { applyQuickFix, basicConfig, codesOf, GLOBAL_URI, VSWAP } from './helpers';

describe('vz-conf quick fixes', () => {
  it('did you mean: renames an unknown key', () => {
    const fixed = applyQuickFix(`${VSWAP}HOSTNMAE="web"\n`, 'vz/unknown-key', "Change to 'HOSTNAME'");
    assert.ok(fixed.endsWith('HOSTNAME="web"\n'));
    assert.ok(!codesOf(fixed).includes('vz/unknown-key'));
  });

  it('did you mean: fixes an enumeration value inside the quotes', () => {
    assert.ok(applyQuickFix(`${VSWAP}NETFILTER="statefull"\n`, 'vz/invalid-enum', "'stateful'").endsWith('NETFILTER="stateful"\n'));
  });

  it('barrier = limit where vzcfgvalidate requires it', () => {
    const fixed = applyQuickFix(basicConfig({ NUMPROC: '240:250' }), 'vz/barrier-not-equal-limit', 'Set barrier = limit');
    assert.ok(fixed.includes('NUMPROC="250:250"'));
    assert.deepStrictEqual(codesOf(fixed), []);
  });

  it('unlimited where vzcfgvalidate requires it', () => {
    const fixed = applyQuickFix(basicConfig({ OOMGUARPAGES: '26112:30000' }), 'vz/limit-not-unlimited', 'unlimited');
    assert.ok(fixed.includes('OOMGUARPAGES="26112:unlimited"'));
    assert.deepStrictEqual(codesOf(fixed), []);
  });

  it('adds a unit suffix to a bare number in the wrong unit', () => {
    const fixed = applyQuickFix('PHYSPAGES="0:512"\nSWAPPAGES="0:512M"\n', 'vz/suspicious-unit', 'Add the unit');
    assert.strictEqual(fixed, 'PHYSPAGES="0:512M"\nSWAPPAGES="0:512M"\n');
  });

  it('sets a VSwap barrier to 0', () => {
    assert.ok(applyQuickFix('PHYSPAGES="256M:256M"\nSWAPPAGES="0:512M"\n', 'vz/barrier-not-zero').startsWith('PHYSPAGES="0:256M"'));
  });

  it('fixes a barrier above its limit', () => {
    const fixed = applyQuickFix(basicConfig({ NUMFLOCK: '206:188' }), 'vz/barrier-above-limit');
    assert.ok(fixed.includes('NUMFLOCK="206:206"'));
  });

  it('removes blanks around =', () => {
    assert.ok(applyQuickFix(`${VSWAP}HOSTNAME = "web"\n`, 'vz/space-around-equals').endsWith('HOSTNAME="web"\n'));
  });

  it('replaces single quotes with double quotes', () => {
    assert.ok(applyQuickFix(`${VSWAP}HOSTNAME='web'\n`, 'vz/single-quoted').endsWith('HOSTNAME="web"\n'));
  });

  it('quotes a value that is not shell-safe', () => {
    const fixed = applyQuickFix(`${VSWAP}NAMESERVER=8.8.8.8 8.8.4.4\n`, 'vz/not-shell-safe', 'Quote');
    assert.ok(fixed.endsWith('NAMESERVER="8.8.8.8 8.8.4.4"\n'));
    assert.ok(!codesOf(fixed).includes('vz/not-shell-safe'));
  });

  it('quotes an unquoted value so its trailing comment stays a comment', () => {
    const fixed = applyQuickFix(`${VSWAP}NAMESERVER=8.8.8.8   # google\n`, 'vz/comment-in-value');
    assert.ok(fixed.endsWith('NAMESERVER="8.8.8.8" # google\n'), fixed);
    assert.deepStrictEqual(codesOf(fixed), []);
  });

  it('closes an unmatched quote', () => {
    assert.ok(applyQuickFix(`${VSWAP}HOSTNAME="web\n`, 'vz/unmatched-quote').endsWith('HOSTNAME="web"\n'));
  });

  it('removes a repeated line', () => {
    assert.strictEqual(applyQuickFix(`${VSWAP}CPUUNITS="2000"\n`, 'vz/duplicate-key'), VSWAP);
  });

  it('adds the missing required parameters', () => {
    const fixed = applyQuickFix('PHYSPAGES="0:256M"\n', 'vz/missing-required');
    assert.strictEqual(fixed, 'PHYSPAGES="0:256M"\nSWAPPAGES="0:512M"\n');
    const nonVswap = applyQuickFix(basicConfig({ NUMFILE: undefined }), 'vz/missing-required');
    assert.ok(nonVswap.endsWith('NUMFILE="9312:9312"\n'));
    assert.deepStrictEqual(codesOf(nonVswap), []);
  });

  it('adds $VEID to VE_PRIVATE in vz.conf', () => {
    const fixed = applyQuickFix('VE_PRIVATE="/vz/private/"\n', 'vz/missing-veid', undefined, GLOBAL_URI);
    assert.strictEqual(fixed, 'VE_PRIVATE="/vz/private/$VEID"\n');
  });

  it('raises NUMIPTENT to 16', () => {
    assert.ok(applyQuickFix(basicConfig({ NUMIPTENT: '8:8' }), 'vz/numiptent-raised').includes('NUMIPTENT="16:16"'));
  });
});
