import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { detectLanguage } from '../../../../server/src/service/index';
import { allVzCodes } from '../../../../server/src/service/vz/codes';
import { analyseVz } from '../../../../server/src/service/vz/model';
import { buildContainerSpec } from '../../../../server/src/service/vz/container-spec';
import { defaultSettings } from '../../../../server/src/service/settings';
import { diagnosticsOf } from './helpers';

const root = path.resolve(__dirname, '..', '..', '..', '..', '..', 'samples', 'virtuozzo');

function confFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? confFiles(full) : detectLanguage(full) === 'vz-conf' ? [full] : [];
  });
}

/** `# MISTAKE: code…` marks the next non-comment line. */
function markedMistakes(text: string): string[] {
  const lines = text.split('\n');
  const marked: string[] = [];
  lines.forEach((line, index) => {
    const match = /#\s*MISTAKE:\s*(.+)$/.exec(line);
    if (!match) return;
    let target = index + 1;
    while (target < lines.length && /^\s*(#.*)?$/.test(lines[target])) target++;
    for (const code of match[1].trim().split(/\s+/)) marked.push(`${target + 1}:${code}`);
  });
  return marked.sort();
}

describe('vz-conf samples', () => {
  const files = confFiles(root);

  it('the language detection finds the container, sample, global and Virtuozzo 7 files', () => {
    const names = files.map((file) => path.relative(root, file)).sort();
    for (const wanted of ['vz/conf/101.conf', 'vz/conf/ve-basic.conf-sample', 'vz/vz.conf', 'vz7/conf/201.conf', 'vz7/vz.conf', 'vz/conf/mistakes.conf']) {
      assert.ok(names.includes(wanted), `${wanted} not detected as vz-conf (found ${names.join(', ')})`);
    }
  });

  for (const file of files) {
    const relative = path.relative(root, file);
    const text = fs.readFileSync(file, 'utf8');
    const found = () => diagnosticsOf(text, `file://${file}`);
    if (/mistakes/.test(path.basename(file))) {
      it(`${relative}: yields exactly the marked codes, each a documented code`, () => {
        const marked = markedMistakes(text);
        for (const entry of marked) assert.ok((allVzCodes as string[]).includes(entry.split(':')[1]), entry);
        const actual = [...new Set(found().map((d) => `${d.range.start.line + 1}:${String(d.code)}`))].sort();
        assert.deepStrictEqual(actual, marked);
      });
    } else {
      it(`${relative}: has no diagnostic at all`, () => {
        assert.deepStrictEqual(found().map((d) => `${d.range.start.line + 1}: ${String(d.code)} ${d.message}`), []);
      });
    }
  }

  it('the container mistakes file shows most of the codes', () => {
    const text = fs.readFileSync(path.join(root, 'vz', 'conf', 'mistakes.conf'), 'utf8');
    const codes = new Set(markedMistakes(text).map((entry) => entry.split(':')[1]));
    assert.ok(codes.size >= 25, `only ${codes.size} codes`);
  });

  it('101.conf and the Virtuozzo 7 container build container specs', () => {
    for (const [relative, ctid, ramMiB] of [['vz/conf/101.conf', 101, 1024], ['vz7/conf/201.conf', 201, 4096]] as const) {
      const result = buildContainerSpec(analyseVz(fs.readFileSync(path.join(root, relative), 'utf8'), defaultSettings), path.join(root, relative));
      assert.ok(!('errors' in result), JSON.stringify(result));
      assert.strictEqual(result.ctid, ctid);
      assert.strictEqual(result.ramMiB, ramMiB);
    }
  });
});
