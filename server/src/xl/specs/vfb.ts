/** VFB_SPEC items of `vfb = [ … ]` (xl_parse.c): unknown keys are silently ignored. */
import type { XlValue } from '../ast';
import type { SpecAnalysis, SpecField } from './types';
import { SpecReport } from './report';
import { listTexts } from './text';
import { looksNumeric, optionField, optionsOf, restFrom } from './options';
import { didYouMean } from './suggest';
import { vfbSpecKeys } from '../../schema/xl/spec-keys/vfb';

const names = vfbSpecKeys.map((key) => key.name);
const numericKeys = new Set(['vnc', 'vncdisplay', 'vncunused', 'sdl', 'opengl']);

export function analyseVfb(value: XlValue): SpecAnalysis {
  const report = new SpecReport();
  for (const text of listTexts(value)) {
    const fields: SpecField[] = [];
    const facts: Record<string, string> = {};
    for (const option of optionsOf(text)) {
      if (option.value === undefined) {
        report.warning(text, restFrom(text, option.piece), 'xl/vfb-ignored-rest', `"${option.piece.text}" has no "="; xl stops reading this vfb here and ignores the rest`);
        break;
      }
      const key = option.key.text;
      fields.push(optionField(text, option));
      if (!names.includes(key)) {
        report.warning(text, option.key, 'xl/vfb-unknown-key', `xl silently ignores the unknown vfb key "${key}".${didYouMean(key, names)}`);
      } else if (numericKeys.has(key) && !looksNumeric(option.value.text)) {
        report.warning(text, option.value, 'xl/vfb-not-a-number', `${key} takes a number; xl reads "${option.value.text}" as 0`);
      } else facts[key] = option.value.text;
    }
    const vnc = facts.vnc === undefined || Number.parseInt(facts.vnc, 10) !== 0;
    report.item(text, fields, `vfb${vnc ? ' vnc' : ''}${facts.sdl !== undefined && Number.parseInt(facts.sdl, 10) !== 0 ? ' sdl' : ''}`, facts);
  }
  return report.result();
}
