import type { VzCheck } from './check';
import { keysCheck } from './keys';
import { shellCheck } from './shell';
import { numiptentCheck, suspiciousUnitCheck, veidPathCheck } from './start-time';
import { syntaxCheck } from './syntax';
import { valuesCheck } from './values';
import { vzcfgvalidateCheck } from './vzcfgvalidate';
import { vzcfgvalidateFormulasCheck } from './vzcfgvalidate-formulas';

export type { VzCheck, VzCheckContext, Finding } from './check';

/** The registry: every vz-conf rule, run in this order. */
export const vzChecks: readonly VzCheck[] = [
  syntaxCheck,
  keysCheck,
  valuesCheck,
  shellCheck,
  veidPathCheck,
  numiptentCheck,
  suspiciousUnitCheck,
  vzcfgvalidateCheck,
  vzcfgvalidateFormulasCheck,
];

/** Checks that only need the text, run on files above the size cap. */
export const syntaxOnlyChecks: readonly VzCheck[] = [syntaxCheck];
