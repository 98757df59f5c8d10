import { makeDiagnostic } from '../diagnostics';
import type { XlCheck } from './check';

/** Lexical and syntax errors from the parser: xl refuses the whole file for any of them. */
export const syntaxCheck: XlCheck = {
  name: 'syntax',
  syntaxLevel: true,
  run({ model, report }) {
    for (const error of model.file.errors) {
      report(makeDiagnostic(model, error.span, error.code, error.message, { severity: error.severity ?? 'error' }));
    }
  },
};

