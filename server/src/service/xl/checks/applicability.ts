import { appliesToArch, appliesToGuestType } from '../applicability';
import type { XlGuestType } from '../../../schema/xl/key-def';
import { makeDiagnostic, removeStatementFix, replaceEdit, type PreparedFix } from '../diagnostics';
import type { XlModel } from '../model';
import { refusalForGuestMessages } from './xl-facts';
import type { XlCheck } from './check';

/** Keys read only in another guest type's (or architecture's) branch of xl_parse.c are ignored. */
export const applicabilityCheck: XlCheck = {
  name: 'key applies to guest type and architecture',
  run({ model, report }) {
    const typeLabel = model.guest.type.toUpperCase();
    const typeOrigin = model.guest.source === 'default' ? ` (the default guest type on ${model.arch})` : '';
    for (const binding of model.bindings.values()) {
      const def = binding.def;
      if (!def || !binding.value) continue;
      const span = binding.effective[binding.effective.length - 1].key.span;
      if (def.refusedFor?.includes(model.guest.type)) {
        const message = refusalForGuestMessages[def.name] ?? `\`${def.name}\` is not supported for ${typeLabel} guests: xl aborts.`;
        report(makeDiagnostic(model, span, 'xl/refused-for-guest-type', message));
      } else if (!appliesToGuestType(def, model)) {
        const applies = def.guests.map((guest) => guest.toUpperCase()).join(', ');
        report(makeDiagnostic(model, span, 'xl/not-for-guest-type',
          `\`${def.name}\` applies to ${applies} guests only; xl ignores it for this ${typeLabel} guest${typeOrigin}.`, {
            fixes: [
              ...(binding.assignments.length === 1 ? [removeStatementFix(model, binding.assignments[0], `Remove \`${def.name}\``, false)] : []),
              ...(model.guest.source === 'default' ? [declareTypeFix(model, def.guests[0])] : []),
            ],
          }));
      } else if (!appliesToArch(def, model)) {
        const arches = (def.arch ?? []).join(', ');
        report(makeDiagnostic(model, span, 'xl/not-for-arch',
          `\`${def.name}\` applies to ${arches} hosts only; xl ignores it on ${model.arch}. (Add \`# hvconf: arch=arm\` if this config is for Arm.)`, {
            fixes: binding.assignments.length === 1 ? [removeStatementFix(model, binding.assignments[0], `Remove \`${def.name}\``, false)] : [],
          }));
      }
    }
  },
};

/** When no type is written, the key may mean the author forgot `type = "…"`. */
function declareTypeFix(model: XlModel, type: XlGuestType): PreparedFix {
  return { title: `Declare type = "${type}"`, edits: [replaceEdit(model, { start: 0, end: 0 }, `type = "${type}"\n`)] };
}
