import type { ServiceSettings, SeverityOverride } from './settings';

const SEVERITIES: readonly SeverityOverride[] = ['error', 'warning', 'information', 'hint', 'off'];
const DIALECTS: readonly ServiceSettings['vzDialect'][] = ['auto', 'legacy', 'vz7'];

function section(value: unknown, key: string): Record<string, unknown> | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const inner = (value as Record<string, unknown>)[key];
  return inner && typeof inner === 'object' ? (inner as Record<string, unknown>) : undefined;
}

function flag(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

/**
 * Maps the client's `hvconf.*` settings (as VS Code sends the `hvconf`
 * section) onto service settings. Unknown or ill-typed entries are ignored, so
 * a hand-edited settings.json can never break the server.
 */
export function settingsFromClient(raw: unknown): Partial<ServiceSettings> {
  if (!raw || typeof raw !== 'object') return {};
  const patch: { -readonly [K in keyof ServiceSettings]?: ServiceSettings[K] } = {};
  const validation = flag(section(raw, 'validation')?.enable);
  const completion = flag(section(raw, 'completion')?.enable);
  const hover = flag(section(raw, 'hover')?.enable);
  const formatting = flag(section(raw, 'format')?.enable);
  if (validation !== undefined) patch.validation = validation;
  if (completion !== undefined) patch.completion = completion;
  if (hover !== undefined) patch.hover = hover;
  if (formatting !== undefined) patch.formatting = formatting;

  const severity = section(raw, 'diagnostics')?.severity;
  if (severity && typeof severity === 'object') {
    const overrides: Record<string, SeverityOverride> = {};
    for (const [code, level] of Object.entries(severity as Record<string, unknown>)) {
      if (SEVERITIES.includes(level as SeverityOverride)) overrides[code] = level as SeverityOverride;
    }
    patch.severity = overrides;
  }
  const dialect = section(raw, 'vz')?.dialect;
  if (DIALECTS.includes(dialect as ServiceSettings['vzDialect'])) patch.vzDialect = dialect as ServiceSettings['vzDialect'];
  const maxChars = (raw as Record<string, unknown>).maxValidatedChars;
  if (typeof maxChars === 'number' && Number.isFinite(maxChars) && maxChars > 0) patch.maxValidatedChars = maxChars;
  return patch;
}
