/**
 * Runs the same extension-host suite in a desktop VS Code downloaded by
 * @vscode/test-electron. Needs internet access (it downloads VS Code), so it
 * is for developer desktops and CI with a network; on the offline build
 * machines use run-in-code-server.ts instead.
 *
 * Usage (after `npm run build`): node out/test/e2e/run-in-electron.js
 * A display is needed on Linux (e.g. `xvfb-run -a node ...`).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';
import { fixtureWorkspace, repoRoot, suiteEntry } from './support/paths';
import { resultFileVariable, type SuiteResult } from './support/result-file';

async function main(): Promise<number> {
  const resultFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hvconf-e2e-')), 'result.json');
  let exitCode: number;
  try {
    exitCode = await runTests({
      version: process.env.HVCONF_VSCODE_VERSION ?? 'stable',
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: suiteEntry,
      extensionTestsEnv: { [resultFileVariable]: resultFile },
      launchArgs: [fixtureWorkspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
    });
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    exitCode = 1;
  }
  let result: SuiteResult | undefined;
  try {
    result = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as SuiteResult;
  } catch {
    result = undefined;
  }
  for (const failure of result?.failures ?? []) console.log(`\n[failed] ${failure.title}\n${failure.error}`);
  const failed = result ? Math.max(result.failed, exitCode === 0 ? 0 : 1) : 1;
  console.log(`${result?.passed ?? 0} passed, ${failed} failed`);
  return exitCode === 0 && failed === 0 ? 0 : 1;
}

main().then((code) => process.exit(code));
