/**
 * CPU lists of `cpus` and `cpus_soft` (parse_cpurange / update_cpumap_range
 * in xl_parse.c): a string applies to every vCPU, a list gives one map per vCPU.
 */
import type { XlValue } from '../ast';
import type { SpecAnalysis, SpecContext, SpecField } from './types';
import { SpecReport, fieldOf } from './report';
import { strtokRaw, type Piece } from './split';
import { strtoul, ULONG_MAX } from './cnum';
import { listTexts, specTextOf, type SpecText } from './text';
import { integerSetting } from './context';

const shape = 'write all, N, N-M, ^N (to exclude), node:N or nodes:N-M, separated by commas';

/** Why a range is refused, or undefined when `parse_range` accepts it. */
export function rangeProblem(text: string): string | undefined {
  const first = strtoul(text, 0, 10);
  if (!first.converted || first.value === ULONG_MAX) return 'it does not start with a number';
  let end = first.end;
  if (text[end] === '-') {
    const second = strtoul(text, end + 1, 10);
    if (!second.converted || second.value === ULONG_MAX) return 'the range has no end number';
    if (second.value < first.value) return 'the range ends below its start';
    end = second.end;
  }
  return end === text.length ? undefined : `"${text.slice(end)}" follows the number`;
}

function checkPart(report: SpecReport, text: SpecText, part: Piece): void {
  let offset = 0;
  const negated = part.text.startsWith('^');
  if (negated) offset = 1;
  if (part.text.startsWith('node:', offset)) offset += 5;
  else if (part.text.startsWith('nodes:', offset)) offset += 6;
  const rest = part.text.slice(offset);
  if (rest === 'all') {
    if (negated) {
      report.error(text, part, 'xl/cpulist-negated-all', `"^" cannot be combined with "all" (xl: Can't combine "^" and "all".)`);
    }
    return;
  }
  const problem = rangeProblem(rest);
  if (problem !== undefined) {
    report.error(text, part, 'xl/cpulist-bad-range', `Bad CPU range "${part.text}": ${problem}; ${shape} (xl: Invalid pcpu range: ${rest}.)`);
  }
}

function analyseMap(report: SpecReport, text: SpecText, fields: SpecField[]): void {
  for (const part of strtokRaw(text.value)) {
    fields.push(fieldOf(text, 'cpus', undefined, part));
    checkPart(report, text, part);
  }
}

/** xl sizes the affinity array by maxvcpus (else vcpus, at least 1). */
function vcpuCount(context: SpecContext): number | undefined {
  const max = integerSetting(context, 'maxvcpus');
  if (max === null) return undefined;
  if (max !== undefined && max > 0) return max;
  // without maxvcpus, a vnuma layout sets the count first; stay quiet then
  if (context.lookup('vnuma') !== undefined) return undefined;
  const vcpus = integerSetting(context, 'vcpus');
  if (vcpus === null) return undefined;
  return Math.max(1, vcpus ?? 1);
}

export function analyseCpulist(value: XlValue, context: SpecContext): SpecAnalysis {
  const report = new SpecReport();
  const single = specTextOf(value);
  if (single) {
    const fields: SpecField[] = [];
    analyseMap(report, single, fields);
    report.item(single, fields, `all vCPUs → ${single.value}`, { cpus: single.value });
    return report.result();
  }
  const count = vcpuCount(context);
  listTexts(value).forEach((text, index) => {
    const fields: SpecField[] = [];
    analyseMap(report, text, fields);
    if (count !== undefined && index >= count) {
      report.warning(text, undefined, 'xl/cpulist-extra-entry', `xl ignores this entry: the guest has ${count} vCPU${count === 1 ? '' : 's'} (maxvcpus, else vcpus), so only the first ${count} entr${count === 1 ? 'y is' : 'ies are'} used`);
    }
    report.item(text, fields, `vCPU ${index} → ${text.value}`, { vcpu: String(index), cpus: text.value });
  });
  return report.result();
}
