import { parseMetafile } from '../../metafile/parse';
import type { LanguageFeatures } from '../language';
import { registerLanguage } from '../languages';
import { codeActionsMetafile } from './code-actions';
import { completeMetafile } from './complete';
import { foldingMetafile } from './folding';
import { formatMetafile } from './format';
import { hoverMetafile } from './hover';
import { buildModel, type MetafileModel } from './model';
import { symbolsMetafile } from './symbols';
import { validateMetafile } from './validate';

export type { MetafileModel } from './model';

export const metafileLanguage: LanguageFeatures<MetafileModel> = {
  languageId: 'vz-metafile',
  analyse(text, settings) {
    return buildModel(parseMetafile(text), { maxValidatedChars: settings.maxValidatedChars });
  },
  validate(model, ctx) {
    return validateMetafile(model, ctx.document.uri);
  },
  complete(model, ctx, position) {
    return completeMetafile(model, ctx, position);
  },
  hover(model, ctx, position) {
    return hoverMetafile(model, ctx, position);
  },
  symbols(model) {
    return symbolsMetafile(model);
  },
  folding(model) {
    return foldingMetafile(model);
  },
  format(model) {
    return formatMetafile(model);
  },
  codeActions(_model, ctx, range, diagnostics) {
    return codeActionsMetafile(ctx, range, diagnostics);
  },
};

registerLanguage(metafileLanguage);
