/** 9PFS_SPEC items of `p9 = [ … ]` (xl_parse.c); every problem is fatal. */
import type { XlValue } from '../ast';
import type { SpecAnalysis, SpecField } from './types';
import { SpecReport, fieldOf } from './report';
import { listTexts, type SpecText } from './text';
import { pairsOf } from './pairs';
import { parseUlongRefuses, strtoul } from './cnum';
import { didYouMean } from './suggest';
import { p9SpecKeys } from '../../schema/xl/spec-keys/p9';

const names = p9SpecKeys.map((key) => key.name);
const types = ['qemu', 'xen_9pfsd', 'unknown'];
const numberKeys = new Set(['max-files', 'max-open-files', 'max-space']);

/** What libxl checks when it builds the share (libxl_9pfs.c). */
function checkCombination(text: SpecText, report: SpecReport, facts: Record<string, string>): void {
  const daemon = (facts.type ?? 'qemu').toLowerCase() === 'xen_9pfsd';
  if (!daemon) {
    const limits = ['max-files', 'max-open-files', 'max-space', 'auto-delete'].filter((key) => facts[key] !== undefined && strtoul(facts[key], 0, 0).value !== 0n);
    if (limits.length > 0) {
      report.error(text, undefined, 'xl/p9-bad-combination', `${limits.join(', ')} only work with type=xen_9pfsd; the domain fails to build (libxl: Illegal 9pfs parameter combination)`);
      return;
    }
  }
  const required = daemon ? ['security_model'] : ['tag', 'path', 'security_model'];
  const missing = required.filter((key) => facts[key] === undefined);
  if (missing.length > 0) {
    report.error(text, undefined, 'xl/p9-missing-field', `This share needs ${missing.join(', ')}; the domain fails to build (libxl: 9pfs spec missing required field!)`);
  }
}

function analyseItem(text: SpecText, report: SpecReport): void {
  const fields: SpecField[] = [];
  const facts: Record<string, string> = {};
  const pairs = pairsOf(text);
  if (pairs.length === 0) {
    report.error(text, undefined, 'xl/p9-syntax', 'An empty p9 item: xl cannot read it (give at least tag=… and path=…)');
  }
  for (const pair of pairs) {
    if (!pair.ok) {
      report.error(text, pair.piece, 'xl/p9-syntax', `"${pair.piece.text}" is not key=value (xl: failed to parse 9pfs configuration: ${pair.piece.text})`);
      continue;
    }
    const key = pair.key.text;
    fields.push(fieldOf(text, key, pair.key, pair.value));
    if (!names.includes(key)) {
      report.error(text, pair.key, 'xl/p9-unknown-key', `Unknown p9 key "${key}" (xl: Unknown 9pfs parameter '${key}').${didYouMean(key, names)}`);
    } else if (key === 'type' && !types.includes(pair.value.text.toLowerCase())) {
      report.error(text, pair.value, 'xl/p9-bad-type', `Unknown p9 type "${pair.value.text}"; use qemu or xen_9pfsd (xl: failed to parse 9pfs type: ${pair.value.text})`);
    } else if (numberKeys.has(key) && parseUlongRefuses(pair.value.text)) {
      report.error(text, pair.value, 'xl/p9-bad-number', `${key} must be a decimal number (xl: failed to convert "${pair.value.text}" to number)`);
    } else facts[key] = pair.value.text;
  }
  if (pairs.length > 0 && fields.length === pairs.length) checkCombination(text, report, facts);
  report.item(text, fields, `p9 ${facts.tag ?? '?'} ← ${facts.path ?? '?'}`, facts);
}

export function analyseP9(value: XlValue): SpecAnalysis {
  const report = new SpecReport();
  for (const text of listTexts(value)) analyseItem(text, report);
  return report.result();
}
