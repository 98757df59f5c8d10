import type { EnumValue } from '../../../schema/types';
import type { XlKeyDef } from '../../../schema/xl/key-def';
import { isReadByXl } from '../applicability';
import { closestMatch } from '../did-you-mean';
import { makeDiagnostic, replaceEdit } from '../diagnostics';
import type { XlBinding, XlModel } from '../model';
import { readLong } from '../values';
import type { XlCheck } from './check';
import { enumRefusalMessages, enumsCheckedByRules } from './xl-facts';

/** Values of enumerated keys, compared the way xl compares them. */
export const enumValueCheck: XlCheck = {
  name: 'enum values',
  run({ model, report }) {
    for (const binding of model.bindings.values()) {
      const def = binding.def;
      if (!def || def.shape.kind !== 'enum' || enumsCheckedByRules.has(def.name)) continue;
      if (binding.value?.kind !== 'scalar') continue;
      checkEnum(model, binding, def, def.shape, report);
    }
  },
};

/** Items of list keys whose items come from a fixed set (mca_caps, …); spec lists belong to their analyser. */
export const listItemValueCheck: XlCheck = {
  name: 'list item values',
  run({ model, report }) {
    for (const binding of model.bindings.values()) {
      const def = binding.def;
      if (!def || def.shape.kind !== 'list' || !def.shape.values || def.shape.spec || binding.value?.kind !== 'list') continue;
      const shape = def.shape;
      const known = shape.values ?? [];
      const fatal = (def.onBadValue === 'fatal' || def.onBadValue === 'refused-later') && isReadByXl(def, model);
      for (const item of binding.value.items) {
        if (item.kind === 'list') continue;
        const text = item.kind === 'string' ? item.value : item.raw;
        const bare = text.startsWith('!') ? text.slice(1) : text;
        const matches = (candidate: string) => shape.caseInsensitive ? candidate.toLowerCase() === bare.toLowerCase() || candidate.toLowerCase() === text.toLowerCase() : candidate === bare || candidate === text;
        if (known.some((entry) => matches(entry.value))) continue;
        const refusal = enumRefusalMessages[def.name];
        const allowed = known.map((entry) => entry.value).join(', ');
        report(makeDiagnostic(model, item.span, 'xl/invalid-enum',
          refusal ? `${refusal(def.name, text)} (allowed: ${allowed})` : `"${text}" is not an item xl accepts in \`${def.name}\` (allowed: ${allowed}).`,
          { severity: fatal ? 'error' : 'warning' }));
      }
    }
  },
};

type EnumShape = Extract<XlKeyDef['shape'], { kind: 'enum' }>;

export function findEnumValue(def: XlKeyDef, shape: EnumShape, text: string): EnumValue | undefined {
  if (shape.prefixMatch) return shape.values.find((value) => value.value.startsWith(text));
  if (!shape.caseInsensitive) return shape.values.find((value) => value.value === text);
  const lower = text.toLowerCase();
  return shape.values.find((value) => value.value.toLowerCase() === lower);
}

function checkEnum(model: XlModel, binding: XlBinding, def: XlKeyDef, shape: EnumShape, report: (d: ReturnType<typeof makeDiagnostic>) => void): void {
  const value = binding.value!;
  if (value.kind !== 'scalar') return;
  const span = value.node.span;
  const read = isReadByXl(def, model);
  const singleEdit = binding.effective.length === 1;
  if (shape.integerForm) {
    const number = readLong(value.text);
    if (number.ok) {
      const integers = shape.values.map((entry) => entry.integer).filter((entry): entry is number => entry !== undefined);
      // values that name their number (tsc_mode, …) accept only those numbers; others (gfx_passthru) any
      const outside = integers.length > 0 && !integers.some((entry) => BigInt(entry) === number.value);
      if (outside) {
        report(makeDiagnostic(model, span, 'xl/invalid-enum', `ERROR: invalid value ${number.value} for "${def.name}"`, { severity: read ? 'error' : 'warning' }));
        return;
      }
      if (shape.integerForm === 'deprecated') {
        const named = shape.values.find((entry) => entry.integer !== undefined && BigInt(entry.integer) === number.value)?.value;
        const hint = named ? ` e.g. ${def.name}="${named}"` : '';
        report(makeDiagnostic(model, span, 'xl/deprecated-integer-form',
          `WARNING: specifying "${def.name}" as an integer is deprecated. Please use the named parameter variant.${hint}`, {
            fixes: named && singleEdit ? [{ title: `Replace with "${named}"`, edits: [replaceEdit(model, span, `"${named}"`)], preferred: true }] : [],
          }));
      }
      return;
    }
  }
  const match = findEnumValue(def, shape, value.text);
  if (match) {
    if (match.deprecated) {
      report(makeDiagnostic(model, span, 'xl/deprecated-value', `"${match.value}" is deprecated for \`${def.name}\`: ${match.deprecated}`, { tags: [2] }));
    }
    return;
  }
  const fatal = (def.onBadValue === 'fatal' || def.onBadValue === 'refused-later') && read;
  const refusal = enumRefusalMessages[def.name];
  const allowed = shape.values.map((entry) => entry.value).join(', ');
  const message = refusal
    ? `${refusal(def.name, value.text)} (allowed: ${allowed})`
    : fatal && def.onBadValue === 'refused-later'
      ? `"${value.text}" is not a valid value for \`${def.name}\` (allowed: ${allowed}): xl passes it on and the domain then fails to start.`
      : fatal
      ? `Invalid value "${value.text}" for \`${def.name}\`: xl refuses it (allowed: ${allowed}).`
      : `"${value.text}" is not a value xl knows for \`${def.name}\` (allowed: ${allowed}); it is passed on unchecked or ignored.`;
  const suggestion = closestMatch(value.text, shape.values.map((entry) => entry.value));
  report(makeDiagnostic(model, span, 'xl/invalid-enum', message, {
    severity: fatal ? 'error' : 'warning',
    data: suggestion ? { suggestion } : {},
    fixes: suggestion && singleEdit ? [{ title: `Replace with "${suggestion}"`, edits: [replaceEdit(model, span, `"${suggestion}"`)], preferred: true }] : [],
  }));
}
