/** USBDEV_SPEC items of `usbdev = [ … ]` (parse_usbdev_config). */
import type { XlValue } from '../ast';
import type { SpecAnalysis } from './types';
import { SpecReport } from './report';
import { listTexts, type SpecText } from './text';
import { looksNumeric, readSettings } from './options';
import { atoi } from './cnum';

const deviceKeys = ['type', 'hostbus', 'hostaddr', 'controller', 'port'];

function analyseDevice(text: SpecText, report: SpecReport): void {
  const { fields, values, complete } = readSettings(text, report, 'usbdev', deviceKeys, 'backtick');
  const facts: Record<string, string> = {};
  const type = values.get('type');
  if (type && type.text.toLowerCase() !== 'hostdev') {
    report.error(text, type, 'xl/usbdev-bad-type', `Unknown USB device type "${type.text}"; the only type is hostdev (xl: Invalid usb device type)`);
  }
  for (const key of ['hostbus', 'hostaddr', 'controller', 'port']) {
    const value = values.get(key);
    if (!value) continue;
    if (!looksNumeric(value.text)) report.warning(text, value, 'xl/usbdev-not-a-number', `${key} takes a number; xl reads "${value.text}" as 0`);
    else facts[key] = value.text.trim();
  }
  const port = values.get('port');
  if (complete && port && atoi(port.text) !== 0 && !values.has('controller')) {
    report.error(text, port, 'xl/usbdev-port-without-controller', 'port= needs controller= as well; the domain fails to build (libxl: USB controller must be specified if you specify port)');
  }
  report.item(text, fields, `usbdev ${facts.hostbus ?? '?'}.${facts.hostaddr ?? '?'}`, facts);
}

export function analyseUsbdev(value: XlValue): SpecAnalysis {
  const report = new SpecReport();
  for (const text of listTexts(value)) analyseDevice(text, report);
  return report.result();
}
