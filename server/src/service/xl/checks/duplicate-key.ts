import { makeDiagnostic, removeStatementFix } from '../diagnostics';
import type { XlCheck } from './check';

/** xl keeps the last assignment of a key without a word; the earlier ones are dead. */
export const duplicateKeyCheck: XlCheck = {
  name: 'duplicate key',
  run({ model, uri, report }) {
    for (const binding of model.bindings.values()) {
      if (binding.overridden.length === 0) continue;
      const winner = binding.effective[0];
      for (const assignment of binding.overridden) {
        report(makeDiagnostic(model, assignment.key.span, 'xl/duplicate-key',
          `\`${binding.name}\` is set again on line ${winner.line + 1}; xl keeps only the last value, so this one has no effect.`, {
            uri,
            related: [{ span: winner.key.span, message: `the value xl uses for \`${binding.name}\`` }],
            fixes: [removeStatementFix(model, assignment, 'Remove this overridden assignment')],
          }));
      }
    }
  },
};
