import type { ServiceSettings, SeverityOverride } from './settings';

/**
 * Maps the client's `hvconf.*` settings onto ServiceSettings. Pure: it reads a
 * JSON value and returns a patch for `updateSettings`, plus one line per value
 * it had to ignore so the server can log them. A missing value is left out of
 * the patch (the current setting stays); a wrong one is ignored, never thrown.
 *
 * Accepts the payload of `workspace/didChangeConfiguration` or the
 * `initializationOptions` (`{ hvconf: {...} }`) as well as the section itself.
 */
export interface ClientSettingsResult {
  readonly settings: Partial<ServiceSettings>;
  readonly ignored: readonly string[];
}

const severityOverrides: readonly SeverityOverride[] = ['error', 'warning', 'information', 'hint', 'off'];
const vzDialects: readonly ServiceSettings['vzDialect'][] = ['auto', 'legacy', 'vz7'];

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

/** The patch alone, for callers that do not log what was ignored. */
export function settingsFromClient(payload: unknown): Partial<ServiceSettings> {
  return readClientSettings(payload).settings;
}

export function readClientSettings(payload: unknown): ClientSettingsResult {
  const ignored: string[] = [];
  const patch: { -readonly [K in keyof ServiceSettings]?: ServiceSettings[K] } = {};
  const section = isObject(payload) && isObject(payload['hvconf']) ? payload['hvconf'] : payload;
  if (!isObject(section)) return { settings: patch, ignored };

  const readSwitch = (group: string, target: 'validation' | 'completion' | 'hover' | 'formatting'): void => {
    const holder = section[group];
    if (holder === undefined) return;
    const value = isObject(holder) ? holder['enable'] : holder;
    if (value === undefined) return;
    if (typeof value === 'boolean') patch[target] = value;
    else ignored.push(`hvconf.${group}.enable: expected true or false, got ${JSON.stringify(value)}`);
  };
  readSwitch('validation', 'validation');
  readSwitch('completion', 'completion');
  readSwitch('hover', 'hover');
  readSwitch('format', 'formatting');

  const diagnostics = section['diagnostics'];
  const severity = isObject(diagnostics) ? diagnostics['severity'] : undefined;
  if (severity !== undefined) {
    if (isObject(severity)) {
      const overrides: Record<string, SeverityOverride> = {};
      for (const [code, level] of Object.entries(severity)) {
        if (oneOf(severityOverrides, level)) overrides[code] = level;
        else ignored.push(`hvconf.diagnostics.severity["${code}"]: expected one of ${severityOverrides.join(', ')}, got ${JSON.stringify(level)}`);
      }
      patch.severity = overrides;
    } else {
      ignored.push(`hvconf.diagnostics.severity: expected an object of code → severity, got ${JSON.stringify(severity)}`);
    }
  }

  const vz = section['vz'];
  const dialect = isObject(vz) ? vz['dialect'] : undefined;
  if (dialect !== undefined) {
    if (oneOf(vzDialects, dialect)) patch.vzDialect = dialect;
    else ignored.push(`hvconf.vz.dialect: expected one of ${vzDialects.join(', ')}, got ${JSON.stringify(dialect)}`);
  }

  const maxChars = section['maxValidatedChars'];
  if (maxChars !== undefined) {
    if (typeof maxChars === 'number' && Number.isFinite(maxChars) && maxChars >= 0) patch.maxValidatedChars = Math.floor(maxChars);
    else ignored.push(`hvconf.maxValidatedChars: expected a number of characters ≥ 0, got ${JSON.stringify(maxChars)}`);
  }

  return { settings: patch, ignored };
}
