/**
 * Runs the UI test (test/e2e/ui/*.ui.js) with mocha in Node, driving the
 * workbench through Chromium. Prints `N passed, N failed` as its last line.
 *
 * Usage (after `npm run build`): node out/test/e2e/ui/run-ui.js
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 120_000 });
for (const file of fs.readdirSync(__dirname).filter((name) => name.endsWith('.ui.js')).sort()) {
  mocha.addFile(path.join(__dirname, file));
}
let passed = 0;
let failed = 0;
const runner = mocha.run(() => {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
});
runner.on('pass', () => { passed += 1; });
runner.on('fail', () => { failed += 1; });
