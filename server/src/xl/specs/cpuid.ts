/**
 * `cpuid` in both forms (xl_parse.c, libxl_cpuid.c): the libxl string
 * `host,NAME=V,…` and the xend list `['LEAF[,SUBLEAF]:eXx=<32 chars>,…']`.
 * xl only prints its errors and goes on, so all findings are warnings.
 */
import type { XlValue } from '../ast';
import type { SpecAnalysis, SpecField } from './types';
import { SpecReport, fieldOf } from './report';
import { splitKeyValue, strtokRaw, type Piece } from './split';
import { listTexts, specTextOf, type SpecText } from './text';
import { strtoul } from './cnum';
import { didYouMean } from './suggest';
import { cpuidFeatureNames, cpuidLegacyNames, cpuidMsrFeatureNames } from '../../schema/xl/spec-keys/cpuid-flags';

const bitNames = new Set([...cpuidLegacyNames, ...cpuidFeatureNames]);
const msrNames = new Set(cpuidMsrFeatureNames);
const allNames = [...cpuidLegacyNames, ...cpuidFeatureNames, ...cpuidMsrFeatureNames];

function valueAccepted(name: string, value: string): boolean {
  if (msrNames.has(name)) return value.length === 1 && '01xks'.includes(value);
  return strtoul(value, 0, 0).converted || 'xks'.includes(value[0] ?? '#');
}

function analyseString(text: SpecText, report: SpecReport): void {
  const parts = strtokRaw(text.value);
  const fields: SpecField[] = [];
  const facts: Record<string, string> = {};
  const say = (at: Piece, part: Piece, code: string, why: string, error: number, xl: string): void =>
    report.warning(text, at, code, `${why}; xl prints "while parsing CPUID flag: "${part.text}":" and "error #${error}: ${xl}", then skips it`);
  if (parts.length > 0 && parts[0].text !== 'host') {
    report.warning(text, parts[0], 'xl/cpuid-missing-host', 'The string form must start with "host"; xl prints "error: first word must be "host"" and ignores the whole cpuid setting');
    return report.item(text, fields, 'cpuid (ignored)', facts);
  }
  for (const part of parts.slice(1)) {
    const { key, value } = splitKeyValue(part);
    if (value === undefined) {
      say(part, part, 'xl/cpuid-missing-equals', `"${part.text}" needs a value: NAME=0, 1, x, k or s`, 1, 'missing "=" in key=value');
      continue;
    }
    fields.push(fieldOf(text, key.text, key, value));
    if (!bitNames.has(key.text) && !msrNames.has(key.text)) {
      say(key, part, 'xl/cpuid-unknown-flag', `Unknown CPUID name "${key.text}".${didYouMean(key.text, allNames)}`, 2, 'unknown CPUID flag name');
    } else if (!valueAccepted(key.text, value.text)) {
      say(value, part, 'xl/cpuid-bad-value', `"${value.text}" is not a CPUID setting: use 0, 1, x, k or s${msrNames.has(key.text) ? ' (a single character for this MSR bit)' : ' or a number'}`, 3, 'illegal CPUID value (must be: [0|1|x|k|s])');
    } else facts[key.text] = value.text;
  }
  report.item(text, fields, `cpuid host${parts.length > 1 ? ` +${parts.length - 1}` : ''}`, facts);
}

/** libxl_cpuid_parse_config_xend's error number for a list item, or 0. */
function xendProblem(s: string): { code: number; at: number } {
  const leaf = strtoul(s, 0, 0);
  if (!leaf.converted) return { code: 1, at: 0 };
  let pos = leaf.end;
  if (s[pos] === ',') {
    const subleaf = strtoul(s, pos + 1, 0);
    if (!subleaf.converted) return { code: 2, at: pos + 1 };
    pos = subleaf.end;
  }
  if (s[pos] !== ':') return { code: 3, at: pos };
  pos++;
  while (pos < s.length) {
    const register = s.charCodeAt(pos + 1) - 97;
    const eq = s.indexOf('=', pos);
    if (s[pos] !== 'e' || s[pos + 2] !== 'x' || register < 0 || register > 3 || eq < 0) return { code: 4, at: pos };
    const start = eq + 1;
    const comma = s.indexOf(',', start);
    const end = comma < 0 ? s.length : comma;
    if (end - start !== 32) return { code: 5, at: start };
    if (comma < 0) break;
    pos = comma + 1;
    while (s[pos] === ' ' || s[pos] === '\n') pos++;
  }
  return { code: 0, at: 0 };
}

const xendMessages = ['', 'illegal leaf number', 'illegal subleaf number', 'missing colon', 'invalid register name (must be e[abcd]x)', 'policy string must be exactly 32 characters long'];

function analyseXendItem(text: SpecText, report: SpecReport): void {
  const { code, at } = xendProblem(text.value);
  if (code !== 0) {
    const end = Math.max(at + 1, nextComma(text.value, at));
    report.warning(text, { text: '', start: at, end }, 'xl/cpuid-bad-line',
      `xl cannot read this CPUID line and skips it (xl: while parsing CPUID line: "${text.value}":" and "error #${code}: ${xendMessages[code]}); the form is LEAF[,SUBLEAF]:eax=<32 of 0 1 x k s>,ebx=…`);
  }
  report.item(text, [], `cpuid ${text.value.split(':')[0]}`, {});
}

function nextComma(s: string, from: number): number {
  const comma = s.indexOf(',', from);
  return comma < 0 ? s.length : comma;
}

export function analyseCpuid(value: XlValue): SpecAnalysis {
  const report = new SpecReport();
  const single = specTextOf(value);
  if (single) analyseString(single, report);
  else for (const text of listTexts(value)) analyseXendItem(text, report);
  return report.result();
}
