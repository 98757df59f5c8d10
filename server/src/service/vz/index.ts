import type { LanguageFeatures } from '../language';
import { registerLanguage } from '../languages';
import { codeActionsVz } from './code-actions';
import { completeVz } from './complete';
import { formatVz } from './format';
import { hoverVz } from './hover';
import { analyseVz, type VzModel } from './model';
import { foldingVz, symbolsVz } from './outline';
import { validateVz } from './validate';

export type { VzModel } from './model';
export { buildContainerSpec } from './container-spec';
export { vzCodes, type VzCode } from './codes';

/** The `vz-conf` language: OpenVZ / Virtuozzo container configs. */
export const vzLanguage: LanguageFeatures<VzModel> = {
  languageId: 'vz-conf',
  analyse: analyseVz,
  validate: validateVz,
  complete: completeVz,
  hover: hoverVz,
  symbols: symbolsVz,
  folding: foldingVz,
  format: formatVz,
  codeActions: codeActionsVz,
};

registerLanguage(vzLanguage);
