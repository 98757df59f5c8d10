/** `hvconf` command line: lint configs, and drive the simulated host. */
import { runLint } from './cli/lint';
import { processIo, type CliIo } from './cli/io';
import { specLoaders } from './cli/spec-loaders';
import { runTemplateCommand } from './cli/template-command';
import { runVzCommand, runXlCommand } from './host-cli';

const usage = `usage: hvconf <command> [options]
commands:
  lint PATH...                 check configs (xl, vz-conf, metafile); see 'hvconf lint --help'
  xl <verb> ...                xl-style verbs on the simulated Xen hosts:
                               create FILE [--host H] [--dry-run], list [--json], shutdown|reboot|destroy|
                               pause|unpause DOMAIN, migrate DOMAIN HOST [--json], info [--host H],
                               console DOMAIN, mem-set DOMAIN MEM, vcpu-set DOMAIN N
  vz <verb> ...                vzctl/vzpkg-style verbs on the simulated Virtuozzo hosts:
                               create-cache METAFILE, deploy --template T --count N --start-ip IP
                               [--hostname PATTERN] [--config SAMPLE] [--host H] [--json], list [--json],
                               start|stop|restart|destroy CTID, install-app TEMPLATE CTID...,
                               migrate CTID HOST [--json], export-template METAFILE DIR,
                               import-template DIR [OUT]
global host options: --state-dir DIR (or HVCONF_STATE_DIR), --speed N, --instant`;

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'lint':
      return runLint(rest, io);
    case 'xl':
      return runXlCommand(rest, { ...io, env: process.env, ...specLoaders() });
    case 'vz':
      if (rest[0] === 'export-template' || rest[0] === 'import-template') return runTemplateCommand(rest, io);
      return runVzCommand(rest, { ...io, env: process.env, ...specLoaders() });
    case '--help':
    case '-h':
    case 'help':
      io.stdout(`${usage}\n`);
      return 0;
    case undefined:
      io.stderr(`${usage}\n`);
      return 2;
    default:
      io.stderr(`hvconf: unknown command '${command}'\n${usage}\n`);
      return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (error: unknown) => {
      process.stderr.write(`hvconf: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
