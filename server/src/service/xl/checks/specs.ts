import { isReadByXl } from '../applicability';
import { makeDiagnostic, replaceEdit } from '../diagnostics';
import type { XlCheck } from './check';

/**
 * Problems inside spec strings (disk, vif, pci, …) as the sub-language
 * analysers report them. Only values xl reads are reported (`effective`:
 * not overridden, and of the shape xl reads); a fatal issue on a key ignored
 * for this guest type becomes a warning.
 */
export const specIssueCheck: XlCheck = {
  name: 'spec strings',
  run({ model, report }) {
    for (const result of model.specs) {
      if (!result.effective) continue;
      const def = result.binding.def;
      const read = def ? isReadByXl(def, model) : true;
      for (const issue of result.analysis.issues) {
        const severity = issue.severity === 'error' && !read ? 'warning' : issue.severity;
        const replacement = issue.data?.replacement;
        report(makeDiagnostic(model, issue.span, issue.code, issue.message, {
          severity,
          data: { ...(issue.data ?? {}) },
          fixes: replacement !== undefined ? [{ title: replacement === '' ? 'Remove it' : `Replace with "${replacement}"`, edits: [replaceEdit(model, issue.span, replacement)], preferred: true }] : [],
        }));
      }
    }
  },
};
