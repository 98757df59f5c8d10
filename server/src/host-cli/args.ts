/** A small argv parser for the host verbs: `--opt value`, `--opt=value`, boolean flags, positionals. */

export interface ArgSpec {
  /** options taking a value, e.g. ['--host', '--state-dir'] */
  readonly values: readonly string[];
  /** boolean flags, e.g. ['--json', '-n'] */
  readonly flags: readonly string[];
  /** alternative spellings, e.g. { '-n': '--dry-run' } */
  readonly aliases?: Readonly<Record<string, string>>;
}

export interface ParsedArgs {
  readonly positional: string[];
  readonly values: Map<string, string>;
  readonly flags: Set<string>;
  readonly errors: string[];
}

export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const positional: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const errors: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    if (raw === '--') { positional.push(...argv.slice(i + 1)); break; }
    if (!raw.startsWith('-') || raw === '-' || /^-\d/.test(raw)) { positional.push(raw); continue; }
    const eq = raw.indexOf('=');
    const given = eq > 0 ? raw.slice(0, eq) : raw;
    const name = spec.aliases?.[given] ?? given;
    if (spec.flags.includes(name)) {
      if (eq > 0) errors.push(`${given} takes no value`);
      flags.add(name);
    } else if (spec.values.includes(name)) {
      const value = eq > 0 ? raw.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') errors.push(`${given} needs a value`);
      else values.set(name, value);
    } else {
      errors.push(`unknown option ${given}`);
    }
  }
  return { positional, values, flags, errors };
}

export const GLOBAL_VALUES = ['--state-dir', '--speed', '--cluster', '--timeout'] as const;
export const GLOBAL_FLAGS = ['--instant', '--verbose', '--help'] as const;
