/**
 * `hvconf xl ...`: the xl verbs on the simulated cluster.
 *   create FILE [--host H] [-n|--dry-run] [-p]      list [--host H] [--json]
 *   shutdown|reboot|destroy|pause|unpause DOMAIN    migrate DOMAIN HOST [--json]
 *   info [--host H]   console DOMAIN   mem-set DOMAIN MEM   vcpu-set DOMAIN N
 *   storage [--host H] [--json]   create-storage PATH SIZE_GIB --host H
 * Global: --state-dir DIR, --speed N, --instant, --cluster FILE, --timeout S, --verbose.
 */
import type { Hypervisor } from '../host/hypervisor';
import { formatXlList } from '../host/format';
import { formatXlInfo } from '../host/xl-info';
import { GLOBAL_FLAGS, GLOBAL_VALUES, type ParsedArgs } from './args';
import {
  EXIT_FAILED, EXIT_OK, load, printJson, progressPrinter, usageError,
} from './common';
import { dispatch, type Verb, type VerbDef } from './dispatch';
import type { HostCliIo } from './io';
import { formatMigrationReport } from './migration-text';

const USAGE = 'hvconf xl <create|list|shutdown|reboot|destroy|pause|unpause|migrate|info|console|mem-set|vcpu-set|storage|create-storage> [options]';

const SPEC = {
  values: [...GLOBAL_VALUES, '--host'],
  flags: [...GLOBAL_FLAGS, '--json', '--dry-run', '--paused'],
  aliases: { '-n': '--dry-run', '-p': '--paused', '-h': '--help', '-v': '--verbose' },
};

/** `xl mem-set` sizes: a bare number is MiB; suffixes b, k, m, g, t (reference xl-config.md §3). */
export function parseMemoryMiB(text: string): number | undefined {
  const match = /^(\d+)([bkmgt]?)$/i.exec(text.trim());
  if (!match) return undefined;
  const value = Number(match[1]);
  const factor: Record<string, number> = { b: 1 / 1024 ** 2, k: 1 / 1024, m: 1, g: 1024, t: 1024 ** 2, '': 1 };
  return Math.floor(value * factor[match[2]!.toLowerCase()]!);
}

function ref(args: ParsedArgs, index = 1): { domain: string; host?: string } {
  const host = args.values.get('--host');
  return { domain: args.positional[index]!, ...(host ? { host } : {}) };
}

const lifecycle = (run: (hv: Hypervisor, r: { domain: string; host?: string }, args: ParsedArgs, io: HostCliIo) => Promise<{ messages: readonly string[] }>): Verb =>
  async (hv, args, io) => {
    const result = await run(hv, ref(args), args, io);
    for (const message of result.messages) io.stdout(`${message}\n`);
    return EXIT_OK;
  };

