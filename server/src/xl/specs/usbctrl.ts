/** USBCTRL_SPEC items of `usbctrl = [ … ]` (parse_usbctrl_config). */
import type { XlValue } from '../ast';
import type { SpecAnalysis, SpecContext } from './types';
import type { XlGuestType } from '../../schema/xl/key-def';
import type { Piece } from './split';
import { SpecReport } from './report';
import { listTexts, type SpecText } from './text';
import { atoi } from './cnum';
import { readSettings } from './options';

const controllerTypes = ['auto', 'pv', 'devicemodel', 'qusb'];
const controllerKeys = ['type', 'version', 'ports'];
/** USBIF_MAX_PORTNR */
const maxPvPorts = 31;

/** libxl turns auto into devicemodel for HVM guests and into a PV kind otherwise. */
function effectiveType(type: string | undefined, guestType: XlGuestType): string {
  if (type !== undefined && type !== 'auto') return type;
  return guestType === 'hvm' ? 'devicemodel' : 'pv';
}

/** The version/ports rules libxl applies when it builds the controller (libxl_usb.c). */
function checkVersionAndPorts(text: SpecText, report: SpecReport, values: Map<string, Piece>, type: string): void {
  const versionPiece = values.get('version');
  const portsPiece = values.get('ports');
  const version = versionPiece ? atoi(versionPiece.text) || 2 : 2;
  const ports = portsPiece ? atoi(portsPiece.text) : 0;
  const refuse = (at: Piece | undefined, code: string, why: string, libxl: string): void =>
    report.error(text, at, code, `${why}; the domain fails to build (libxl: ${libxl})`);
  if (type === 'pv' || type === 'qusb') {
    if (version < 1 || version > 2) refuse(versionPiece, 'xl/usbctrl-bad-version', `A ${type} controller is USB 1 or 2, not ${version}`, 'USB version for paravirtualized devices must be 1 or 2');
    else if (portsPiece && (ports < 0 || ports > maxPvPorts)) refuse(portsPiece, 'xl/usbctrl-bad-ports', `A ${type} controller has 1 to ${maxPvPorts} ports, not ${ports}`, `Number of ports for USB controller is limited to ${maxPvPorts}`);
    return;
  }
  const fixed: Record<number, number> = { 1: 2, 2: 6 };
  if (version < 1 || version > 3) refuse(versionPiece, 'xl/usbctrl-bad-version', `USB version ${version} does not exist; use 1, 2 or 3`, 'Illegal USB version');
  else if (version in fixed && ports !== 0 && ports !== fixed[version]) {
    refuse(portsPiece, 'xl/usbctrl-bad-ports', `An emulated USB ${version} controller always has ${fixed[version]} ports`, `Number of ports for USB controller of version ${version} is always ${fixed[version]}`);
  } else if (version === 3 && ports > 15) {
    refuse(portsPiece, 'xl/usbctrl-bad-ports', 'An emulated USB 3 controller has at most 15 ports', 'Number of ports for USB controller of version 3 is limited to 15');
  }
}

function analyseController(text: SpecText, report: SpecReport, guestType: XlGuestType): void {
  const { fields, values, complete } = readSettings(text, report, 'usbctrl', controllerKeys, 'backtick');
  const facts: Record<string, string> = {};
  const type = values.get('type');
  if (type && !controllerTypes.includes(type.text.toLowerCase())) {
    report.error(text, type, 'xl/usbctrl-bad-type', `Unknown controller type "${type.text}"; use auto, pv, qusb or devicemodel (xl: Invalid usb controller type '${type.text}')`);
  } else if (type) facts.type = type.text.toLowerCase();
  for (const key of ['version', 'ports']) {
    const piece = values.get(key);
    if (piece) facts[key] = String(atoi(piece.text));
  }
  const typeRefused = type !== undefined && facts.type === undefined;
  if (complete && !typeRefused) checkVersionAndPorts(text, report, values, effectiveType(facts.type, guestType));
  report.item(text, fields, `usbctrl ${facts.type ?? 'auto'}${facts.version ? ` v${facts.version}` : ''}`, facts);
}

export function analyseUsbctrl(value: XlValue, context: SpecContext): SpecAnalysis {
  const report = new SpecReport();
  for (const text of listTexts(value)) analyseController(text, report, context.guestType);
  return report.result();
}
