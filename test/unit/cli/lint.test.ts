import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../../server/src/cli';
import type { CliIo } from '../../../server/src/cli/io';

const repo = path.resolve(__dirname, '..', '..', '..', '..');
const samples = path.join(repo, 'samples');

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (text) => { stdout += text; }, stderr: (text) => { stderr += text; } };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

describe('hvconf lint', () => {
  it('exits 0 on valid configs and prints nothing per file', async () => {
    const result = await run('lint', path.join(samples, 'xen', 'web01-pv.cfg'), path.join(samples, 'xen', 'win2022-hvm.cfg'));
    assert.strictEqual(result.code, 0, result.stdout + result.stderr);
    assert.strictEqual(result.stdout, '');
    assert.match(result.stderr, /2 file\(s\) checked, 0 error/);
  });

  it('exits 1 on errors, one `file:line:col: severity code: message` line per finding', async () => {
    const file = path.join(samples, 'xen', 'mistakes.cfg');
    const result = await run('lint', file);
    assert.strictEqual(result.code, 1);
    const lines = result.stdout.trim().split('\n');
    assert.ok(lines.length >= 10);
    for (const line of lines) assert.match(line, /^.+mistakes\.cfg:\d+:\d+: (error|warning|information|hint) [a-z]+\/[a-z0-9-]+: .+/);
    assert.ok(lines.some((line) => line.includes(':9:1: hint xl/unknown-key: ')), result.stdout);
  });

  it('walks folders recursively, picks the language by file name and reports JSON', async () => {
    const result = await run('lint', '--format', 'json', samples);
    const report = JSON.parse(result.stdout) as { files: number; findings: Array<{ file: string; code: string; line: number }> };
    assert.ok(report.files >= 10, `only ${report.files} files`);
    assert.ok(report.findings.some((f) => f.file.endsWith('mistakes.cfg') && f.code === 'xl/unknown-key'));
    assert.ok(report.findings.some((f) => f.file.includes(`${path.sep}virtuozzo${path.sep}`) && f.code.startsWith('vz/')));
    assert.ok(report.findings.some((f) => f.file.endsWith('.metafile') && f.code.startsWith('metafile/')));
    assert.ok(!report.findings.some((f) => f.file.endsWith('web01-pv.cfg')));
  });

  it('expands globs and honours --language for an unrecognised name', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvconf-lint-'));
    fs.writeFileSync(path.join(dir, 'guest.conf'), 'name = "g"\nkernel = "/k"\nmemmory = 1\n');
    assert.strictEqual((await run('lint', path.join(dir, 'guest.conf'))).code, 2, 'an unknown file name needs --language');
    const forced = await run('lint', '--language', 'xen-xl', path.join(dir, 'guest.conf'));
    assert.strictEqual(forced.code, 0);
    assert.match(forced.stdout, /xl\/unknown-key/);
    const globbed = await run('lint', `${samples.replace(/\\/g, '/')}/xen/*.cfg`);
    assert.match(globbed.stderr, /[5-9] file\(s\) checked/);
  });

  it('reports clashes between the files linted together', async () => {
    const result = await run('lint', path.join(repo, 'test', 'fixtures', 'workspace-clash'));
    assert.match(result.stdout, /xl\/duplicate-name-in-workspace/);
    assert.match(result.stdout, /xl\/duplicate-mac-in-workspace/);
  });

  it('exits 2 on bad usage', async () => {
    assert.strictEqual((await run('lint')).code, 2);
    assert.strictEqual((await run('lint', '--format', 'xml', samples)).code, 2);
    assert.strictEqual((await run('lint', '/no/such/file.cfg')).code, 2);
    assert.strictEqual((await run('frobnicate')).code, 2);
  });
});
