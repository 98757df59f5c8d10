/**
 * `viridian = [ 'group', '!group', … ]` (xl_parse.c, HVM): an unknown group
 * is fatal in xl; libxl then refuses a set without `base` and a group that
 * is both enabled and disabled (libxl_x86.c).
 */
import type { XlValue } from '../ast';
import type { SpecAnalysis } from './types';
import { SpecReport, fieldOf } from './report';
import { listTexts, type SpecText } from './text';
import { didYouMean } from './suggest';
import { viridianSpecKeys } from '../../schema/xl/spec-keys/viridian';

const groups = viridianSpecKeys.map((key) => key.name).filter((name) => name !== 'all' && name !== 'defaults');
/** What `defaults` turns on. */
const defaultGroups = ['base', 'freq', 'time_ref_count', 'apic_assist', 'crash_ctl', 'no_vp_limit', 'cpu_hotplug'];

interface Selection {
  readonly enabled: Set<string>;
  readonly disabled: Set<string>;
  defaults: boolean;
  /** the item that enabled everything, for the conflict check */
  all?: SpecText;
  baseOff?: SpecText;
}

function checkSelection(report: SpecReport, texts: readonly SpecText[], selection: Selection): void {
  const conflict = [...selection.enabled].find((group) => selection.disabled.has(group));
  if (conflict && selection.all) {
    report.error(selection.all, undefined, 'xl/viridian-conflict', `"all" comes after "!${conflict}", so ${conflict} ends up both on and off; the domain fails to build (libxl: ${conflict} group both enabled and disabled). Put "all" first`);
    return;
  }
  const final = new Set([...(selection.defaults ? defaultGroups : []), ...selection.enabled]);
  for (const group of selection.disabled) final.delete(group);
  if (final.size > 0 && !final.has('base')) {
    report.error(selection.baseOff ?? texts[0], undefined, 'xl/viridian-missing-base', 'Every enlightenment needs the base group; add "base" (or "defaults"). The domain fails to build (libxl: base group not enabled)');
  }
}

export function analyseViridian(value: XlValue): SpecAnalysis {
  const report = new SpecReport();
  const texts = listTexts(value);
  const selection: Selection = { enabled: new Set(), disabled: new Set(), defaults: false };
  let unknown = false;
  for (const text of texts) {
    const s = text.value;
    if (s === 'all' || s === 'defaults') {
      if (s === 'all') {
        groups.forEach((group) => selection.enabled.add(group));
        selection.all = text;
      } else selection.defaults = true;
      report.item(text, [fieldOf(text, s, undefined, { text: s, start: 0, end: s.length })], `viridian ${s}`, { group: s, enabled: '1' });
      continue;
    }
    const negated = s.startsWith('!');
    const name = { text: s.slice(negated ? 1 : 0), start: negated ? 1 : 0, end: s.length };
    const group = name.text.toLowerCase();
    if (!groups.includes(group)) {
      unknown = true;
      report.error(text, name, 'xl/viridian-unknown-group', `Unknown viridian enlightenment "${name.text}".${didYouMean(name.text, [...groups, 'all', 'defaults'])} (xl: unknown viridian enlightenment '${name.text}')`);
    } else if (negated) {
      selection.disabled.add(group);
      selection.enabled.delete(group);
      if (group === 'base') selection.baseOff = text;
    } else {
      selection.enabled.add(group);
      selection.disabled.delete(group);
    }
    report.item(text, [fieldOf(text, name.text, undefined, name)], `viridian ${s}`, { group, enabled: negated ? '0' : '1' });
  }
  if (!unknown && texts.length > 0) checkSelection(report, texts, selection);
  return report.result();
}
