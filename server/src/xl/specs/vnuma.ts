/**
 * `vnuma = [ [ 'pnode=0', 'size=1024', 'vcpus=0-1', 'vdistances=10,20' ], … ]`
 * (parse_vnuma_config). Totals are checked against maxvcpus and maxmem.
 */
import type { XlValue } from '../ast';
import type { SpecAnalysis, SpecContext } from './types';
import { SpecReport, fieldOf } from './report';
import { splitPiece, trimPiece, type Piece } from './split';
import { listTexts, type SpecText } from './text';
import { parseUlongRefuses, strtoul } from './cnum';
import { rangeProblem } from './cpulist';
import { integerSetting } from './context';
import { didYouMean } from './suggest';
import { vnumaSpecKeys } from '../../schema/xl/spec-keys/vnuma';

const names = vnumaSpecKeys.map((key) => key.name);

interface Totals {
  vcpus: number;
  /** false when some vcpus= range could not be read (xl then counts garbage) */
  vcpusKnown: boolean;
  sizeMiB: bigint;
  sizeKnown: boolean;
  firstText?: SpecText;
}

function countVcpus(report: SpecReport, text: SpecText, value: Piece, totals: Totals): void {
  for (const range of splitPiece(value, ',')) {
    const problem = rangeProblem(range.text);
    if (problem !== undefined) {
      report.warning(text, range, 'xl/vnuma-bad-vcpus', `Bad vCPU range "${range.text}": ${problem}. xl does not report it and assigns vCPUs unpredictably`);
      totals.vcpusKnown = false;
      continue;
    }
    const first = strtoul(range.text, 0, 10);
    const last = range.text[first.end] === '-' ? strtoul(range.text, first.end + 1, 10).value : first.value;
    totals.vcpus += Number(last - first.value) + 1;
  }
}

function option(report: SpecReport, text: SpecText, nodes: number, totals: Totals, seen: Set<string>): void {
  const s = text.value;
  const eq = s.indexOf('=');
  if (eq < 0 || eq === s.length - 1) {
    report.error(text, undefined, 'xl/vnuma-syntax', `A vnuma setting is key=value (xl: failed to split "${s}" into pair)`);
    return;
  }
  const key = trimPiece({ text: s.slice(0, eq), start: 0, end: eq });
  const value = trimPiece({ text: s.slice(eq + 1), start: eq + 1, end: s.length });
  seen.add(key.text);
  report.item(text, [fieldOf(text, key.text, key, value)], `vnuma ${key.text}=${value.text}`, { [key.text]: value.text });
  const notNumber = (piece: Piece): void => report.error(text, piece, 'xl/vnuma-bad-number', `"${piece.text}" is not a decimal number (xl: failed to convert "${piece.text}" to number)`);
  switch (key.text) {
    case 'pnode':
      if (parseUlongRefuses(value.text)) notNumber(value);
      return;
    case 'size':
      if (parseUlongRefuses(value.text)) {
        notNumber(value);
        totals.sizeKnown = false;
      } else totals.sizeMiB += strtoul(value.text, 0, 10).value;
      return;
    case 'vcpus':
      countVcpus(report, text, value, totals);
      return;
    case 'vdistances': {
      const distances = splitPiece(value, ',');
      distances.filter((distance) => parseUlongRefuses(distance.text)).forEach(notNumber);
      if (distances.length > nodes) {
        report.warning(text, value, 'xl/vnuma-too-many-distances', `${distances.length} distances for ${nodes} virtual node${nodes === 1 ? '' : 's'}: give one per node (xl writes past its table with more)`);
      }
      return;
    }
    default:
      report.warning(text, key, 'xl/vnuma-unknown-key', `xl silently ignores the unknown vnuma setting "${key.text}".${didYouMean(key.text, names)}`);
  }
}

function checkTotals(report: SpecReport, totals: Totals, context: SpecContext): void {
  const text = totals.firstText;
  if (!text) return;
  const maxvcpus = integerSetting(context, 'maxvcpus');
  if (totals.vcpusKnown && typeof maxvcpus === 'number' && maxvcpus !== 0 && maxvcpus !== totals.vcpus) {
    report.error(text, undefined, 'xl/vnuma-vcpus-mismatch', `The vnodes have ${totals.vcpus} vCPUs but maxvcpus is ${maxvcpus} (xl: vnuma vcpus and maxvcpus= mismatch)`);
  }
  const maxmem = integerSetting(context, 'maxmem');
  if (totals.sizeKnown && typeof maxmem === 'number' && BigInt(maxmem) !== totals.sizeMiB) {
    report.error(text, undefined, 'xl/vnuma-memory-mismatch', `The vnode sizes add up to ${totals.sizeMiB} MiB but maxmem is ${maxmem} MiB (xl: maxmem and vnuma memory size mismatch)`);
  }
}

export function analyseVnuma(value: XlValue, context: SpecContext): SpecAnalysis {
  const report = new SpecReport();
  if (value.kind !== 'list') return report.result();
  const nodes = value.items.length;
  const totals: Totals = { vcpus: 0, vcpusKnown: true, sizeMiB: 0n, sizeKnown: true };
  for (const node of value.items) {
    const texts = listTexts(node, true);
    const seen = new Set<string>();
    for (const text of texts) {
      totals.firstText ??= text;
      option(report, text, nodes, totals, seen);
    }
    const missing = names.filter((name) => !seen.has(name));
    if (texts.length > 0 && missing.length > 0) {
      report.warning(texts[0], undefined, 'xl/vnuma-missing-key', `This vnode does not set ${missing.join(', ')}; the manual lists pnode, size, vcpus and vdistances as mandatory`);
    }
  }
  checkTotals(report, totals, context);
  return report.result();
}
