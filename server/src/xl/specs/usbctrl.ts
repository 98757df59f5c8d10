/** USBCTRL_SPEC items of `usbctrl = [ … ]` (parse_usbctrl_config). */
import type { XlValue } from '../ast';
import type { SpecAnalysis } from './types';
import { SpecReport } from './report';
import { listTexts, type SpecText } from './text';
import { atoi } from './cnum';
import { readSettings } from './options';

const controllerTypes = ['auto', 'pv', 'devicemodel', 'qusb'];
const controllerKeys = ['type', 'version', 'ports'];

function analyseController(text: SpecText, report: SpecReport): void {
  const { fields, values, complete } = readSettings(text, report, 'usbctrl', controllerKeys, 'backtick');
  const facts: Record<string, string> = {};
  const type = values.get('type');
  if (type && !controllerTypes.includes(type.text.toLowerCase())) {
    report.error(text, type, 'xl/usbctrl-bad-type', `Unknown controller type "${type.text}"; use auto, pv, qusb or devicemodel (xl: "Invalid usb controller type '${type.text}'")`);
  } else if (type) facts.type = type.text.toLowerCase();
  const version = values.get('version');
  if (complete && version) {
    const number = atoi(version.text);
    facts.version = String(number);
    if (number < 1 || number > 3) report.warning(text, version, 'xl/usbctrl-bad-version', `USB version "${version.text}" does not exist; use 1, 2 or 3`);
    else if (number === 3 && facts.type !== 'devicemodel') report.warning(text, version, 'xl/usbctrl-bad-version', 'USB 3 controllers exist only with type=devicemodel');
  }
  const ports = values.get('ports');
  if (complete && ports) {
    const number = atoi(ports.text);
    facts.ports = String(number);
    if (number < 1 || number > 31) report.warning(text, ports, 'xl/usbctrl-bad-ports', `A controller has 1 to 31 ports, not "${ports.text}"`);
  }
  report.item(text, fields, `usbctrl ${facts.type ?? 'auto'}${facts.version ? ` v${facts.version}` : ''}`, facts);
}

export function analyseUsbctrl(value: XlValue): SpecAnalysis {
  const report = new SpecReport();
  for (const text of listTexts(value)) analyseController(text, report);
  return report.result();
}
