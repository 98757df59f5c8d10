/** `smbios = [ 'type=value', … ]` (xl_parse.c, HVM); every problem is fatal. */
import type { XlValue } from '../ast';
import type { SpecAnalysis } from './types';
import { SpecReport, fieldOf } from './report';
import { listTexts } from './text';
import { didYouMean } from './suggest';
import { smbiosSpecKeys } from '../../schema/xl/spec-keys/smbios';

const types = smbiosSpecKeys.map((key) => key.name);
const maxOemStrings = 99;

export function analyseSmbios(value: XlValue): SpecAnalysis {
  const report = new SpecReport();
  let oemCount = 0;
  for (const text of listTexts(value)) {
    const s = text.value;
    const eq = s.indexOf('=');
    if (eq < 0) {
      report.error(text, undefined, 'xl/smbios-syntax', `An smbios item is type=value (xl: failed to split "${s}" at '=')`);
      report.item(text, [], 'smbios ?', {});
      continue;
    }
    const key = { text: s.slice(0, eq), start: 0, end: eq };
    const setting = { text: s.slice(eq + 1), start: eq + 1, end: s.length };
    const type = key.text.toLowerCase();
    if (setting.text === '') {
      report.error(text, key, 'xl/smbios-empty-value', `smbios ${key.text} needs a value (xl: empty value not allowed for smbios "${key.text}=")`);
    } else if (!types.includes(type)) {
      report.error(text, key, 'xl/smbios-unknown-type', `Unknown smbios type "${key.text}".${didYouMean(key.text, types)} (xl: unknown smbios type '${key.text}')`);
    } else if (type === 'oem' && ++oemCount > maxOemStrings) {
      report.error(text, key, 'xl/smbios-too-many-oem', `At most ${maxOemStrings} oem strings are allowed (xl: smbios limited to 99 oem strings)`);
    }
    report.item(text, [fieldOf(text, key.text, key, setting)], `smbios ${key.text}`, { type, value: setting.text });
  }
  return report.result();
}
