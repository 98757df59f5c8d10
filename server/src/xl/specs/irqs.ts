/** `irqs = [ N, … ]` in decimal (xl_parse.c). */
import type { XlValue } from '../ast';
import type { SpecAnalysis } from './types';
import { SpecReport, fieldOf, wholePiece } from './report';
import { listTexts } from './text';
import { strtoul, UINT32_MAX } from './cnum';

export function analyseIrqs(value: XlValue): SpecAnalysis {
  const report = new SpecReport();
  for (const text of listTexts(value)) {
    const s = text.value;
    const irq = strtoul(s, 0, 10);
    if (!irq.converted || irq.end !== s.length) {
      report.error(text, undefined, 'xl/irqs-bad-number', `An IRQ is a decimal number with nothing else (xl: Invalid argument parsing irq: ${s})`);
    } else if (irq.value >= UINT32_MAX) {
      report.error(text, undefined, 'xl/irqs-too-big', `IRQ ${s} is too big (xl: irq ${irq.value.toString(16)} too big)`);
    }
    report.item(text, [fieldOf(text, 'irq', undefined, wholePiece(text))], `irq ${s}`, irq.converted ? { irq: irq.value.toString() } : {});
  }
  return report.result();
}
