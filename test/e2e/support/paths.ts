import * as path from 'path';

/** The repository root, from the compiled location out/test/e2e/support/. */
export const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

/** The workspace the real-editor tests open: our own fixtures, kept in git. */
export const fixtureWorkspace = path.join(repoRoot, 'test', 'fixtures', 'e2e-workspace');

/** The compiled extension-host suite (test/e2e/suite/index.ts). */
export const suiteEntry = path.join(repoRoot, 'out', 'test', 'e2e', 'suite', 'index.js');

export const screenshotDir = path.join(repoRoot, 'test-results', 'screenshots');
