import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { detectLanguage } from '../../../../server/src/service/index';
import { lintWorkspaceClashes, type LintedFile } from '../../../../server/src/service/workspace';
import { clashFixtures, codesOf } from './helpers';

function fixture(relative: string): LintedFile {
  const file = path.join(clashFixtures, relative);
  return { path: file, languageId: detectLanguage(file) ?? 'unknown', text: fs.readFileSync(file, 'utf8') };
}

describe('lintWorkspaceClashes (for hvconf lint)', () => {
  const files = ['xen/web1.cfg', 'xen/web2.cfg', 'xen/db.cfg', 'vz/conf/101.conf', 'vz/conf/102.conf', 'node2/vz/conf/101.conf'].map(fixture);

  it('reports the clashes of the fixture folder by path', () => {
    const result = lintWorkspaceClashes(files);
    const at = (relative: string): string[] => codesOf(result.get(path.join(clashFixtures, relative)));
    assert.deepStrictEqual(at('xen/web1.cfg'), ['xl/duplicate-mac-in-workspace', 'xl/duplicate-name-in-workspace', 'xl/duplicate-uuid-in-workspace']);
    assert.deepStrictEqual(at('xen/web2.cfg'), ['xl/duplicate-mac-in-workspace', 'xl/duplicate-name-in-workspace', 'xl/duplicate-uuid-in-workspace']);
    assert.deepStrictEqual(at('xen/db.cfg'), []);
    assert.deepStrictEqual(at('vz/conf/101.conf'), ['vz/duplicate-ctid-in-workspace', 'vz/duplicate-ip-in-workspace', 'vz/duplicate-ip-in-workspace']);
    assert.deepStrictEqual(at('vz/conf/102.conf'), ['vz/duplicate-ip-in-workspace']);
    assert.deepStrictEqual(at('node2/vz/conf/101.conf'), ['vz/duplicate-ctid-in-workspace', 'vz/duplicate-ip-in-workspace']);
    // same file name in both folders: the message names the other by enough of its path to tell them apart
    const ctid = result.get(path.join(clashFixtures, 'vz/conf/101.conf'))?.find((d) => d.code === 'vz/duplicate-ctid-in-workspace');
    assert.match(ctid?.message ?? '', /by node2\/vz\/conf\/101\.conf /);
  });

  it('finds nothing in one file alone', () => {
    assert.strictEqual(lintWorkspaceClashes([fixture('xen/web1.cfg')]).size, 0);
  });

  it('applies severity settings: a changed severity, and off', () => {
    const raised = lintWorkspaceClashes(files, { severity: { 'xl/duplicate-name-in-workspace': 'error' } });
    const name = raised.get(path.join(clashFixtures, 'xen/web1.cfg'))?.find((d) => d.code === 'xl/duplicate-name-in-workspace');
    assert.strictEqual(name?.severity, DiagnosticSeverity.Error);
    const off = lintWorkspaceClashes(files, { severity: { 'vz/duplicate-ip-in-workspace': 'off', 'vz/duplicate-ctid-in-workspace': 'off' } });
    assert.strictEqual(off.has(path.join(clashFixtures, 'vz/conf/102.conf')), false);
    assert.strictEqual(off.has(path.join(clashFixtures, 'xen/web1.cfg')), true);
  });

  it('honours `# hvconf-disable` in the file the warning lands in, and only there', () => {
    const a: LintedFile = { path: '/ws/xen/a.cfg', languageId: 'xen-xl', text: '# hvconf-disable xl/duplicate-name-in-workspace\nname = "web"\n' };
    const b: LintedFile = { path: '/ws/xen/b.cfg', languageId: 'xen-xl', text: 'name = "web"\n' };
    const result = lintWorkspaceClashes([a, b]);
    assert.strictEqual(result.has(a.path), false);
    assert.deepStrictEqual(codesOf(result.get(b.path)), ['xl/duplicate-name-in-workspace']);
  });

  it('produces nothing with validation turned off', () => {
    assert.strictEqual(lintWorkspaceClashes(files, { validation: false }).size, 0);
  });
});
