/** VTPM_SPEC items of `vtpm = [ … ]` (xl_parse.c). */
import type { XlValue } from '../ast';
import type { SpecAnalysis, SpecField } from './types';
import { SpecReport } from './report';
import { listTexts, type SpecText } from './text';
import { optionField, optionsOf, restFrom } from './options';
import { didYouMean } from './suggest';

const uuidPattern = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

function analyseItem(text: SpecText, report: SpecReport): void {
  const fields: SpecField[] = [];
  const facts: Record<string, string> = {};
  for (const option of optionsOf(text)) {
    if (option.value === undefined) {
      report.warning(text, restFrom(text, option.piece), 'xl/vtpm-ignored-rest', `"${option.piece.text}" has no "="; xl stops reading this vtpm here and ignores the rest`);
      break;
    }
    fields.push(optionField(text, option));
    if (option.key.text === 'backend') facts.backend = option.value.text;
    else if (option.key.text === 'uuid') {
      if (!uuidPattern.test(option.value.text)) {
        report.error(text, option.value, 'xl/vtpm-bad-uuid', `"${option.value.text}" is not a UUID (8-4-4-4-12 hex digits) (xl: Failed to parse vtpm UUID: ${option.value.text})`);
      } else facts.uuid = option.value.text.toLowerCase();
    } else {
      report.error(text, option.key, 'xl/vtpm-unknown-key', `Unknown vtpm key "${option.key.text}"; only backend and uuid exist (xl: Unknown string \`${option.key.text}' in vtpm spec).${didYouMean(option.key.text, ['backend', 'uuid'])}`);
    }
  }
  if (facts.backend === undefined) {
    report.error(text, undefined, 'xl/vtpm-missing-backend', 'A vtpm needs backend=<domain> (xl: vtpm spec missing required backend field!)');
  }
  report.item(text, fields, `vtpm → ${facts.backend ?? '?'}`, facts);
}

export function analyseVtpm(value: XlValue): SpecAnalysis {
  const report = new SpecReport();
  for (const text of listTexts(value)) analyseItem(text, report);
  return report.result();
}
