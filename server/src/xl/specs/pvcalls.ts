/** `pvcalls = [ 'backend=DOM' ]` (xl_parse.c). */
import type { XlValue } from '../ast';
import type { SpecAnalysis, SpecField } from './types';
import { SpecReport } from './report';
import { listTexts } from './text';
import { optionField, optionsOf, restFrom } from './options';
import { didYouMean } from './suggest';

export function analysePvcalls(value: XlValue): SpecAnalysis {
  const report = new SpecReport();
  for (const text of listTexts(value)) {
    const fields: SpecField[] = [];
    const facts: Record<string, string> = {};
    for (const option of optionsOf(text)) {
      if (option.value === undefined) {
        report.warning(text, restFrom(text, option.piece), 'xl/pvcalls-ignored-rest', `"${option.piece.text}" has no "="; xl stops reading this item here and ignores the rest`);
        break;
      }
      fields.push(optionField(text, option));
      if (option.key.text === 'backend') facts.backend = option.value.text;
      else {
        report.error(text, option.key, 'xl/pvcalls-unknown-key', `Unknown pvcalls key "${option.key.text}"; only backend exists (xl: Unknown string \`${option.key.text}' in pvcalls spec).${didYouMean(option.key.text, ['backend'])}`);
      }
    }
    report.item(text, fields, `pvcalls → ${facts.backend ?? 'Domain-0'}`, facts);
  }
  return report.result();
}
