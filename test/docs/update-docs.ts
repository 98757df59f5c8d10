/** `npm run docs`: rewrites the generated reference tables. */
import * as fs from 'fs';
import * as path from 'path';
import { generatedFiles, spliceReadme } from './render-docs';

const root = path.resolve(__dirname, '..', '..', '..');
for (const [file, render] of Object.entries(generatedFiles)) {
  fs.writeFileSync(path.join(root, file), render());
  console.log(`wrote ${file}`);
}
const readmePath = path.join(root, 'README.md');
fs.writeFileSync(readmePath, spliceReadme(fs.readFileSync(readmePath, 'utf8')));
console.log('updated README.md');
