/** PCI_SPEC_STRING items of `pci = [ … ]` (xlu_pci_parse_spec_string). */
import type { XlValue } from '../ast';
import type { SpecAnalysis, SpecField } from './types';
import { SpecReport, fieldOf } from './report';
import type { Piece } from './split';
import { listTexts, type SpecText } from './text';
import { parseBdf, parseVslot } from './pci-bdf';
import { didYouMean } from './suggest';
import { pciSpecKeys } from '../../schema/xl/spec-keys/pci';

const keyNames = pciSpecKeys.map((key) => key.name);
const integerKeys = new Set(['permissive', 'msitranslate', 'seize', 'power_mgmt']);
const rdmPolicies = ['strict', 'relaxed', 'invalid'];

function xlSays(spec: string, extra?: string): string {
  return ` (xl: ${extra ? `${extra}" then "` : ''}unable to parse PCI_SPEC_STRING \`${spec}' for passthrough)`;
}

function segmentEnd(s: string, from: number): number {
  const comma = s.indexOf(',', from);
  return comma < 0 ? s.length : comma;
}

function piece(s: string, start: number, end: number): Piece {
  return { text: s.slice(start, end), start, end };
}

class PciItem {
  readonly fields: SpecField[] = [];
  readonly facts: Record<string, string> = {};
  bdfPresent = false;
  namePresent = false;
  failed = false;

  constructor(readonly text: SpecText, readonly report: SpecReport) {}

  fail(at: Piece, code: string, explanation: string, extra?: string): void {
    this.failed = true;
    this.report.error(this.text, at, code, `${explanation}${xlSays(this.text.value, extra)}`);
  }
}

/** The positional `BDF[@VSLOT]` form; returns where key=value pairs start, or -1 to stop. */
function positional(item: PciItem): number {
  const s = item.text.value;
  const limit = segmentEnd(s, 0);
  const bdf = parseBdf(s, 0, limit);
  if (!bdf.ok) {
    if (s.slice(0, limit).includes('=')) return 0;
    item.fail(piece(s, bdf.start, bdf.end), 'xl/pci-bad-bdf', `Bad PCI address "${s.slice(0, limit)}": ${bdf.reason}`);
    return -1;
  }
  item.bdfPresent = true;
  item.facts.bdf = bdf.bdf;
  item.fields.push(fieldOf(item.text, 'bdf', undefined, piece(s, 0, bdf.end)));
  let pos = bdf.end;
  if (s[pos] === '@') {
    const vslot = parseVslot(s, pos + 1);
    const end = segmentEnd(s, pos + 1);
    if (!vslot.ok) {
      item.fail(piece(s, pos + 1, end), 'xl/pci-bad-vslot', `Bad virtual slot: ${vslot.reason}`);
      return -1;
    }
    item.facts.vslot = vslot.slot.toString(16);
    item.fields.push(fieldOf(item.text, 'vslot', undefined, piece(s, pos + 1, vslot.end)));
    pos = vslot.end;
  }
  if (s[pos] === ',') return pos + 1;
  if (pos < s.length) {
    item.fail(piece(s, pos, segmentEnd(s, pos)), 'xl/pci-syntax', `Unexpected "${s.slice(pos, segmentEnd(s, pos))}" after the PCI address (no spaces are allowed; options follow a comma)`);
    return -1;
  }
  return pos;
}

function option(item: PciItem, key: Piece, value: Piece): void {
  const s = item.text.value;
  item.fields.push(fieldOf(item.text, key.text, key, value));
  switch (key.text) {
    case 'bdf': {
      const bdf = parseBdf(s, value.start, value.end);
      if (!bdf.ok) item.fail(value, 'xl/pci-bad-bdf', `Bad PCI address "${value.text}": ${bdf.reason}`);
      else {
        item.bdfPresent = true;
        item.facts.bdf = bdf.bdf;
      }
      return;
    }
    case 'vslot': {
      const vslot = parseVslot(s, value.start);
      if (!vslot.ok) item.fail(value, 'xl/pci-bad-vslot', `Bad virtual slot: ${vslot.reason}`);
      else item.facts.vslot = vslot.slot.toString(16);
      return;
    }
    case 'rdm_policy':
      if (!rdmPolicies.includes(value.text.toLowerCase())) {
        item.fail(value, 'xl/pci-bad-rdm-policy', `Unknown rdm_policy "${value.text}"; use strict or relaxed`, `Unknown RDM policy: ${value.text}`);
      }
      return;
    case 'name':
      item.namePresent = true;
      item.facts.name = value.text;
      return;
    default:
      if (integerKeys.has(key.text)) {
        if (!/^[ \t\n\v\f\r]*[+-]?\d/.test(value.text)) {
          item.report.warning(item.text, value, 'xl/pci-not-a-number', `${key.text} takes a number (0 or 1); xl reads "${value.text}" as 0`);
        }
        return;
      }
      item.fail(key, 'xl/pci-unknown-key', `Unknown PCI option "${key.text}".${didYouMean(key.text, keyNames)}`, `Unknown PCI_SPEC_STRING option: ${key.text}`);
  }
}

function analyseItem(text: SpecText, report: SpecReport): void {
  const item = new PciItem(text, report);
  const s = text.value;
  let pos = positional(item);
  while (pos >= 0 && pos < s.length && !item.failed) {
    const eq = s.indexOf('=', pos);
    if (eq < 0) {
      item.fail(piece(s, pos, s.length), 'xl/pci-syntax', `"${s.slice(pos)}" is not a key=value option`);
      break;
    }
    const end = segmentEnd(s, eq + 1);
    option(item, piece(s, pos, eq), piece(s, eq + 1, end));
    pos = end < s.length ? end + 1 : end;
  }
  if (!item.failed && pos >= 0) {
    const whole = piece(s, 0, s.length);
    if (item.bdfPresent && item.namePresent) item.fail(whole, 'xl/pci-bdf-and-name', 'Give either a PCI address or name=, not both');
    else if (!item.bdfPresent && !item.namePresent) item.fail(whole, 'xl/pci-missing-bdf', 'No PCI device given: start with its address (e.g. 0000:03:00.0) or use name=');
  }
  const label = item.facts.bdf ?? (item.facts.name !== undefined ? `name=${item.facts.name}` : '?');
  report.item(text, item.fields, `pci ${label}`, item.facts);
}

export function analysePci(value: XlValue): SpecAnalysis {
  const report = new SpecReport();
  for (const text of listTexts(value)) analyseItem(text, report);
  return report.result();
}
