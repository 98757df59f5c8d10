import type { EnumValue } from '../../../schema/types';
import type { XlKeyDef } from '../../../schema/xl/key-def';
import { isReadByXl } from '../applicability';
import { closestMatch } from '../did-you-mean';
import { makeDiagnostic, replaceEdit } from '../diagnostics';
import type { XlBinding, XlModel } from '../model';
import { readLong } from '../values';
import type { XlCheck } from './check';
import { caseSensitiveEnums, enumRefusalMessages, enumsCheckedByRules, integerFormRanges } from './xl-facts';

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

type EnumShape = Extract<XlKeyDef['shape'], { kind: 'enum' }>;

export function findEnumValue(def: XlKeyDef, shape: EnumShape, text: string): EnumValue | undefined {
  if (shape.prefixMatch) return shape.values.find((value) => value.value.startsWith(text));
  if (caseSensitiveEnums.has(def.name)) return shape.values.find((value) => value.value === text);
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
      const range = integerFormRanges[def.name];
      if (range && (number.value < BigInt(range.min) || number.value > BigInt(range.max))) {
        report(makeDiagnostic(model, span, 'xl/invalid-enum', `ERROR: invalid value ${number.value} for "${def.name}"`, { severity: read ? 'error' : 'warning' }));
        return;
      }
      if (shape.integerForm === 'deprecated') {
        const named = shape.values[Number(number.value)]?.value;
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
  const fatal = def.onBadValue === 'fatal' && read;
  const refusal = enumRefusalMessages[def.name];
  const allowed = shape.values.map((entry) => entry.value).join(', ');
  const message = refusal
    ? `${refusal(def.name, value.text)} (allowed: ${allowed})`
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
