/**
 * Runs the extension-host suite (test/e2e/suite) inside a real VS Code:
 * code-server 4.99.4 (VS Code 1.99.3) on loopback, its workbench opened in
 * headless Chromium with the extension and the tests named in the `payload`
 * query. Prints the workbench log, then `N passed, N failed` as its last line,
 * and exits with the workbench's exit code.
 *
 * Usage (after `npm run build`): node out/test/e2e/run-in-code-server.js
 *        node out/test/e2e/run-in-code-server.js --vsix hvconf-0.1.0.vsix
 * With --vsix the packaged extension is installed into code-server and tested
 * instead of the development folder.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { launchBrowser } from './support/browser';
import { startCodeServer } from './support/code-server';
import { fixtureWorkspace, repoRoot, suiteEntry } from './support/paths';
import { resultFileVariable, type SuiteResult } from './support/result-file';
import { workbenchUrl } from './support/workbench-url';

const runTimeoutMs = Number(process.env.HVCONF_E2E_TIMEOUT_MS ?? 300_000);

/** A manifest-only extension, so that the workbench starts the tests. */
function emptyDevelopmentExtension(parent: string): string {
  const folder = path.join(parent, 'test-host-extension');
  fs.mkdirSync(folder, { recursive: true });
  const manifest = { name: 'hvconf-test-host', publisher: 'hvconf', version: '0.0.0', engines: { vscode: '^1.90.0' } };
  fs.writeFileSync(path.join(folder, 'package.json'), JSON.stringify(manifest, null, 2));
  return folder;
}

function vsixArgument(argv: readonly string[]): string | undefined {
  const at = argv.indexOf('--vsix');
  if (at < 0) return undefined;
  const file = argv[at + 1];
  if (!file || !fs.existsSync(file)) throw new Error(`--vsix needs an existing .vsix file, got ${file ?? 'nothing'}`);
  return path.resolve(file);
}

function readResult(file: string): SuiteResult | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as SuiteResult;
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  if (!fs.existsSync(suiteEntry)) throw new Error(`${suiteEntry} is missing; run "npm run build" first`);
  const vsix = vsixArgument(process.argv.slice(2));
  if (!vsix && !fs.existsSync(path.join(repoRoot, 'dist', 'client.js'))) throw new Error('dist/client.js is missing; run "npm run build" first');

  const resultFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hvconf-e2e-')), 'result.json');
  const server = await startCodeServer({
    env: { [resultFileVariable]: resultFile },
    installExtensions: vsix ? [vsix] : [],
  });
  const browser = await launchBrowser().catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  try {
    const page = await browser.context.newPage();
    const exitCode = new Promise<number>((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    await page.exposeFunction('codeAutomationLog', (level: string, message: unknown) => {
      const text = Array.isArray(message) ? message.join(' ') : String(message);
      console.log(`[workbench ${level}] ${text}`);
    });
    page.on('pageerror', (error) => console.log(`[page error] ${error.message}`));

    const url = workbenchUrl({
      origin: server.origin,
      folder: fixtureWorkspace,
      // the workbench runs tests only for a development extension; with a
      // .vsix that is an empty stand-in, and HVConf comes from the install
      extensionDevelopmentPath: vsix ? emptyDevelopmentExtension(path.dirname(resultFile)) : repoRoot,
      extensionTestsPath: suiteEntry,
    });
    console.log(`[runner] opening ${server.origin} with the extension ${vsix ? `installed from ${vsix}` : `from ${repoRoot}`}`);
    await page.goto(url);

    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<number>((resolve) => {
      timer = setTimeout(() => {
        console.log(`[runner] no result after ${runTimeoutMs} ms; giving up`);
        resolve(1);
      }, runTimeoutMs);
    });
    const code = await Promise.race([exitCode, timeout]);
    clearTimeout(timer);

    const result = readResult(resultFile);
    if (result) {
      for (const failure of result.failures) console.log(`\n[failed] ${failure.title}\n${failure.error}`);
    } else {
      console.log('[runner] the suite wrote no result (it did not load or did not finish)');
      console.log(server.log());
    }
    const passed = result?.passed ?? 0;
    const failed = result ? result.failed : 1;
    const finalCode = code !== 0 || failed > 0 ? 1 : 0;
    console.log(`[runner] workbench exit code ${code}`);
    console.log(`${passed} passed, ${code !== 0 && failed === 0 ? 1 : failed} failed`);
    return finalCode;
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(path.dirname(resultFile), { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack ?? error.message : String(error));
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
