/**
 * The extension-host suite and the runner agree on a result file: the runner
 * names it in the environment of code-server, whose extension host inherits
 * it, and the suite writes its counts and failures there when it finishes.
 */
export const resultFileVariable = 'HVCONF_E2E_RESULT_FILE';

export interface SuiteFailure {
  readonly title: string;
  readonly error: string;
}

export interface SuiteResult {
  readonly passed: number;
  readonly failed: number;
  readonly failures: readonly SuiteFailure[];
}
