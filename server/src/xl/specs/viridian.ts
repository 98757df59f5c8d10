/** `viridian = [ 'group', '!group', … ]` (xl_parse.c, HVM); an unknown group is fatal. */
import type { XlValue } from '../ast';
import type { SpecAnalysis } from './types';
import { SpecReport, fieldOf } from './report';
import { listTexts } from './text';
import { didYouMean } from './suggest';
import { viridianSpecKeys } from '../../schema/xl/spec-keys/viridian';

const groups = viridianSpecKeys.map((key) => key.name).filter((name) => name !== 'all' && name !== 'defaults');

export function analyseViridian(value: XlValue): SpecAnalysis {
  const report = new SpecReport();
  for (const text of listTexts(value)) {
    const s = text.value;
    if (s === 'all' || s === 'defaults') {
      report.item(text, [fieldOf(text, s, undefined, { text: s, start: 0, end: s.length })], `viridian ${s}`, { group: s, enabled: '1' });
      continue;
    }
    const negated = s.startsWith('!');
    const name = { text: s.slice(negated ? 1 : 0), start: negated ? 1 : 0, end: s.length };
    if (!groups.includes(name.text.toLowerCase())) {
      report.error(text, name, 'xl/viridian-unknown-group', `Unknown viridian enlightenment "${name.text}".${didYouMean(name.text, [...groups, 'all', 'defaults'])} (xl: "unknown viridian enlightenment '${name.text}'")`);
    }
    report.item(text, [fieldOf(text, name.text, undefined, name)], `viridian ${s}`, { group: name.text.toLowerCase(), enabled: negated ? '0' : '1' });
  }
  return report.result();
}
