import { isReadByXl } from '../applicability';
import { makeDiagnostic } from '../diagnostics';
import { readLong } from '../values';
import type { XlCheck } from './check';
import { fatalRangeMessages } from './xl-facts';

/** Integer keys with a documented range; fatal only where xl itself aborts. */
export const rangeCheck: XlCheck = {
  name: 'integer ranges',
  run({ model, report }) {
    for (const binding of model.bindings.values()) {
      const def = binding.def;
      const value = binding.value;
      if (!def || def.shape.kind !== 'integer' || value?.kind !== 'scalar' || value.viaPlusEquals) continue;
      const { min, max } = def.shape;
      if (min === undefined && max === undefined) continue;
      const number = readLong(value.text);
      if (!number.ok) continue;
      const below = min !== undefined && number.value < BigInt(min);
      const above = max !== undefined && number.value > BigInt(max);
      if (!below && !above) continue;
      const fatal = (def.onBadValue === 'fatal' || def.onBadValue === 'refused-later') && isReadByXl(def, model);
      const xlMessage = fatalRangeMessages[def.name];
      const bound = below ? `smaller than the minimum ${min}` : `greater than the maximum ${max}`;
      const unit = def.unit ? ` ${def.unit}` : '';
      const consequence = fatal ? (def.onBadValue === 'refused-later' ? 'the domain fails to start' : 'xl refuses it') : 'xl does not use it as written';
      const message = xlMessage && fatal
        ? `${xlMessage(String(number.value))} (${number.value} is ${bound}${unit}).`
        : `\`${def.name}\` = ${number.value} is ${bound}${unit}: ${consequence}.`;
      report(makeDiagnostic(model, value.node.span, 'xl/out-of-range', message, { severity: fatal ? 'error' : 'warning' }));
    }
  },
};
