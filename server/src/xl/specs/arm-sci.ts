/** `arm_sci = "type=none|scmi_smc"` (parse_arm_sci_config); other parts are ignored. */
import type { XlValue } from '../ast';
import type { SpecAnalysis, SpecField } from './types';
import { SpecReport, fieldOf } from './report';
import { splitKeyValue, strtokRaw } from './split';
import { specTextOf } from './text';

const types = ['none', 'scmi_smc'];

export function analyseArmSci(value: XlValue): SpecAnalysis {
  const report = new SpecReport();
  const text = specTextOf(value);
  if (!text) return report.result();
  const fields: SpecField[] = [];
  const facts: Record<string, string> = {};
  for (const piece of strtokRaw(text.value)) {
    const { key, value: setting } = splitKeyValue(piece);
    if (key.text !== 'type' || setting === undefined) {
      report.warning(text, piece, 'xl/arm-sci-ignored', `xl silently ignores "${piece.text}"; only type= is read`);
      continue;
    }
    fields.push(fieldOf(text, 'type', key, setting));
    if (!types.includes(setting.text.toLowerCase())) {
      report.error(text, setting, 'xl/arm-sci-bad-type', `Unknown SCI type "${setting.text}"; use none or scmi_smc (xl: Unknown ARM_SCI type: ${setting.text})`);
      break;
    }
    facts.type = setting.text.toLowerCase();
  }
  report.item(text, fields, `arm_sci ${facts.type ?? 'none'}`, facts);
  return report.result();
}
