/** `hvconf` command line: lint configs, and drive the simulated host. */
import { runLint } from './cli/lint';
import { processIo, type CliIo } from './cli/io';

const usage = `usage: hvconf <command> [options]
commands:
  lint PATH...        check configs (xl, vz-conf, metafile); see 'hvconf lint --help'`;

export function main(argv: readonly string[], io: CliIo = processIo): number {
  const [command, ...rest] = argv;
  switch (command) {
    case 'lint':
      return runLint(rest, io);
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      io.stdout(`${usage}\n`);
      return command === undefined ? 2 : 0;
    default:
      io.stderr(`hvconf: unknown command '${command}'\n${usage}\n`);
      return 2;
  }
}

if (require.main === module) {
  // Let stdout drain before exiting so piped output is complete.
  process.exitCode = main(process.argv.slice(2));
}
