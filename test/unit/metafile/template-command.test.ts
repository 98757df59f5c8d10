import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTemplateCommand } from '../../../server/src/cli/template-command';
import type { CliIo } from '../../../server/src/cli/io';

function capture(): CliIo & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (text: string) => { io.out += text; }, stderr: (text: string) => { io.err += text; } };
  return io;
}

const samples = path.resolve(__dirname, '..', '..', '..', '..', 'samples', 'virtuozzo', 'templates');

describe('hvconf vz export-template / import-template', () => {
  let work: string;
  beforeEach(() => { work = fs.mkdtempSync(path.join(os.tmpdir(), 'hvconf-template-')); });
  afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

  it('exports a sample into a template area and imports it back to an equivalent metafile', () => {
    const area = path.join(work, 'template');
    const io = capture();
    assert.strictEqual(runTemplateCommand(['export-template', path.join(samples, 'debian-12-x86_64.metafile'), area], io), 0, io.err);
    const config = path.join(area, 'debian', '12', 'x86_64', 'config', 'os', 'default');
    assert.strictEqual(fs.readFileSync(path.join(config, 'package_manager'), 'utf8'), 'dpkgx64\n');
    assert.strictEqual(fs.readFileSync(path.join(config, 'release'), 'utf8'), '3\n');
    assert.match(io.out, /debian-12-x86_64-ez-1\.0-3\.noarch\.rpm/);
    assert.match(io.out, /%license, %requires only reach the template RPM/);

    const out = path.join(work, 'back.metafile');
    const back = capture();
    assert.strictEqual(runTemplateCommand(['import-template', config, out], back), 0, back.err);
    const again = capture();
    assert.strictEqual(runTemplateCommand(['export-template', '--force', out, path.join(work, 'again')], again), 0, again.err);
    const second = path.join(work, 'again', 'debian', '12', 'x86_64', 'config', 'os', 'default');
    for (const name of fs.readdirSync(config)) {
      assert.strictEqual(fs.readFileSync(path.join(second, name), 'utf8'), fs.readFileSync(path.join(config, name), 'utf8'), name);
    }
  });

  it('prints the metafile when no OUT is given, reading from the template area root', () => {
    const area = path.join(work, 'template');
    assert.strictEqual(runTemplateCommand(['export-template', path.join(samples, 'debian-12-x86_64-nginx.metafile'), area], capture()), 0);
    const io = capture();
    assert.strictEqual(runTemplateCommand(['import-template', area], io), 0, io.err);
    assert.match(io.out, /^%appname\nnginx$/m);
  });

  it('refuses to overwrite without --force and refuses a broken metafile', () => {
    const area = path.join(work, 'template');
    const metafile = path.join(samples, 'centos-7-x86_64-mysql.metafile');
    assert.strictEqual(runTemplateCommand(['export-template', metafile, area], capture()), 0);
    const twice = capture();
    assert.strictEqual(runTemplateCommand(['export-template', metafile, area], twice), 1);
    assert.match(twice.err, /refusing to overwrite/);
    const broken = capture();
    assert.strictEqual(runTemplateCommand(['export-template', path.join(samples, 'base-mistakes.metafile'), path.join(work, 'x')], broken), 1);
    assert.match(broken.err, /line \d+: .*missing-repositories|repositories, zypp_repositories or mirrorlist/);
    assert.ok(!fs.existsSync(path.join(work, 'x')));
  });

  it('answers bad usage and unreadable paths with a message and status', () => {
    const usage = capture();
    assert.strictEqual(runTemplateCommand(['export-template', 'only-one'], usage), 2);
    assert.match(usage.err, /usage: hvconf vz export-template/);
    assert.strictEqual(runTemplateCommand(['frobnicate'], capture()), 2);
    const missing = capture();
    assert.strictEqual(runTemplateCommand(['import-template', path.join(work, 'nope')], missing), 1);
    assert.match(missing.err, /nope/);
    const help = capture();
    assert.strictEqual(runTemplateCommand(['export-template', '--help'], help), 0);
    assert.match(help.out, /import-template/);
  });
});
