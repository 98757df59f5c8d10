import type { Diagnostic } from 'vscode-languageserver-types';
import type { ServiceSettings } from '../settings';
import { applySeverityOverrides } from '../severity';
import { dropSuppressed, findSuppressions } from '../suppressions';

/**
 * Applies to cross-file diagnostics what the façade applies to single-file
 * ones: `# hvconf-disable CODE` comments of the file they land in, then the
 * per-code severity settings ('off' removes them). With validation turned
 * off there are none.
 */
export function applyWorkspaceSettings(diagnostics: Diagnostic[], text: string, settings: ServiceSettings): Diagnostic[] {
  if (!settings.validation || diagnostics.length === 0) return [];
  return applySeverityOverrides(dropSuppressed(diagnostics, findSuppressions(text)), settings.severity);
}
