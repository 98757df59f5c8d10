import type { Diagnostic } from 'vscode-languageserver-types';
import type { MetafileCheck } from './checks/check';
import { ignoredOutsideBaseOsCheck } from './checks/base-os';
import { badNameCheck, multipleLinesCheck, osarchCheck } from './checks/identity';
import { distributionCheck, packageManagerArchCheck, unknownPackageManagerCheck } from './checks/package-manager';
import { inlineCommentCheck, packageSpecCheck } from './checks/package-specs';
import {
  missingDebianStagesCheck, missingPackagesCheck, missingRepositoriesCheck, missingSectionCheck, packagesGapCheck,
} from './checks/required';
import { duplicateSectionCheck, emptySectionCheck, hookAsSectionCheck, unknownSectionCheck } from './checks/sections';
import {
  byteOrderMarkCheck, carriageReturnCheck, indentedHeaderCheck, textAfterHeaderCheck, valueOutsideSectionCheck,
} from './checks/structure';
import { urlCheck, urlVariableCheck } from './checks/urls';
import { cacheTypeCheck, upgradableNoneCheck } from './checks/values';
import type { MetafileModel } from './model';

/** The registry: every check of the metafile language, in reporting order. */
export const metafileChecks: readonly MetafileCheck[] = [
  carriageReturnCheck, byteOrderMarkCheck, valueOutsideSectionCheck, indentedHeaderCheck, textAfterHeaderCheck,
  unknownSectionCheck, hookAsSectionCheck, duplicateSectionCheck, emptySectionCheck,
  missingSectionCheck, missingRepositoriesCheck, missingPackagesCheck, missingDebianStagesCheck, packagesGapCheck,
  ignoredOutsideBaseOsCheck, osarchCheck, multipleLinesCheck, badNameCheck,
  unknownPackageManagerCheck, packageManagerArchCheck, distributionCheck,
  packageSpecCheck, inlineCommentCheck, urlCheck, urlVariableCheck, cacheTypeCheck, upgradableNoneCheck,
];

export type CheckFailureLogger = (message: string) => void;

const defaultLogger: CheckFailureLogger = (message) => console.error(message);

/** Runs every check; one that throws is logged and contributes nothing. */
export function validateMetafile(model: MetafileModel, uri: string, checks: readonly MetafileCheck[] = metafileChecks, log: CheckFailureLogger = defaultLogger): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const check of checks) {
    if (model.syntaxOnly && !check.syntaxLevel) continue;
    const found: Diagnostic[] = [];
    try {
      check.run({ model, report: (diagnostic) => found.push(diagnostic) });
      diagnostics.push(...found);
    } catch (error) {
      const detail = error instanceof Error ? error.stack ?? error.message : String(error);
      log(`hvconf: metafile check "${check.name}" failed on ${uri}: ${detail}`);
    }
  }
  return diagnostics;
}
