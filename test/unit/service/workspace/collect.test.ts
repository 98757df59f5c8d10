import * as assert from 'assert';
import { collectIdentities, identitiesOfModel, normaliseIp } from '../../../../server/src/service/workspace';
import { createLanguageService } from '../../../../server/src/service/index';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ofKind, textAt } from './helpers';

describe('workspace identities: xl', () => {
  it('takes the domain name with the range of the text inside the quotes', () => {
    const text = '# guest\nname = "web01"\nmemory = 512\n';
    const [name] = ofKind(collectIdentities('xen-xl', text), 'domain-name');
    assert.strictEqual(name.value, 'web01');
    assert.deepStrictEqual(name.range, { start: { line: 1, character: 8 }, end: { line: 1, character: 13 } });
    assert.strictEqual(textAt(text, name.range), 'web01');
  });

  it('uses only the name in effect: a later `=` hides the earlier one', () => {
    const text = 'name = "old"\nname = "new"\n';
    const names = ofKind(collectIdentities('xen-xl', text), 'domain-name');
    assert.deepStrictEqual(names.map((identity) => identity.value), ['new']);
    assert.strictEqual(names[0].range.start.line, 1);
  });

  it('has no name for an empty or missing name', () => {
    assert.deepStrictEqual(ofKind(collectIdentities('xen-xl', 'name = ""\n'), 'domain-name'), []);
    assert.deepStrictEqual(ofKind(collectIdentities('xen-xl', 'memory = 512\n'), 'domain-name'), []);
  });

  it('lower-cases a well-formed uuid and ignores a malformed one', () => {
    const text = 'uuid = "4DEA22B3-1d52-D8F3-2516-782E98A23FA0"\n';
    const [uuid] = ofKind(collectIdentities('xen-xl', text), 'uuid');
    assert.strictEqual(uuid.value, '4dea22b3-1d52-d8f3-2516-782e98a23fa0');
    assert.strictEqual(textAt(text, uuid.range), '4DEA22B3-1d52-D8F3-2516-782E98A23FA0');
    assert.deepStrictEqual(ofKind(collectIdentities('xen-xl', 'uuid = "not-a-uuid"\n'), 'uuid'), []);
  });

  it('normalises vif MACs (case, separators, short octets) and points at the MAC inside the spec', () => {
    const text = 'vif = [ "bridge=xenbr0,mac=00:16:3E:AA:BB:0C", "mac=0-16-3e-a-b-c", "bridge=xenbr1" ]\n';
    const macs = ofKind(collectIdentities('xen-xl', text), 'mac');
    assert.deepStrictEqual(macs.map((identity) => identity.value), ['00:16:3e:aa:bb:0c', '00:16:3e:0a:0b:0c']);
    assert.deepStrictEqual(macs.map((identity) => textAt(text, identity.range)), ['00:16:3E:AA:BB:0C', '0-16-3e-a-b-c']);
  });

  it('skips a MAC xl cannot read and vifs of an overridden vif list', () => {
    assert.deepStrictEqual(ofKind(collectIdentities('xen-xl', 'vif = [ "mac=zz:16:3e:aa:bb:cc" ]\n'), 'mac'), []);
    const text = 'vif = [ "mac=00:16:3e:00:00:01" ]\nvif = [ "mac=00:16:3e:00:00:02" ]\n';
    assert.deepStrictEqual(ofKind(collectIdentities('xen-xl', text), 'mac').map((identity) => identity.value), ['00:16:3e:00:00:02']);
  });

  it('never throws on junk and gives other languages nothing', () => {
    assert.deepStrictEqual(collectIdentities('xen-xl', '"[[[ = = ,'), []);
    assert.deepStrictEqual(collectIdentities('vz-metafile', '%packages\nbash\n'), []);
    assert.deepStrictEqual(collectIdentities('plaintext', 'name = "web"'), []);
  });

  it('reads the same identities from the language service model as from text', () => {
    const text = 'name = "web"\nvif = [ "mac=00:16:3e:00:00:01" ]\n';
    const service = createLanguageService();
    const document = TextDocument.create('file:///etc/xen/web.cfg', 'xen-xl', 1, text);
    assert.deepStrictEqual(identitiesOfModel('xen-xl', service.model(document), document.uri), collectIdentities('xen-xl', text));
  });
});

