import type { Severity } from '../schema/types';

export type SeverityOverride = Severity | 'off';

export interface ServiceSettings {
  readonly validation: boolean;
  readonly completion: boolean;
  readonly hover: boolean;
  readonly formatting: boolean;
  /** per diagnostic code, e.g. `{ "xl/unknown-key": "off" }` */
  readonly severity: Readonly<Record<string, SeverityOverride>>;
  /** container-config dialect; 'auto' detects it from the file */
  readonly vzDialect: 'auto' | 'legacy' | 'vz7';
  /** files larger than this (characters) get syntax checks only */
  readonly maxValidatedChars: number;
}

export const defaultSettings: ServiceSettings = {
  validation: true,
  completion: true,
  hover: true,
  formatting: true,
  severity: {},
  vzDialect: 'auto',
  maxValidatedChars: 4 * 1024 * 1024,
};

export function mergeSettings(base: ServiceSettings, patch: Partial<ServiceSettings> | undefined): ServiceSettings {
  if (!patch) return base;
  // A client sends its whole severity table each time, so a new table replaces the old one:
  // an override the user removed must stop applying.
  return { ...base, ...patch, severity: patch.severity ?? base.severity };
}
