import type { Diagnostic } from 'vscode-languageserver-types';
import type { XlKeyDef } from '../../../schema/xl/key-def';
import { isReadByXl } from '../applicability';
import { makeDiagnostic, replaceEdit, type PreparedFix } from '../diagnostics';
import type { XlBinding, XlModel } from '../model';
import { booleanWordValue, readLong } from '../values';
import type { XlCheck } from './check';
import { fatalWhenNotList, lossWhenNotList } from './xl-facts';

/**
 * Whether the value has the shape xl's accessor wants (libxlu_cfg.c): a
 * number for get_long/get_defbool, a single value for get_string, a list for
 * get_list. xl warns and drops a key of the wrong shape, except for the few
 * keys where it aborts.
 */
export const valueShapeCheck: XlCheck = {
  name: 'value shape',
  run({ model, report }) {
    for (const binding of model.bindings.values()) {
      if (!binding.def || !binding.value) continue;
      const found = checkBinding(model, binding, binding.def);
      if (found) report(found);
    }
  },
};

function checkBinding(model: XlModel, binding: XlBinding, def: XlKeyDef): Diagnostic | undefined {
  const value = binding.value!;
  const span = value.node.span;
  const read = isReadByXl(def, model);
  const fatal = def.onWrongShape === 'fatal' && read;
  const severity = fatal ? 'error' : undefined;
  switch (def.readAs) {
    case 'integer':
    case 'boolean': {
      const consequence = fatal ? 'xl exits' : def.onWrongShape === 'silent' ? 'xl silently drops the key' : 'xl warns and ignores the key';
      if (value.kind === 'list') {
        return makeDiagnostic(model, span, 'xl/list-for-scalar', `parameter \`${def.name}\` is a list but should be a single value: ${consequence}.`, { severity, fixes: unwrapFix(model, binding) });
      }
      if (value.viaPlusEquals) {
        const plus = binding.effective[binding.effective.length - 1].op?.span ?? span;
        return makeDiagnostic(model, plus, 'xl/plus-equals-number',
          `can't use += with numbers for parameter \`${def.name}\`: the parts are joined as text ("${value.text}"), so ${consequence}.`, { severity });
      }
      const number = readLong(value.text);
      if (number.ok) return undefined;
      const word = booleanWordValue(value.text);
      if (def.shape.kind === 'boolean' && word !== undefined) {
        return makeDiagnostic(model, span, 'xl/bad-boolean',
          `parameter \`${def.name}\` is not a valid number: xl reads booleans as numbers (1 or 0), so "${value.text}" is ignored.`, {
            severity,
            fixes: binding.effective.length === 1 ? [{ title: `Replace with ${word}`, edits: [replaceEdit(model, span, String(word))], preferred: true }] : [],
          });
      }
      if (def.shape.kind === 'enum' && def.shape.integerForm) return undefined;
      const detail = number.reason === 'out-of-range'
        ? `could not be parsed as a number: Numerical result out of range`
        : 'is not a valid number';
      return makeDiagnostic(model, span, 'xl/not-a-number', `parameter \`${def.name}\` ${detail}: ${consequence}.`, { severity });
    }
    case 'string':
    case 'integer-or-string':
      if (value.kind !== 'list') return undefined;
      return makeDiagnostic(model, span, 'xl/list-for-scalar',
        `parameter \`${def.name}\` is a list but should be a single value: ${fatal ? 'xl refuses the config' : 'xl warns and ignores the key'}.`, { severity, fixes: unwrapFix(model, binding) });
    case 'list-or-boolean': {
      if (value.kind === 'list' || readLong(value.text).ok) return undefined;
      const word = booleanWordValue(value.text);
      if (word !== undefined && !value.viaPlusEquals) {
        return makeDiagnostic(model, span, 'xl/bad-boolean',
          `parameter \`${def.name}\` is not a valid number: as a single value xl reads it as a boolean (1 or 0), so "${value.text}" is ignored.`, {
            fixes: binding.effective.length === 1 ? [{ title: `Replace with ${word}`, edits: [replaceEdit(model, span, String(word))], preferred: true }] : [],
          });
      }
      return makeDiagnostic(model, span, 'xl/not-a-number',
        `parameter \`${def.name}\` is not a valid number: as a single value xl reads it as a boolean (1 or 0); write a list for named items.`);
    }
    case 'list':
    case 'nested-list': {
      if (value.kind === 'list') return undefined;
      const fatalMessage = fatal ? fatalWhenNotList[def.name] ?? `\`${def.name}\` must be a list: xl aborts.` : undefined;
      const loss = lossWhenNotList[def.name];
      const message = fatalMessage
        ? fatalMessage
        : `parameter \`${def.name}\` is a single value but should be a list: xl warns and ignores it${loss ? `, so ${loss}` : ''}.`;
      return makeDiagnostic(model, span, 'xl/scalar-for-list', message, {
        severity: fatalMessage ? 'error' : undefined,
        fixes: binding.effective.length === 1 ? [{ title: 'Wrap the value in a list', edits: [replaceEdit(model, span, `[ ${value.node.raw} ]`)], preferred: true }] : [],
      });
    }
    default:
      return undefined;
  }
}

/** `[ 512 ]` → `512`: offered when the list holds exactly one scalar. */
function unwrapFix(model: XlModel, binding: XlBinding): PreparedFix[] {
  const value = binding.value;
  if (value?.kind !== 'list' || binding.effective.length !== 1 || value.items.length !== 1) return [];
  const only = value.items[0];
  if (only.kind === 'list') return [];
  return [{ title: `Use the single value ${only.raw}`, edits: [replaceEdit(model, value.node.span, only.raw)], preferred: true }];
}
