/**
 * Where the simulated cluster lives and how fast it runs, from (first wins)
 * the client's current `hvconf.host.*` settings, the initialization options,
 * `HVCONF_STATE_DIR` / `HVCONF_SPEED`, and the host's defaults.
 */
import * as os from 'os';
import * as path from 'path';
import { defaultStateDir } from '../host/state-dir';
import { DEFAULT_SPEED } from '../host/clock';

export interface HostSettings {
  readonly stateDir: string;
  /** simulated ms per real ms; Infinity is the instant mode */
  readonly speed: number;
}

interface RawHostSettings {
  readonly stateDir?: unknown;
  readonly speed?: unknown;
}

/** Reads `{ host: { stateDir, speed } }` out of an `hvconf` settings object, ignoring anything malformed. */
export function rawHostSettings(settings: unknown): RawHostSettings {
  if (!settings || typeof settings !== 'object') return {};
  const host = (settings as { host?: unknown }).host;
  return host && typeof host === 'object' ? host as RawHostSettings : {};
}

function expandHome(value: string): string {
  return value === '~' || value.startsWith('~/') ? path.join(os.homedir(), value.slice(1)) : value;
}

function stateDirFrom(raw: RawHostSettings): string | undefined {
  return typeof raw.stateDir === 'string' && raw.stateDir.trim() !== '' ? path.resolve(expandHome(raw.stateDir.trim())) : undefined;
}

/** `0` (or the string "instant") means instant; a positive number is the speed factor. */
function speedFrom(value: unknown): number | undefined {
  if (value === 'instant') return Infinity;
  const speed = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof speed !== 'number' || !Number.isFinite(speed) || speed < 0) return undefined;
  return speed === 0 ? Infinity : speed;
}

export function resolveHostSettings(layers: readonly RawHostSettings[], env: NodeJS.ProcessEnv = process.env): HostSettings {
  const stateDir = layers.map(stateDirFrom).find((dir) => dir !== undefined) ?? defaultStateDir(env);
  const speed = [...layers.map((layer) => speedFrom(layer.speed)), speedFrom(env['HVCONF_SPEED'])]
    .find((value) => value !== undefined) ?? DEFAULT_SPEED;
  return { stateDir, speed };
}

export function sameHostSettings(a: HostSettings, b: HostSettings): boolean {
  return a.stateDir === b.stateDir && a.speed === b.speed;
}
