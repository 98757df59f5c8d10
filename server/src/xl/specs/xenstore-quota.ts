/** `xenstore_quota = [ 'name=N', … ]` (parse_xsquota_item); every problem is fatal. */
import type { XlValue } from '../ast';
import type { SpecAnalysis } from './types';
import { SpecReport, fieldOf } from './report';
import { listTexts } from './text';
import { strtoul, UINT32_MAX } from './cnum';

export function analyseXenstoreQuota(value: XlValue): SpecAnalysis {
  const report = new SpecReport();
  for (const text of listTexts(value)) {
    const s = text.value;
    const eq = s.indexOf('=');
    if (eq < 0) {
      report.error(text, undefined, 'xl/xenstore-quota-syntax', `A quota is name=number (xl: Quota specification "${s}" lacks "=".)`);
      report.item(text, [], 'xenstore quota ?', {});
      continue;
    }
    const name = { text: s.slice(0, eq), start: 0, end: eq };
    const number = { text: s.slice(eq + 1), start: eq + 1, end: s.length };
    const converted = strtoul(s, eq + 1, 0);
    const negative = /^[ \t\n\v\f\r]*-/.test(number.text) && converted.value !== 0n;
    if (number.text === '' || !converted.converted || converted.end !== s.length || converted.overflow || negative || converted.value > UINT32_MAX) {
      report.error(text, number, 'xl/xenstore-quota-bad-value', `The quota must be a whole number from 0 to 4294967295 (xl: Quota specification "${s}" uses illegal value "${number.text}".)`);
    }
    report.item(text, [fieldOf(text, name.text, name, number)], `xenstore quota ${name.text}=${number.text}`, { [name.text]: number.text });
  }
  return report.result();
}
