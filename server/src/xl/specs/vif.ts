/** NET_SPEC items of `vif = [ … ]` (parse_nic_config in xl_parse.c). */
import type { XlValue } from '../ast';
import type { SpecAnalysis, SpecField } from './types';
import { SpecReport, fieldOf } from './report';
import { splitKeyValue, strtokSplit, type Piece } from './split';
import { strtoul, ULONG_MAX } from './cnum';
import { listTexts, type SpecText } from './text';
import { parseVifRate } from './vif-rate';
import { didYouMean } from './suggest';
import { vifSpecKeys } from '../../schema/xl/spec-keys/vif';

const valueKeys = new Set(vifSpecKeys.filter((key) => key.form !== 'flag').map((key) => key.name));
const flags = new Set(vifSpecKeys.filter((key) => key.form === 'flag').map((key) => key.name));
const allNames = vifSpecKeys.map((key) => key.name);

/** The six octets as xl reads them (strtoul base 16, any one-character separator). */
export function parseMac(text: string): string | undefined {
  const octets: string[] = [];
  let pos = 0;
  for (let index = 0; index < 6; index++) {
    if (pos > text.length) return undefined;
    const octet = strtoul(text, pos, 16);
    if (!octet.converted || octet.value > 255n) return undefined;
    octets.push(octet.value.toString(16).padStart(2, '0'));
    pos = octet.end + 1;
  }
  return octets.join(':');
}

function checkValue(report: SpecReport, text: SpecText, keyPiece: Piece, value: Piece, facts: Record<string, string>): void {
  const key = keyPiece.text;
  switch (key) {
    case 'mac': {
      const mac = parseMac(value.text);
      if (mac === undefined) {
        report.warning(text, value, 'xl/vif-bad-mac', `"${value.text}" is not a MAC address (six hex octets such as 00:16:3e:01:02:03); xl prints "Invalid parameter \`mac'." and the NIC gets an unreliable address.`);
      } else facts.mac = mac;
      return;
    }
    case 'type':
      if (value.text !== 'vif' && value.text !== 'ioemu') {
        report.warning(text, value, 'xl/vif-bad-type', `Unknown vif type "${value.text}"; use vif or ioemu (lowercase). xl prints "Invalid parameter \`type'." and keeps the default.${didYouMean(value.text, ['vif', 'ioemu'])}`);
      } else facts.type = value.text;
      return;
    case 'rate': {
      const rate = parseVifRate(value);
      if (!rate.ok) {
        report.error(text, rate.at, 'xl/vif-bad-rate', `${rate.explanation} (xl: config parsing error in vif: ${rate.message})`);
      } else {
        facts.rate = rate.bytesPerSecond.toString();
        facts.rateIntervalUs = rate.intervalMicroseconds.toString();
      }
      return;
    }
    case 'devid': case 'mtu': {
      const number = strtoul(value.text, 0, 10);
      if (!number.converted || number.value === ULONG_MAX) {
        report.error(text, value, 'xl/vif-bad-number', `${key} must be a decimal number (xl: failed to convert "${value.text}" to number)`);
      } else facts[key] = number.value.toString();
      return;
    }
    case 'netdev':
      report.warning(text, keyPiece, 'xl/vif-deprecated-netdev', 'netdev is deprecated; use gatewaydev (xl: the netdev parameter is deprecated, please use gatewaydev instead)', { replacement: 'gatewaydev' });
      facts.gatewaydev = value.text;
      return;
    case 'accel':
      report.warning(text, keyPiece, 'xl/vif-accel-unsupported', 'xl ignores accel (xl: the accel parameter for vifs is currently not supported)');
      return;
    default:
      if (['bridge', 'ip', 'model', 'vifname', 'script', 'backend', 'gatewaydev'].includes(key)) facts[key] = value.text;
  }
}

/** A part of blanks only: point at the blanks themselves. */
function blanksBefore(value: string, piece: Piece): Piece {
  const start = value.lastIndexOf(',', piece.start - 1) + 1;
  return { text: value.slice(start, piece.end), start, end: piece.end };
}

function analyseItem(text: SpecText, index: number, report: SpecReport): void {
  const fields: SpecField[] = [];
  const facts: Record<string, string> = { devid: String(index) };
  for (const piece of strtokSplit(text.value)) {
    if (flags.has(piece.text)) {
      fields.push(fieldOf(text, piece.text, piece, piece));
      continue;
    }
    const { key, value } = splitKeyValue(piece);
    if (value === undefined || !valueKeys.has(key.text)) {
      const at = piece.text === '' ? blanksBefore(text.value, piece) : value === undefined ? piece : key;
      const hint = value === undefined && valueKeys.has(key.text) ? ` ${key.text} needs a value: ${key.text}=…` : didYouMean(key.text, allNames);
      const what = piece.text === '' ? 'an empty parameter' : `"${piece.text}"`;
      report.warning(text, at, 'xl/vif-unknown-key', `xl ignores ${what} (xl: unrecognized argument \`${piece.text}').${hint}`);
      continue;
    }
    fields.push(fieldOf(text, key.text, key, value));
    checkValue(report, text, key, value, facts);
  }
  const essence = `vif ${facts.mac ?? '(random MAC)'} → ${facts.bridge ?? 'xenbr0'}`;
  report.item(text, fields, essence, facts);
}

export function analyseVif(value: XlValue): SpecAnalysis {
  const report = new SpecReport();
  listTexts(value).forEach((text, index) => analyseItem(text, index, report));
  return report.result();
}
