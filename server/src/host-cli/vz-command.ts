/**
 * `hvconf vz ...`: the Virtuozzo verbs on the simulated cluster.
 *   create-cache METAFILE [--host H]      list [--host H] [--json]
 *   deploy --template T --count N --start-ip IP [--hostname PATTERN] [--config SAMPLE] [--host H] [--no-start] [--json]
 *   start|stop|restart|destroy CTID       install-app TEMPLATE CTID...
 *   migrate CTID HOST [--json]            templates [--host H] [--json]
 * Global: --state-dir DIR, --speed N, --instant, --cluster FILE, --timeout S, --verbose.
 */
import type { DeployRequest, Hypervisor } from '../host/hypervisor';
import { formatVzList } from '../host/format';
import { GLOBAL_FLAGS, GLOBAL_VALUES, type ParsedArgs } from './args';
import {
  EXIT_FAILED, EXIT_OK, formatDuration, load, printJson, progressPrinter, usageError,
} from './common';
import { dispatch, type Verb, type VerbDef } from './dispatch';
import type { HostCliIo } from './io';
import { formatMigrationReport } from './migration-text';

const USAGE = 'hvconf vz <create-cache|deploy|list|templates|start|stop|restart|destroy|install-app|migrate> [options]';

const SPEC = {
  values: [...GLOBAL_VALUES, '--host', '--template', '--count', '--start-ip', '--hostname', '--config'],
  flags: [...GLOBAL_FLAGS, '--json', '--no-start'],
  aliases: { '-h': '--help', '-v': '--verbose', '-j': '--json' },
};

const simple = (run: (hv: Hypervisor, ctid: string, args: ParsedArgs, io: HostCliIo) => Promise<string>): Verb =>
  async (hv, args, io) => {
    io.stdout(`${await run(hv, args.positional[1]!, args, io)}\n`);
    return EXIT_OK;
  };

const VERBS: Record<string, VerbDef> = {
  'create-cache': {
    arity: 1, usage: 'vz create-cache METAFILE [--host H]',
    run: async (hv, args, io) => {
      const spec = await load(io, 'vz', io.templateLoader, 'metafile', args.positional[1]!);
      if (!spec) return EXIT_FAILED;
      const host = args.values.get('--host');
      const started = Date.now();
      const view = await hv.createTemplate(spec, { ...(host ? { host } : {}), ...progressPrinter(io, 'vz', args) });
      if (args.flags.has('--json')) printJson(io, view);
      else io.stdout(`${view.kind === 'os' ? 'OS template cache' : 'Application template'} ${view.name} created on ${view.host} (${view.packages} packages, ${formatDuration(Date.now() - started)} real time)\n`);
      return EXIT_OK;
    },
  },
  deploy: {
    arity: 0, usage: 'vz deploy --template T --count N --start-ip IP [--hostname PATTERN] [--config SAMPLE] [--host H] [--no-start] [--json]',
    run: async (hv, args, io) => {
      const template = args.values.get('--template');
      const countText = args.values.get('--count');
      const startIp = args.values.get('--start-ip');
      if (!template || !countText || !startIp) return usageError(io, 'vz', 'deploy needs --template, --count and --start-ip', VERBS['deploy']!.usage);
      const count = Number(countText);
      if (!Number.isInteger(count) || count < 1) return usageError(io, 'vz', `--count needs a whole number >= 1, got "${countText}"`);
      const configPath = args.values.get('--config');
      const sample = configPath ? await load(io, 'vz', io.containerSpecLoader, 'container config', configPath) : undefined;
      if (configPath && !sample) return EXIT_FAILED;
      const pattern = args.values.get('--hostname');
      const host = args.values.get('--host');
      const request: DeployRequest = {
        template, count, startIp, start: !args.flags.has('--no-start'),
        ...(pattern ? { hostnamePattern: pattern } : {}), ...(sample ? { sample } : {}), ...(host ? { host } : {}),
      };
      const report = await hv.deploy(request, progressPrinter(io, 'vz', args));
      if (args.flags.has('--json')) {
        printJson(io, report);
      } else {
        for (const ct of report.containers) io.stdout(`${String(ct.ctid).padStart(10)} ${ct.ip.padEnd(15)} ${ct.hostname}\n`);
        if (report.skippedIps.length > 0) io.stdout(`skipped addresses in use: ${report.skippedIps.join(', ')}\n`);
        io.stdout(`deployed ${report.containers.length} of ${report.requested} containers from ${report.template} on ${report.host} in ${formatDuration(report.elapsedMs)} (simulated)\n`);
      }
      if (report.stoppedEarly) {
        io.stderr(`vz: deploy stopped early: ${report.stoppedEarly.message}\n`);
        return EXIT_FAILED;
      }
      return EXIT_OK;
    },
  },
  list: {
    arity: 0, usage: 'vz list [--host H] [--json]',
    run: async (hv, args, io) => {
      const containers = await hv.listContainers(args.values.get('--host'));
      if (args.flags.has('--json')) printJson(io, containers);
      else io.stdout(formatVzList(containers));
      return EXIT_OK;
    },
  },
  templates: {
    arity: 0, usage: 'vz templates [--host H] [--json]',
    run: async (hv, args, io) => {
      const templates = await hv.templates(args.values.get('--host'));
      if (args.flags.has('--json')) { printJson(io, templates); return EXIT_OK; }
      for (const t of templates) io.stdout(`${t.host.padEnd(8)} ${t.kind.padEnd(4)} ${t.cached ? 'cached  ' : 'no cache'} ${t.name}${t.baseOs ? ` (for ${t.baseOs})` : ''}\n`);
      return EXIT_OK;
    },
  },
  start: { arity: 1, usage: 'vz start CTID', run: simple(async (hv, ctid) => { const c = await hv.startContainer(ctid); return `Container ${c.ctid} is running`; }) },
  stop: { arity: 1, usage: 'vz stop CTID', run: simple(async (hv, ctid) => { const c = await hv.stopContainer(ctid); return `Container ${c.ctid} was stopped`; }) },
  restart: { arity: 1, usage: 'vz restart CTID', run: simple(async (hv, ctid) => { const c = await hv.restartContainer(ctid); return `Container ${c.ctid} was restarted`; }) },
  destroy: { arity: 1, usage: 'vz destroy CTID', run: simple(async (hv, ctid) => { await hv.destroyContainer(ctid); return `Container ${ctid} was destroyed`; }) },
  'install-app': {
    arity: [2, Infinity], usage: 'vz install-app TEMPLATE CTID...',
    run: async (hv, args, io) => {
      const [, template, ...ctids] = args.positional;
      const report = await hv.installAppTemplate(template!, ctids, progressPrinter(io, 'vz', args));
      if (args.flags.has('--json')) printJson(io, report);
      else for (const r of report.results) io.stdout(`${String(r.ctid).padStart(10)} ${r.outcome.padEnd(17)} ${r.message}\n`);
      return report.results.some((r) => r.outcome === 'failed') ? EXIT_FAILED : EXIT_OK;
    },
  },
  migrate: {
    arity: 2, usage: 'vz migrate CTID HOST [--json]',
    run: async (hv, args, io) => {
      const result = await hv.migrateContainer(args.positional[1]!, args.positional[2]!, progressPrinter(io, 'vz', args));
      if (args.flags.has('--json')) printJson(io, result);
      else io.stdout(formatMigrationReport(result.report));
      return EXIT_OK;
    },
  },
};

export function runVzCommand(argv: readonly string[], io: HostCliIo): Promise<number> {
  return dispatch({ name: 'vz', usage: USAGE, spec: SPEC, verbs: VERBS }, argv, io);
}