/** `args`: exact count, or [min, max] */
const VERBS: Record<string, VerbDef> = {
  create: {
    arity: 1, usage: 'xl create FILE [--host H] [-n|--dry-run] [-p]',
    run: async (hv, args, io) => {
      const file = args.positional[1]!;
      io.stderr(`Parsing config from ${file}\n`);
      const spec = await load(io, 'xl', io.specLoader, 'xl config', file);
      if (!spec) return EXIT_FAILED;
      const host = args.values.get('--host');
      if (args.flags.has('--dry-run')) {
        const dry = await hv.dryRunDomain(spec, host ? { host } : {});
        for (const warning of dry.warnings) io.stderr(`xl: warning: ${warning}\n`);
        printJson(io, dry.config);
        if (dry.refusal) {
          io.stderr(`xl: note: creating it on ${dry.host} now would be refused: ${dry.refusal.message}\n`);
        }
        return EXIT_OK;
      }
      const result = await hv.createDomain(spec, { ...(host ? { host } : {}), paused: args.flags.has('--paused'), ...progressPrinter(io, 'xl', args) });
      for (const warning of result.warnings) io.stderr(`xl: warning: ${warning}\n`);
      if (args.flags.has('--json')) printJson(io, result);
      else io.stdout(`Domain ${result.domain.name} created on ${result.domain.host} with domid ${result.domain.domid}${args.flags.has('--paused') ? ' (paused)' : ''}\n`);
      return EXIT_OK;
    },
  },
  list: {
    arity: [0, Infinity], usage: 'xl list [DOMAIN...] [--host H] [--json]',
    run: async (hv, args, io) => {
      const host = args.values.get('--host');
      const wanted = args.positional.slice(1);
      const all = await hv.listDomains(host);
      const domains = wanted.length === 0 ? all : all.filter((d) => wanted.includes(d.name) || wanted.includes(String(d.domid)));
      const unknown = wanted.filter((w) => !all.some((d) => d.name === w || String(d.domid) === w));
      if (unknown.length > 0) {
        io.stderr(`xl: ${unknown.map((u) => `${u} is an invalid domain identifier`).join('; ')}\n`);
        return EXIT_FAILED;
      }
      if (args.flags.has('--json')) { printJson(io, domains); return EXIT_OK; }
      const hosts = [...new Set(domains.map((d) => d.host))];
      hosts.forEach((name, i) => {
        if (hosts.length > 1) io.stdout(`${i > 0 ? '\n' : ''}# ${name}\n`);
        io.stdout(formatXlList(domains.filter((d) => d.host === name)));
      });
      return EXIT_OK;
    },
  },
  shutdown: { arity: 1, usage: 'xl shutdown DOMAIN', run: lifecycle((hv, r, args, io) => hv.shutdownDomain(r, progressPrinter(io, 'xl', args))) },
  reboot: { arity: 1, usage: 'xl reboot DOMAIN', run: lifecycle((hv, r, args, io) => hv.rebootDomain(r, progressPrinter(io, 'xl', args))) },
  destroy: { arity: 1, usage: 'xl destroy DOMAIN', run: lifecycle((hv, r) => hv.destroyDomain(r)) },
  pause: { arity: 1, usage: 'xl pause DOMAIN', run: lifecycle((hv, r) => hv.pauseDomain(r)) },
  unpause: { arity: 1, usage: 'xl unpause DOMAIN', run: lifecycle((hv, r) => hv.unpauseDomain(r)) },
  'mem-set': {
    arity: 2, usage: 'xl mem-set DOMAIN MEM[b|k|m|g|t]  (a bare number is MiB)',
    run: async (hv, args, io) => {
      const mib = parseMemoryMiB(args.positional[2]!);
      if (mib === undefined) return usageError(io, 'xl', `invalid memory size "${args.positional[2]}"`, 'xl mem-set DOMAIN MEM[b|k|m|g|t]');
      await hv.setDomainMemory(ref(args), mib);
      return EXIT_OK;
    },
  },
  'vcpu-set': {
    arity: 2, usage: 'xl vcpu-set DOMAIN N',
    run: async (hv, args, io) => {
      const n = Number(args.positional[2]);
      if (!Number.isInteger(n) || n < 1) return usageError(io, 'xl', `invalid vCPU count "${args.positional[2]}"`, 'xl vcpu-set DOMAIN N');
      await hv.setDomainVcpus(ref(args), n);
      return EXIT_OK;
    },
  },
  migrate: {
    arity: 2, usage: 'xl migrate DOMAIN HOST [--json]',
    run: async (hv, args, io) => {
      const result = await hv.migrateDomain(ref(args), args.positional[2]!, progressPrinter(io, 'xl', args));
      if (args.flags.has('--json')) printJson(io, result);
      else io.stdout(formatMigrationReport(result.report));
      return EXIT_OK;
    },
  },
  info: {
    arity: 0, usage: 'xl info [--host H]',
    run: async (hv, args, io) => {
      const host = args.values.get('--host') ?? (await hv.hosts()).find((h) => h.kind === 'xen')?.name;
      if (!host) { io.stderr('xl: the cluster has no Xen host\n'); return EXIT_FAILED; }
      const info = await hv.hostInfo(host);
      if (args.flags.has('--json')) printJson(io, Object.fromEntries(info));
      else io.stdout(formatXlInfo(info));
      return EXIT_OK;
    },
  },
  console: {
    arity: 1, usage: 'xl console DOMAIN',
    run: async (hv, args, io) => {
      io.stdout(`${(await hv.console(ref(args))).join('\n')}\n`);
      return EXIT_OK;
    },
  },
  storage: {
    arity: 0, usage: 'xl storage [--host H] [--json]',
    run: async (hv, args, io) => {
      const hosts = args.values.get('--host') ? [args.values.get('--host')!] : (await hv.hosts()).filter((h) => h.kind === 'xen').map((h) => h.name);
      const entries = (await Promise.all(hosts.map(async (host) => (await hv.storage(host)).map((e) => ({ host, ...e }))))).flat();
      if (args.flags.has('--json')) { printJson(io, entries); return EXIT_OK; }
      io.stdout(`${'HOST'.padEnd(8)} ${'KIND'.padEnd(14)} ${'SIZE'.padStart(8)}  PATH\n`);
      for (const e of entries) io.stdout(`${e.host.padEnd(8)} ${e.kind.padEnd(14)} ${`${e.sizeGiB}G`.padStart(8)}  ${e.path}${e.shared ? '  (shared)' : ''}\n`);
      return EXIT_OK;
    },
  },
  'create-storage': {
    arity: 2, usage: 'xl create-storage PATH SIZE_GIB --host H', needsHost: true,
    run: async (hv, args, io) => {
      const size = Number(args.positional[2]);
      if (!(size > 0)) return usageError(io, 'xl', `invalid size "${args.positional[2]}"`, 'xl create-storage PATH SIZE_GIB --host H');
      const entry = await hv.createStorage(args.values.get('--host')!, args.positional[1]!, size);
      io.stdout(`created ${entry.kind} ${entry.path} (${entry.sizeGiB} GiB)\n`);
      return EXIT_OK;
    },
  },
};

export function runXlCommand(argv: readonly string[], io: HostCliIo): Promise<number> {
  return dispatch({
    name: 'xl', usage: USAGE, spec: SPEC, verbs: VERBS,
    refuse: (verb, args) => (verb === 'create' && args.positional.slice(1).some((a) => a.includes('='))
      ? 'key=value overrides are not supported here; edit the config file instead' : undefined),
  }, argv, io);
}