describe('workspace identities: vz-conf', () => {
  const uri = 'file:///etc/vz/conf/101.conf';

  it('takes each IP_ADDRESS entry without its prefix, with the range of the entry as written', () => {
    const text = 'HOSTNAME="ct"\nIP_ADDRESS="10.0.0.5/24 10.0.0.6"\n';
    const ips = ofKind(collectIdentities('vz-conf', text, { uri }), 'container-ip');
    assert.deepStrictEqual(ips.map((identity) => identity.value), ['10.0.0.5', '10.0.0.6']);
    assert.deepStrictEqual(ips.map((identity) => textAt(text, identity.range)), ['10.0.0.5/24', '10.0.0.6']);
    assert.deepStrictEqual(ips[0].range, { start: { line: 1, character: 12 }, end: { line: 1, character: 23 } });
  });

  it('compresses IPv6 and skips the 0.0.0.0 and :: placeholders vzctl skips', () => {
    const text = 'IP_ADDRESS="0.0.0.0 :: 2001:DB8:0:0::5/64"\n';
    const ips = ofKind(collectIdentities('vz-conf', text, { uri }), 'container-ip');
    assert.deepStrictEqual(ips.map((identity) => identity.value), ['2001:db8::5']);
  });

  it('takes the CTID from the file name, pointing at VEID when it agrees', () => {
    const [plain] = ofKind(collectIdentities('vz-conf', 'HOSTNAME="ct"\n', { uri }), 'ctid');
    assert.strictEqual(plain.value, '101');
    assert.deepStrictEqual(plain.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    const text = 'HOSTNAME="ct"\nVEID="101"\n';
    const [withVeid] = ofKind(collectIdentities('vz-conf', text, { uri }), 'ctid');
    assert.strictEqual(textAt(text, withVeid.range), '101');
  });

  it('falls back to VEID for a file not named after its CTID, and has no CTID without a uri', () => {
    const text = 'VEID="205"\n';
    assert.deepStrictEqual(ofKind(collectIdentities('vz-conf', text, { uri: 'file:///vz/private/205/ve.conf' }), 'ctid').map((identity) => identity.value), ['205']);
    assert.deepStrictEqual(ofKind(collectIdentities('vz-conf', text), 'ctid'), []);
  });

  it('reads a Virtuozzo 7 UUID-like CTID, lower-cased, and no CTID from a file not named after one', () => {
    const ctids = (name: string): string[] => ofKind(collectIdentities('vz-conf', 'HOSTNAME="ct"\n', { uri: `file:///etc/vz/conf/${name}` }), 'ctid').map((identity) => identity.value);
    assert.deepStrictEqual(ctids('8F4A2C10-1D52-D8F3-2516-782E98A23FA0.conf'), ['8f4a2c10-1d52-d8f3-2516-782e98a23fa0']);
    assert.deepStrictEqual(ctids('101.conf'), ['101']);
    assert.deepStrictEqual(ctids('mistakes.conf'), []);
  });

  it('finds nothing in vz.conf, 0.conf or a sample config', () => {
    const text = 'IP_ADDRESS="10.0.0.5"\n';
    for (const other of ['file:///etc/vz/vz.conf', 'file:///etc/vz/conf/0.conf', 'file:///etc/vz/conf/ve-basic.conf-sample']) {
      assert.deepStrictEqual(collectIdentities('vz-conf', text, { uri: other }), [], other);
    }
  });

  it('counts an address repeated inside one file once', () => {
    const ips = ofKind(collectIdentities('vz-conf', 'IP_ADDRESS="10.0.0.5 10.0.0.5/24"\n', { uri }), 'container-ip');
    assert.strictEqual(ips.length, 1);
  });
});

describe('normaliseIp', () => {
  it('drops the prefix and writes IPv6 one way', () => {
    assert.strictEqual(normaliseIp('192.168.1.10/24'), '192.168.1.10');
    assert.strictEqual(normaliseIp('192.168.1.10'), '192.168.1.10');
    assert.strictEqual(normaliseIp('2001:0DB8:0000:0000:0000:0000:0000:0001'), '2001:db8::1');
    assert.strictEqual(normaliseIp('2001:db8:0:0:1:0:0:1'), '2001:db8::1:0:0:1');
    assert.strictEqual(normaliseIp('fe80::1/64'), 'fe80::1');
    assert.strictEqual(normaliseIp('::ffff:10.0.0.1'), normaliseIp('::ffff:a00:1'));
  });

  it('rejects what is not an address', () => {
    for (const bad of ['256.1.1.1', '10.0.0', '1::2::3', 'host.example', '1:2:3:4:5:6:7:8:9', '']) {
      assert.strictEqual(normaliseIp(bad), undefined, bad);
    }
  });
});
