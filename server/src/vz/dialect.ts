import type { Span, VzDialect, VzDialectChoice } from './ast';

/** Keys whose presence tells the dialect (reference openvz.md §5). */
const VZ7_HINT_KEYS = ['VERSION', 'PLATFORM', 'UUID', 'DISK', 'TEMPLATES'];
const LEGACY_HINT_KEYS = ['VE_LAYOUT', 'IPTABLES', 'CPUUWEIGHT'];

export type DialectSetting = 'auto' | VzDialect;

export interface DialectInputs {
  /** key names in file order */
  readonly keys: readonly string[];
  /** the `# hvconf: dialect=...` directive, if any */
  readonly directive?: { readonly value: string; readonly span: Span };
  readonly setting: DialectSetting;
  /** weaker evidence: keys only Virtuozzo 7 knows (supplied by the schema) */
  readonly vz7OnlyKeys?: ReadonlySet<string>;
}

export function parseDialectName(value: string): VzDialect | undefined {
  const lower = value.toLowerCase();
  if (lower === 'vz7' || lower === 'virtuozzo' || lower === 'virtuozzo7') return 'vz7';
  if (lower === 'legacy' || lower === 'openvz') return 'legacy';
  return undefined;
}

/**
 * Order of precedence: an in-file directive, then the user's setting, then keys
 * that only one dialect writes, then legacy vzctl 4.11 as the default.
 */
export function chooseDialect(inputs: DialectInputs): VzDialectChoice {
  if (inputs.directive) {
    const named = parseDialectName(inputs.directive.value);
    if (named) return { dialect: named, reason: 'comment', directiveSpan: inputs.directive.span };
  }
  if (inputs.setting !== 'auto') return { dialect: inputs.setting, reason: 'setting' };
  for (const key of inputs.keys) {
    if (VZ7_HINT_KEYS.includes(key)) return { dialect: 'vz7', reason: 'file-hints', evidence: key };
    if (LEGACY_HINT_KEYS.includes(key)) return { dialect: 'legacy', reason: 'file-hints', evidence: key };
  }
  if (inputs.vz7OnlyKeys) {
    const vz7Key = inputs.keys.find((key) => inputs.vz7OnlyKeys?.has(key));
    if (vz7Key) return { dialect: 'vz7', reason: 'file-hints', evidence: vz7Key };
  }
  return { dialect: 'legacy', reason: 'default' };
}
