/** `iomem = [ 'START,PAGES[@GFN]' ]` in hexadecimal (xl_parse.c: sscanf "%lx,%lx%n@%lx%n"). */
import type { XlValue } from '../ast';
import type { SpecAnalysis } from './types';
import { SpecReport, fieldOf, wholePiece } from './report';
import { listTexts } from './text';
import { scanHex } from './cnum';

/** Where sscanf stops being satisfied, or undefined when xl accepts the item. */
function iomemProblem(s: string): string | undefined {
  const start = scanHex(s, 0);
  if (!start.converted) return 'it does not start with a hexadecimal page number';
  if (s[start.end] !== ',') return 'the start page must be followed by ",PAGES"';
  const pages = scanHex(s, start.end + 1);
  if (!pages.converted) return 'the number of pages is missing';
  let used = pages.end;
  if (s[used] === '@') {
    const gfn = scanHex(s, used + 1);
    if (gfn.converted) used = gfn.end;
  }
  return used === s.length ? undefined : `"${s.slice(used)}" is left over`;
}

export function analyseIomem(value: XlValue): SpecAnalysis {
  const report = new SpecReport();
  for (const text of listTexts(value)) {
    const problem = iomemProblem(text.value);
    if (problem !== undefined) {
      report.error(text, undefined, 'xl/iomem-bad-range', `Write iomem as START,PAGES[@GFN] in hexadecimal: ${problem} (xl: Invalid argument parsing iomem: ${text.value})`);
    }
    report.item(text, [fieldOf(text, 'range', undefined, wholePiece(text))], `iomem ${text.value}`, {});
  }
  return report.result();
}
