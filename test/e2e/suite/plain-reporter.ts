import Mocha from 'mocha';

/**
 * Prints one finished line per test. The workbench forwards the extension
 * host's console as already-joined text, so printf-style reporters (spec)
 * arrive with their `%s` placeholders unfilled.
 */
export class PlainReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    runner.on('suite', (suite) => {
      if (suite.title) console.log(`${suite.fullTitle()}`);
    });
    runner.on('pass', (test) => console.log(`  ✔ ${test.title} (${test.duration ?? 0} ms)`));
    runner.on('fail', (test, error: unknown) => {
      console.log(`  ✘ ${test.title}: ${error instanceof Error ? error.message : String(error)}`);
    });
  }
}
