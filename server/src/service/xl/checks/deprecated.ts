import { xlKeys } from '../../../schema/xl/index';
import { makeDiagnostic, replaceEdit, type PreparedFix } from '../diagnostics';
import type { XlBinding, XlModel } from '../model';
import type { XlCheck } from './check';
import { deprecatedRewrites } from './xl-facts';

/** Deprecated keys (with their replacement) and keys xl reads but does not document. */
export const deprecatedKeyCheck: XlCheck = {
  name: 'deprecated and undocumented keys',
  run({ model, report }) {
    for (const binding of model.bindings.values()) {
      const def = binding.def;
      if (!def) continue;
      for (const assignment of binding.assignments) {
        if (def.deprecated) {
          const { replacement, note, since } = def.deprecated;
          const instead = replacement && !note.includes(`\`${replacement}\``) ? ` Use \`${replacement}\` instead.` : '';
          const when = since ? ` (deprecated since ${since})` : '';
          report(makeDiagnostic(model, assignment.key.span, 'xl/deprecated-key', `\`${def.name}\` is deprecated${when}: ${note}${instead}`, {
            tags: [2],
            data: replacement ? { replacement } : {},
            fixes: fixesFor(model, binding, assignment, replacement),
          }));
        } else if (!def.documented) {
          report(makeDiagnostic(model, assignment.key.span, 'xl/undocumented-key',
            `\`${def.name}\` is read by xl but not documented in xl.cfg(5): ${def.summary}`));
        }
      }
    }
  },
};

function fixesFor(model: XlModel, binding: XlBinding, assignment: XlBinding['assignments'][number], replacement: string | undefined): PreparedFix[] {
  const rewrite = deprecatedRewrites[binding.name];
  const value = assignment.value;
  if (rewrite) {
    if (!value || value.kind === 'list') return [];
    const line = rewrite(value.kind === 'string' ? value.value : value.raw);
    if (!line) return [];
    return [{ title: `Replace with \`${line}\``, edits: [replaceEdit(model, { start: assignment.key.span.start, end: value.span.end }, line)], preferred: true }];
  }
  const target = replacement ? xlKeys.get(replacement) : undefined;
  if (!target || !binding.def || target.shape.kind !== binding.def.shape.kind) return [];
  return [{ title: `Rename to \`${target.name}\``, edits: [replaceEdit(model, assignment.key.span, target.name)], preferred: true }];
}
