/** VKB_SPEC items of `vkb = [ … ]` (parse_vkb_config / parse_vkb_list); every problem is fatal. */
import type { XlValue } from '../ast';
import type { SpecAnalysis } from './types';
import { SpecReport } from './report';
import { listTexts, type SpecText } from './text';
import { strtoul } from './cnum';
import { readSettings } from './options';
import { vkbSpecKeys } from '../../schema/xl/spec-keys/vkb';

const known = vkbSpecKeys.map((key) => key.name);
const backendTypes = ['qemu', 'linux'];
const touchSizes = ['multi-touch-width', 'multi-touch-height', 'multi-touch-num-contacts'];

function analyseItem(text: SpecText, report: SpecReport): void {
  const { fields, values, complete } = readSettings(text, report, 'vkb', known, 'double');
  const facts: Record<string, string> = {};
  const backendType = values.get('backend-type');
  let typeOk = false;
  if (backendType && !backendTypes.includes(backendType.text.toLowerCase()) && backendType.text.toLowerCase() !== 'unknown') {
    report.error(text, backendType, 'xl/vkb-bad-backend-type', `Unknown backend-type "${backendType.text}"; use qemu or linux (xl: Unknown backend_type "${backendType.text}" in vkb spec)`);
    return report.item(text, fields, 'vkb', facts);
  }
  if (backendType && backendTypes.includes(backendType.text.toLowerCase())) {
    typeOk = true;
    facts['backend-type'] = backendType.text.toLowerCase();
  }
  if (!complete) return report.item(text, fields, 'vkb', facts);
  if (!typeOk) {
    report.error(text, undefined, 'xl/vkb-missing-backend-type', 'A vkb needs backend-type=qemu or backend-type=linux (xl: backend-type should be set in vkb spec)');
  } else {
    const number = (key: string): bigint => strtoul(values.get(key)?.text ?? '', 0, 0).value;
    const sized = touchSizes.some((key) => number(key) !== 0n);
    if (number('feature-multi-touch') !== 0n && !sized) {
      report.error(text, values.get('feature-multi-touch'), 'xl/vkb-multi-touch-size', 'feature-multi-touch needs multi-touch-width, multi-touch-height and multi-touch-num-contacts (xl: multi-touch-width, multi-touch-height, multi-touch-num-contacts should be set for multi touch in vkb spec)');
    }
  }
  report.item(text, fields, `vkb ${facts['backend-type'] ?? '?'}`, facts);
}

export function analyseVkb(value: XlValue): SpecAnalysis {
  const report = new SpecReport();
  for (const text of listTexts(value)) analyseItem(text, report);
  return report.result();
}
