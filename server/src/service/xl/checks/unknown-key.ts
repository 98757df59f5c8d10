import { allXlKeys } from '../../../schema/xl/index';
import { closestMatch } from '../did-you-mean';
import { makeDiagnostic, replaceEdit } from '../diagnostics';
import type { XlCheck } from './check';

/** xl silently ignores keys it does not read; we hint, with the nearest known key. */
export const unknownKeyCheck: XlCheck = {
  name: 'unknown key',
  run({ model, report }) {
    if (allXlKeys.length === 0) return;
    const names = allXlKeys.map((key) => key.name);
    for (const binding of model.bindings.values()) {
      if (binding.def) continue;
      const suggestion = closestMatch(binding.name, names);
      for (const assignment of binding.assignments) {
        const message = suggestion
          ? `Unknown key \`${binding.name}\`: xl ignores it. Did you mean \`${suggestion}\`?`
          : `Unknown key \`${binding.name}\`: xl ignores it.`;
        report(makeDiagnostic(model, assignment.key.span, 'xl/unknown-key', message, {
          data: suggestion ? { suggestion } : {},
          fixes: suggestion ? [{ title: `Rename to \`${suggestion}\``, edits: [replaceEdit(model, assignment.key.span, suggestion)], preferred: true }] : [],
        }));
      }
    }
  },
};
