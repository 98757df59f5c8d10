/** `ioports = [ 'N', 'N-M' ]` in hexadecimal (xl_parse.c). */
import type { XlValue } from '../ast';
import type { SpecAnalysis } from './types';
import { SpecReport, fieldOf, wholePiece } from './report';
import { listTexts, type SpecText } from './text';
import { strtoul, UINT32_MAX } from './cnum';

function analyseItem(text: SpecText, report: SpecReport): void {
  const s = text.value;
  const refuse = (why: string): void => report.error(text, undefined, 'xl/ioports-bad-range', `${why} (xl: Invalid argument parsing ioport: ${s})`);
  const tooBig = (value: bigint): void => report.error(text, undefined, 'xl/ioports-too-big', `I/O port ${value.toString(16)} is too big (xl: ioport ${value.toString(16)} too big)`);
  const first = strtoul(s, 0, 16);
  const facts: Record<string, string> = {};
  report.item(text, [fieldOf(text, 'port', undefined, wholePiece(text))], `ioports ${s}`, facts);
  if (!first.converted) return refuse('An I/O port is a hexadecimal number N or range N-M');
  if (first.value >= UINT32_MAX) return tooBig(first.value);
  facts.first = first.value.toString(16);
  if (s[first.end] === '-') {
    const last = strtoul(s, first.end + 1, 16);
    if (!last.converted || last.end !== s.length) return refuse('The range end must be a hexadecimal number with nothing after it');
    if (last.value >= UINT32_MAX) return tooBig(last.value);
    facts.last = last.value.toString(16);
    if (last.value < first.value) {
      report.warning(text, undefined, 'xl/ioports-reversed-range', `The range ends below its start; xl does not notice and computes a huge port count`);
    }
  } else if (first.end !== s.length) {
    report.warning(text, { text: '', start: first.end, end: s.length }, 'xl/ioports-trailing-junk', `xl ignores "${s.slice(first.end)}" after the port number (and prints "Invalid argument parsing ioport: ${s}")`);
  }
}

export function analyseIoports(value: XlValue): SpecAnalysis {
  const report = new SpecReport();
  for (const text of listTexts(value)) analyseItem(text, report);
  return report.result();
}
