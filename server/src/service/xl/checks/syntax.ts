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

/** `+=` between a list and a string: libxlu's "can't add [list] to "string" or vice versa". */
export const plusEqualsMixedCheck: XlCheck = {
  name: 'plus-equals mixing list and string',
  syntaxLevel: true,
  run({ model, report }) {
    const reportedByParser = model.file.errors.some((error) => error.code === 'xl/plus-equals-mixed' || error.message.includes("can't add"));
    if (reportedByParser) return;
    for (const binding of model.bindings.values()) {
      const culprit = binding.mixedPlusEquals;
      if (!culprit?.op) continue;
      report(makeDiagnostic(model, culprit.op.span, 'xl/plus-equals-mixed', `can't add [list] to "string" or vice versa (\`${binding.name}\`); xl refuses the file.`));
    }
  },
};
