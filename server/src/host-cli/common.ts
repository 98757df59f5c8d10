/** Shared plumbing of the xl and vz verbs: global options, opening the host, errors to exit codes. */
import { DEFAULT_SPEED } from '../host/clock';
import { HostError, isHostError, type Hypervisor } from '../host/hypervisor';
import { openSimulatedCluster, type SimulatedClusterOptions } from '../host/simulated-hypervisor';
import type { ParsedArgs } from './args';
import { isSpecErrors, type HostCliIo, type Loader } from './io';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** Options for opening the cluster from the global flags; errors are usage errors. */
export function clusterOptions(args: ParsedArgs, io: HostCliIo): SimulatedClusterOptions | string {
  const speedText = args.values.get('--speed');
  const speed = speedText === undefined ? DEFAULT_SPEED : Number(speedText);
  if (!(speed > 0)) return `--speed needs a positive number, got "${speedText}"`;
  const timeoutText = args.values.get('--timeout');
  const timeoutSeconds = timeoutText === undefined ? undefined : Number(timeoutText);
  if (timeoutSeconds !== undefined && !(timeoutSeconds > 0)) return `--timeout needs a positive number of seconds, got "${timeoutText}"`;
  const stateDir = args.values.get('--state-dir');
  const clusterFile = args.values.get('--cluster');
  return {
    speed,
    instant: args.flags.has('--instant'),
    ...(io.env ? { env: io.env } : {}),
    ...(stateDir ? { stateDir } : {}),
    ...(clusterFile ? { clusterFile } : {}),
    ...(timeoutSeconds ? { timeoutMs: timeoutSeconds * 1000, longTimeoutMs: Math.max(timeoutSeconds * 1000, 60_000) } : {}),
  };
}

export async function withHypervisor(io: HostCliIo, tool: string, args: ParsedArgs, run: (hv: Hypervisor) => Promise<number>): Promise<number> {
  const options = clusterOptions(args, io);
  if (typeof options === 'string') return usageError(io, tool, options);
  let hv: Hypervisor | undefined;
  try {
    hv = await (io.openHypervisor ?? openSimulatedCluster)(options);
    for (const notice of hv.notices()) io.stderr(`${tool}: note: ${notice}\n`);
    return await run(hv);
  } catch (error) {
    return reportError(io, tool, error);
  } finally {
    hv?.dispose();
  }
}

export function usageError(io: HostCliIo, tool: string, message: string, usage?: string): number {
  io.stderr(`${tool}: ${message}\n`);
  if (usage) io.stderr(`usage: ${usage}\n`);
  return EXIT_USAGE;
}

/** vzctl-style exit codes for the refusals that have one (reference openvz.md §3.1: 31 not running, 32 already running, 44, 46, 78, 91, 21); 1 otherwise. */
const VZ_EXIT: Partial<Record<HostError['code'], number>> = {
  'template-missing': 91,
  'ip-in-use': 78,
  'no-disk-space': 46,
  'id-clash': 44,
  'invalid-argument': 21,
};

export function reportError(io: HostCliIo, tool: string, error: unknown): number {
  if (isHostError(error)) {
    io.stderr(`${tool}: ${error.message}\n`);
    for (const offer of error.details.createStorage ?? []) {
      io.stderr(`${tool}: hint: hvconf xl create-storage ${offer.path} ${offer.sizeGiB} --host ${offer.host}\n`);
    }
    if (tool !== 'vz') return EXIT_FAILED;
    const specific = error.details['vzctlExit'];
    return typeof specific === 'number' ? specific : VZ_EXIT[error.code] ?? EXIT_FAILED;
  }
  io.stderr(`${tool}: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  return EXIT_FAILED;
}

/** Runs a loader; prints its errors (located, from the language service) and returns undefined on failure. */
export async function load<T>(io: HostCliIo, tool: string, loader: Loader<T> | undefined, what: string, path: string): Promise<T | undefined> {
  if (!loader) {
    io.stderr(`${tool}: cannot read ${what} files here (no loader was provided by the caller)\n`);
    return undefined;
  }
  let loaded: T | { errors: readonly string[] };
  try {
    loaded = await loader(path);
  } catch (error) {
    io.stderr(`${tool}: cannot read ${path}: ${error instanceof Error ? error.message : String(error)}\n`);
    return undefined;
  }
  if (isSpecErrors(loaded)) {
    for (const message of loaded.errors) io.stderr(`${message}\n`);
    io.stderr(`${tool}: ${path}: ${loaded.errors.length} error(s); nothing was done\n`);
    return undefined;
  }
  return loaded;
}

export function printJson(io: HostCliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

export function formatDuration(ms: number): string {
  if (ms < 1) return `${ms.toFixed(3)} ms`;
  if (ms < 1000) return `${ms.toFixed(1)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

export function progressPrinter(io: HostCliIo, tool: string, args: ParsedArgs): { onProgress?: (p: { message: string }) => void } {
  return args.flags.has('--verbose') ? { onProgress: (p) => io.stderr(`${tool}: ${p.message}\n`) } : {};
}
