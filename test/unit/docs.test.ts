import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { codeRows, generatedFiles, spliceReadme } from '../docs/render-docs';

const root = path.resolve(__dirname, '..', '..', '..');

describe('generated documentation', () => {
  it('README lists every diagnostic code as generated from the registries (run `npm run docs`)', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    assert.strictEqual(readme, spliceReadme(readme));
  });

  for (const [file, render] of Object.entries(generatedFiles)) {
    it(`${file} is up to date (run \`npm run docs\`)`, () => {
      assert.strictEqual(fs.readFileSync(path.join(root, file), 'utf8'), render());
    });
  }

  it('no code is documented twice', () => {
    const all = Object.values(codeRows()).flat().map((row) => row.code);
    assert.deepStrictEqual(all.filter((code, index) => all.indexOf(code) !== index), []);
  });
});
