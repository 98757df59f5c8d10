import { parse } from '../../xl/parse';
import type { LanguageFeatures } from '../language';
import { registerLanguage } from '../languages';
import { codeActionsXl } from './code-actions';
import { completeXl } from './complete';
import { hoverXl } from './hover';
import { buildModel, type XlModel } from './model';
import { symbolsXl } from './symbols';
import { validateXl } from './validate';

export type { XlModel } from './model';

export const xlLanguage: LanguageFeatures<XlModel> = {
  languageId: 'xen-xl',
  analyse(text, settings) {
    return buildModel(parse(text), { maxValidatedChars: settings.maxValidatedChars });
  },
  validate(model, ctx) {
    return validateXl(model, ctx);
  },
  complete(model, ctx, position) {
    return completeXl(model, ctx, position);
  },
  hover(model, ctx, position) {
    return hoverXl(model, ctx, position);
  },
  symbols(model) {
    return symbolsXl(model);
  },
  // Folding and formatting are wired once folding.ts / format.ts land.
  folding() {
    return [];
  },
  format() {
    return [];
  },
  codeActions(model, ctx, range, diagnostics) {
    return codeActionsXl(model, ctx, range, diagnostics);
  },
};

registerLanguage(xlLanguage);
