/** `llc_colors = [ 'N', 'N-M' ]` in decimal (xl_parse.c: sscanf "%u-%u", then "%u"). */
import type { XlValue } from '../ast';
import type { SpecAnalysis } from './types';
import { SpecReport, fieldOf, wholePiece } from './report';
import { listTexts } from './text';
import { scanUint32 } from './cnum';

export function analyseLlcColors(value: XlValue): SpecAnalysis {
  const report = new SpecReport();
  for (const text of listTexts(value)) {
    const s = text.value;
    const first = scanUint32(s, 0);
    const last = first.converted && s[first.end] === '-' ? scanUint32(s, first.end + 1) : undefined;
    if (!first.converted) {
      report.error(text, undefined, 'xl/llc-colors-bad-range', `A colour is a decimal number N or range N-M (xl: Invalid LLC color range: ${s})`);
    } else if (last?.converted && first.value > last.value) {
      report.error(text, undefined, 'xl/llc-colors-reversed-range', `The range ends below its start (xl: Start LLC color is greater than end: ${s})`);
    }
    report.item(text, [fieldOf(text, 'color', undefined, wholePiece(text))], `llc colors ${s}`, {});
  }
  return report.result();
}
