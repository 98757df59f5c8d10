import * as assert from 'assert';
import { InsertTextFormat } from 'vscode-languageserver-types';
import { completionAt, expectCompletion } from './helpers';

describe('vz-conf completion', () => {
  it('offers parameters at the start of a line, as KEY="…" snippets with docs', () => {
    const items = expectCompletion('ONBOOT="yes"\nPRIV<|>', ['PRIVVMPAGES', 'PHYSPAGES', 'HOSTNAME'], ['ONBOOT']);
    const privvm = items.find((item) => item.label === 'PRIVVMPAGES')!;
    assert.strictEqual(privvm.insertTextFormat, InsertTextFormat.Snippet);
    assert.ok(privvm.textEdit && 'range' in privvm.textEdit);
    assert.strictEqual(privvm.textEdit.newText, 'PRIVVMPAGES="${1:65536:69632}"');
    assert.deepStrictEqual(privvm.textEdit.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } });
  });

  it('an enumeration key comes with a choice of its values; deprecated keys are tagged', () => {
    const items = completionAt('<|>');
    const netfilter = items.find((item) => item.label === 'NETFILTER')!;
    assert.ok(netfilter.textEdit);
    assert.strictEqual(netfilter.textEdit.newText, 'NETFILTER="${1|disabled,stateless,stateful,full|}"');
    assert.deepStrictEqual(items.find((item) => item.label === 'VETH')!.tags, [1]);
    assert.strictEqual(netfilter.tags, undefined);
  });

  it('renaming the key of an existing line replaces only the key', () => {
    const items = completionAt('PRIV<|>PAGES="65536"\n');
    const privvm = items.find((item) => item.label === 'PRIVVMPAGES')!;
    assert.ok(privvm.textEdit && 'range' in privvm.textEdit);
    assert.strictEqual(privvm.textEdit.newText, 'PRIVVMPAGES');
    assert.deepStrictEqual(privvm.textEdit.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 9 } });
  });

  it('offers only the keys of the file\'s dialect', () => {
    expectCompletion('VERSION="2"\n<|>', ['CPUWEIGHT', 'TEMPLATES'], ['CPUUWEIGHT', 'VE_LAYOUT']);
    expectCompletion('VE_LAYOUT="ploop"\n<|>', ['CPUUWEIGHT', 'IPTABLES'], ['CPUWEIGHT', 'TEMPLATES']);
  });

  it('offers enumeration values with their meaning', () => {
    const items = expectCompletion('NETFILTER="<|>"', ['disabled', 'stateless', 'stateful', 'full']);
    assert.match(String(items.find((item) => item.label === 'full')!.detail), /NAT/);
  });

  it('offers yes/no, and auto for ONBOOT only in Virtuozzo 7', () => {
    expectCompletion('ONBOOT="<|>"', ['yes', 'no'], ['auto']);
    expectCompletion('VERSION="2"\nONBOOT="<|>"', ['yes', 'no', 'auto']);
  });

  it('offers units after a number, with the converted size', () => {
    const items = expectCompletion('PHYSPAGES="0:256<|>"', ['256M', '256G', '256K', '256P', 'unlimited']);
    assert.strictEqual(items.find((item) => item.label === '256M')!.detail, '256 MiB = 65536 pages');
  });

  it('offers no units for item counts, and no P suffix in Virtuozzo 7', () => {
    expectCompletion('NUMPROC="240<|>"', ['unlimited'], ['240M', '240K']);
    expectCompletion('VERSION="2"\nPHYSPAGES="0:256<|>"', ['256M'], ['256P']);
  });

  it('offers unlimited only where the dialect accepts it', () => {
    expectCompletion('DISKSPACE="<|>"', ['2G:2.2G'], ['unlimited']);
    expectCompletion('VERSION="2"\nDISKSPACE="<|>"', ['unlimited']);
  });

  it('offers sample values from the shipped samples at the start of a value', () => {
    expectCompletion('KMEMSIZE="<|>"', ['14372700:14790164']);
    expectCompletion('CONFIGFILE="<|>"', ['vswap-256m', 'basic']);
  });

  it('offers list items: features and capabilities as name:on / name:off', () => {
    expectCompletion('FEATURES="nfs:on <|>"', ['ppp:on', 'bridge:off'], ['time:on']);
    expectCompletion('VERSION="2"\nFEATURES="<|>"', ['time:on']);
    expectCompletion('CAPABILITY="<|>"', ['sys_time:on', 'net_admin:off']);
  });

  it('offers layouts and technologies with their meaning', () => {
    expectCompletion('VE_LAYOUT="<|>"', ['simfs', 'ploop', 'ploop:plain'], ['ploop:raw']);
    expectCompletion('VERSION="2"\nTECHNOLOGIES="x86_64 <|>"', ['nptl', 'xfs']);
  });

  it('offers NETIF field names', () => {
    expectCompletion('NETIF="ifname=eth0,<|>"', ['mac=', 'bridge='], ['gw=']);
  });

  it('works on a half-written line and offers nothing inside comments', () => {
    assert.ok(completionAt('PHYSPAGES="0:256M\nSWAPPAGES="0:5<|>').some((item) => item.label === '5M'));
    assert.deepStrictEqual(completionAt('# ONB<|>'), []);
  });
});
