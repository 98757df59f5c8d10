import type { XlFile } from '../../xl/ast';
import { parse } from '../../xl/parse';
import type { LanguageFeatures } from '../language';
import { registerLanguage } from '../languages';
import { codeActionsXl } from './code-actions';
import { completeXl } from './complete';
import { foldXl } from './folding';
import { formatXl } from './format';
import { hoverXl } from './hover';
import { buildModel, type XlModel } from './model';
import { symbolsXl } from './symbols';
import { validateXl } from './validate';

export type { XlModel } from './model';

export const xlLanguage: LanguageFeatures<XlModel> = {
  languageId: 'xen-xl',
  analyse(text, settings) {
    return buildModel(parseSafely(text), { maxValidatedChars: settings.maxValidatedChars });
  },
  validate(model, ctx) {
    return validateXl(model, ctx.document.uri);
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
  folding(model) {
    return foldXl(model.file, model.text);
  },
  format(model, _ctx, options) {
    return formatXl(model.file, model.text, options);
  },
  codeActions(model, ctx, range, diagnostics) {
    return codeActionsXl(model, ctx, range, diagnostics);
  },
};

/**
 * A parser failure must not take completion down with it: completion reads
 * the raw text. The failure is logged and the file is treated as empty.
 */
function parseSafely(text: string): XlFile {
  try {
    return parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.stack ?? error.message : String(error);
    console.error(`hvconf: the xl parser failed: ${detail}`);
    return { text, assignments: [], comments: [], errors: [] };
  }
}

registerLanguage(xlLanguage);
