/**
 * `rdm = "strategy=host[,policy=…]"` (xlu_rdm_parse, libxlu_pci.c). Every
 * failure makes xl drop the whole setting and carry on, so all findings are
 * warnings. In this xl version the policy test is inverted: a valid
 * policy= always makes the parse fail.
 */
import type { XlValue } from '../ast';
import type { SpecAnalysis, SpecField } from './types';
import { SpecReport, fieldOf } from './report';
import type { Piece } from './split';
import { specTextOf, type SpecText } from './text';

const policies = ['strict', 'relaxed', 'invalid'];

type State = 'type' | 'strategy' | 'policy' | 'terminal';

function analyseText(text: SpecText, report: SpecReport): void {
  const s = text.value;
  const fields: SpecField[] = [];
  const facts: Record<string, string> = {};
  let state: State = 'type';
  let token = 0;
  let key: Piece | undefined;
  const dropped = (at: Piece | undefined, code: string, why: string): void => {
    report.warning(text, at, code, `${why}; xl then ignores the whole rdm setting`);
  };
  for (let ptr = 0; ptr <= s.length; ptr++) {
    const ch = ptr < s.length ? s[ptr] : '\0';
    if (state === 'type') {
      if (ch !== '=') continue;
      key = { text: s.slice(token, ptr), start: token, end: ptr };
      if (key.text === 'strategy') state = 'strategy';
      else if (key.text === 'policy') state = 'policy';
      else return dropped(key, 'xl/rdm-unknown-option', `Unknown rdm option "${key.text}"; use strategy= (xl: Unknown RDM state option: ${key.text})`);
      token = ptr + 1;
    } else if (state === 'strategy' || state === 'policy') {
      if (ch !== ',' && ch !== '\0') continue;
      const value: Piece = { text: s.slice(token, ptr), start: token, end: ptr };
      if (key) fields.push(fieldOf(text, key.text, key, value));
      const was = state;
      state = ch === ',' ? 'type' : 'terminal';
      token = ptr + 1;
      if (was === 'strategy') {
        if (value.text !== 'host') return dropped(value, 'xl/rdm-bad-strategy', `Unknown rdm strategy "${value.text}"; the only strategy is host (xl: Unknown RDM strategy option: ${value.text})`);
        facts.strategy = value.text;
      } else if (policies.includes(value.text.toLowerCase())) {
        // the span takes one neighbouring comma along, so deleting it leaves a valid setting
        const from = key?.start ?? value.start;
        const before = from > 0 && s[from - 1] === ',';
        const whole: Piece = { text: '', start: before ? from - 1 : from, end: !before && s[value.end] === ',' ? value.end + 1 : value.end };
        report.warning(text, whole, 'xl/rdm-policy-dropped',
          'Because of a bug in this xl version any policy= here makes xl silently ignore the whole rdm setting; remove policy= (strict is the default) or set rdm_policy= on each pci device instead', { replacement: '' });
        return;
      } else {
        report.warning(text, value, 'xl/rdm-bad-policy', `Unknown rdm policy "${value.text}"; use strict or relaxed. xl prints "Unknown RDM policy: ${value.text}" and keeps an undefined policy`);
      }
    }
  }
  if (token !== s.length + 1 || state !== 'terminal') {
    dropped(undefined, 'xl/rdm-syntax', 'xl cannot read this rdm setting (expected strategy=host with no trailing comma)');
    return;
  }
  report.item(text, fields, `rdm strategy=${facts.strategy ?? '?'}`, facts);
}

export function analyseRdm(value: XlValue): SpecAnalysis {
  const report = new SpecReport();
  const text = specTextOf(value);
  if (text) analyseText(text, report);
  return report.result();
}
