import type { Diagnostic } from 'vscode-languageserver-types';
import type { XlModel } from './model';
import type { XlCheck } from './checks/check';
import { syntaxCheck } from './checks/syntax';
import { looksLikeXmCheck } from './checks/looks-like-xm';
import { unknownKeyCheck } from './checks/unknown-key';
import { duplicateKeyCheck } from './checks/duplicate-key';
import { valueShapeCheck } from './checks/value-shape';
import { enumValueCheck, listItemValueCheck } from './checks/enum-values';
import { rangeCheck } from './checks/ranges';
import { applicabilityCheck } from './checks/applicability';
import { deprecatedKeyCheck } from './checks/deprecated';
import { crossKeyRules } from './checks/cross-key-rules';
import { specIssueCheck } from './checks/specs';
import { duplicateVdevCheck, macAddressCheck } from './checks/cross-items';

/** The registry: every check of the xl language, in reporting order. */
export const xlChecks: readonly XlCheck[] = [
  syntaxCheck, looksLikeXmCheck,
  unknownKeyCheck, duplicateKeyCheck, deprecatedKeyCheck, applicabilityCheck,
  valueShapeCheck, enumValueCheck, listItemValueCheck, rangeCheck, crossKeyRules,
  specIssueCheck, duplicateVdevCheck, macAddressCheck,
];

export type CheckFailureLogger = (message: string) => void;

const defaultLogger: CheckFailureLogger = (message) => console.error(message);

/** Runs every check; a check that throws is logged and contributes nothing. */
export function validateXl(model: XlModel, uri: string, checks: readonly XlCheck[] = xlChecks, log: CheckFailureLogger = defaultLogger): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const check of checks) {
    if (model.syntaxOnly && !check.syntaxLevel) continue;
    const found: Diagnostic[] = [];
    try {
      check.run({ model, uri: uri, report: (diagnostic) => found.push(diagnostic) });
      diagnostics.push(...found);
    } catch (error) {
      const detail = error instanceof Error ? error.stack ?? error.message : String(error);
      log(`hvconf: xl check "${check.name}" failed on ${uri}: ${detail}`);
    }
  }
  return diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
