import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { PlainReporter } from './plain-reporter';
import { resultFileVariable, type SuiteFailure, type SuiteResult } from '../support/result-file';

function testFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return testFiles(full);
    return entry.name.endsWith('.test.js') ? [full] : [];
  }).sort();
}

/**
 * Entry point called by the VS Code extension host (code-server payload or
 * @vscode/test-electron): runs every *.test.js next to this file with mocha.
 * Rejects when a test fails, which makes the workbench exit with code 1.
 */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: PlainReporter });
  for (const file of testFiles(__dirname)) mocha.addFile(file);

  return new Promise((resolve, reject) => {
    const failures: SuiteFailure[] = [];
    let passed = 0;
    const runner = mocha.run((failed) => {
      const result: SuiteResult = { passed, failed: failures.length, failures };
      const resultFile = process.env[resultFileVariable];
      if (resultFile) fs.writeFileSync(resultFile, JSON.stringify(result, null, 2));
      console.log(`hvconf e2e: ${passed} passed, ${failures.length} failed`);
      if (failed > 0) reject(new Error(`${failed} extension test(s) failed`));
      else resolve();
    });
    runner.on('pass', () => { passed += 1; });
    runner.on('fail', (test, error: unknown) => {
      const detail = error instanceof Error ? error.stack ?? error.message : String(error);
      failures.push({ title: test.fullTitle(), error: detail });
    });
  });
}
