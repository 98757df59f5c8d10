import * as assert from 'assert';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import {
  collectIdentities, crossFileDiagnostics, workspaceCodes, type FileIdentities,
} from '../../../../server/src/service/workspace';
import { codesOf } from './helpers';

function xlFile(uri: string, text: string): FileIdentities {
  return { uri, identities: collectIdentities('xen-xl', text, { uri }) };
}

function vzFile(uri: string, text: string): FileIdentities {
  return { uri, identities: collectIdentities('vz-conf', text, { uri }) };
}

describe('crossFileDiagnostics', () => {
  it('warns about a domain name used by two files, on both, with related information to the other', () => {
    const a = xlFile('file:///ws/xen/a.cfg', 'name = "web"\n');
    const b = xlFile('file:///ws/xen/b.cfg', '# copy\nname = "web"\n');
    const result = crossFileDiagnostics([a, b]);
    const onA = result.get(a.uri) ?? [];
    const onB = result.get(b.uri) ?? [];
    assert.deepStrictEqual(codesOf(onA), ['xl/duplicate-name-in-workspace']);
    assert.deepStrictEqual(codesOf(onB), ['xl/duplicate-name-in-workspace']);
    assert.strictEqual(onA[0].severity, DiagnosticSeverity.Warning);
    assert.deepStrictEqual(onA[0].range, { start: { line: 0, character: 8 }, end: { line: 0, character: 11 } });
    assert.match(onA[0].message, /"web".*b\.cfg/);
    assert.match(onA[0].message, /Domain with name "web" already exists/);
    assert.deepStrictEqual(onA[0].relatedInformation?.map((info) => info.location), [
      { uri: b.uri, range: { start: { line: 1, character: 8 }, end: { line: 1, character: 11 } } },
    ]);
    assert.deepStrictEqual(onB[0].relatedInformation?.map((info) => info.location.uri), [a.uri]);
  });

  it('gives files without a clash no entry', () => {
    const result = crossFileDiagnostics([
      xlFile('file:///ws/a.xl', 'name = "web"\nvif = [ "mac=00:16:3e:00:00:01" ]\nuuid = "4dea22b3-1d52-d8f3-2516-782e98a23fa0"\n'),
      xlFile('file:///ws/b.xl', 'name = "db"\nvif = [ "mac=00:16:3e:00:00:02" ]\nuuid = "4dea22b3-1d52-d8f3-2516-782e98a23fa1"\n'),
      vzFile('file:///ws/vz/101.conf', 'IP_ADDRESS="10.0.0.1"\n'),
      vzFile('file:///ws/vz/102.conf', 'IP_ADDRESS="10.0.0.2"\n'),
    ]);
    assert.strictEqual(result.size, 0);
  });

  it('matches MACs written differently (case, separators) and points each file at its own spelling', () => {
    const a = xlFile('file:///ws/a.xl', 'vif = [ "mac=00:16:3e:aa:bb:cc" ]\n');
    const b = xlFile('file:///ws/b.xl', 'vif = [ "bridge=xenbr0", "mac=00-16-3E-AA-BB-CC" ]\n');
    const result = crossFileDiagnostics([a, b]);
    assert.deepStrictEqual(codesOf(result.get(a.uri)), ['xl/duplicate-mac-in-workspace']);
    const onB = result.get(b.uri) ?? [];
    assert.deepStrictEqual(codesOf(onB), ['xl/duplicate-mac-in-workspace']);
    assert.deepStrictEqual(onB[0].range, { start: { line: 0, character: 30 }, end: { line: 0, character: 47 } });
    assert.match(onB[0].message, /"00:16:3e:aa:bb:cc"/);
  });

  it('matches UUIDs regardless of case', () => {
    const result = crossFileDiagnostics([
      xlFile('file:///ws/a.xl', 'uuid = "4dea22b3-1d52-d8f3-2516-782e98a23fa0"\n'),
      xlFile('file:///ws/b.xl', 'uuid = "4DEA22B3-1D52-D8F3-2516-782E98A23FA0"\n'),
    ]);
    assert.deepStrictEqual(codesOf(result.get('file:///ws/b.xl')), ['xl/duplicate-uuid-in-workspace']);
  });

  it('matches container IPs with and without a prefix, and not different addresses', () => {
    const a = vzFile('file:///ws/vz/101.conf', 'IP_ADDRESS="10.0.0.5/24 10.0.0.7"\n');
    const b = vzFile('file:///ws/vz/102.conf', 'IP_ADDRESS="10.0.0.6 10.0.0.5"\n');
    const result = crossFileDiagnostics([a, b]);
    const onA = result.get(a.uri) ?? [];
    assert.deepStrictEqual(codesOf(onA), ['vz/duplicate-ip-in-workspace']);
    assert.deepStrictEqual(onA[0].range, { start: { line: 0, character: 12 }, end: { line: 0, character: 23 } });
    assert.deepStrictEqual(onA[0].relatedInformation?.[0].location.range, { start: { line: 0, character: 21 }, end: { line: 0, character: 29 } });
  });

  it('warns about two configs with one CTID in different folders, naming the other by folder', () => {
    const a = vzFile('file:///ws/node1/101.conf', 'IP_ADDRESS="10.0.0.1"\n');
    const b = vzFile('file:///ws/node2/101.conf', 'IP_ADDRESS="10.0.0.2"\n');
    const c = vzFile('file:///ws/node2/102.conf', 'IP_ADDRESS="10.0.0.3"\n');
    const result = crossFileDiagnostics([a, b, c]);
    assert.deepStrictEqual(codesOf(result.get(a.uri)), ['vz/duplicate-ctid-in-workspace']);
    assert.deepStrictEqual(codesOf(result.get(b.uri)), ['vz/duplicate-ctid-in-workspace']);
    assert.strictEqual(result.has(c.uri), false);
    assert.match(result.get(a.uri)?.[0].message ?? '', /node2\/101\.conf/);
  });

  it('relates every other file when three share a name', () => {
    const files = ['a', 'b', 'c'].map((letter) => xlFile(`file:///ws/${letter}.xl`, 'name = "web"\n'));
    const onA = crossFileDiagnostics(files).get('file:///ws/a.xl') ?? [];
    assert.strictEqual(onA.length, 1);
    assert.deepStrictEqual(onA[0].relatedInformation?.map((info) => info.location.uri), ['file:///ws/b.xl', 'file:///ws/c.xl']);
    assert.match(onA[0].message, /b\.xl, c\.xl/);
  });

  it('leaves a value repeated inside one file to the single-file checks', () => {
    const result = crossFileDiagnostics([
      xlFile('file:///ws/a.xl', 'vif = [ "mac=00:16:3e:00:00:01", "mac=00:16:3e:00:00:01" ]\n'),
      xlFile('file:///ws/b.xl', 'name = "other"\n'),
    ]);
    assert.strictEqual(result.size, 0);
  });

  it('does not confuse kinds: a domain name equal to a CTID is no clash', () => {
    const result = crossFileDiagnostics([
      xlFile('file:///ws/a.xl', 'name = "101"\n'),
      vzFile('file:///ws/vz/101.conf', 'HOSTNAME="x"\n'),
    ]);
    assert.strictEqual(result.size, 0);
  });

  it('documents every code it emits with the severity it uses', () => {
    const result = crossFileDiagnostics([
      xlFile('file:///ws/a.xl', 'name = "web"\nuuid = "4dea22b3-1d52-d8f3-2516-782e98a23fa0"\nvif = [ "mac=00:16:3e:00:00:01" ]\n'),
      xlFile('file:///ws/b.xl', 'name = "web"\nuuid = "4dea22b3-1d52-d8f3-2516-782e98a23fa0"\nvif = [ "mac=00:16:3e:00:00:01" ]\n'),
      vzFile('file:///ws/n1/101.conf', 'IP_ADDRESS="10.0.0.1"\n'),
      vzFile('file:///ws/n2/101.conf', 'IP_ADDRESS="10.0.0.1"\n'),
    ]);
    const emitted = new Set([...result.values()].flat().map((diagnostic) => String(diagnostic.code)));
    assert.deepStrictEqual([...emitted].sort(), Object.keys(workspaceCodes).sort());
    for (const diagnostic of [...result.values()].flat()) {
      assert.strictEqual(diagnostic.severity, DiagnosticSeverity.Warning);
      assert.strictEqual(workspaceCodes[diagnostic.code as keyof typeof workspaceCodes].severity, 'warning');
      assert.strictEqual(diagnostic.source, 'hvconf');
    }
  });
});
