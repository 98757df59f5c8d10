/**
 * `vsnd = [ [ 'CARD, …', 'PCM, …', 'STREAM, …' ], … ]` (parse_vsnd_item):
 * each string starts with CARD, PCM or STREAM (any case); every problem is fatal.
 */
import type { XlValue } from '../ast';
import type { SpecAnalysis, SpecField } from './types';
import { SpecReport, fieldOf } from './report';
import { splitKeyValue, splitPiece, strtokSplit, type Piece } from './split';
import { listTexts, type SpecText } from './text';
import { didYouMean } from './suggest';
import { vsndCommonKeys, vsndFormatAliases, vsndFormats, vsndItemKeys } from '../../schema/xl/spec-keys/vsnd';

type Kind = 'card' | 'pcm' | 'stream';

const commonNames = vsndCommonKeys.map((key) => key.name);
const formatNames = vsndFormats.map((format) => format.value);

function checkFormats(report: SpecReport, text: SpecText, value: Piece): boolean {
  for (const format of splitPiece(value, ';')) {
    if (formatNames.includes(format.text.toLowerCase())) continue;
    const alias = vsndFormatAliases[format.text.toLowerCase()];
    const hint = alias ? ` The manual's name ${format.text} is not what xl knows: write ${alias}.` : didYouMean(format.text, formatNames);
    report.error(text, format, 'xl/vsnd-bad-format', `Unknown sample format "${format.text}".${hint} (xl: Invalid pcm format: ${format.text})`, alias ? { replacement: alias } : undefined);
    return false;
  }
  return true;
}

/** One parameter of a CARD, PCM or STREAM string; false when xl stops. */
function parameter(report: SpecReport, text: SpecText, kind: Kind, piece: Piece, fields: SpecField[]): boolean {
  const { key, value } = splitKeyValue(piece);
  const own = vsndItemKeys[kind].map((def) => def.name);
  if (value === undefined || (!commonNames.includes(key.text) && !own.includes(key.text))) {
    const idHint = kind === 'stream' && key.text === 'id' ? ' The manual\'s example writes id=, but xl only knows unique-id=.' : didYouMean(key.text, [...commonNames, ...own]);
    report.error(text, value === undefined ? piece : key, 'xl/vsnd-unknown-key', `"${key.text}" is not a ${kind.toUpperCase()} parameter.${idHint} (xl: Invalid parameter: ${piece.text})`,
      kind === 'stream' && key.text === 'id' ? { replacement: 'unique-id' } : undefined);
    return false;
  }
  fields.push(fieldOf(text, key.text, key, value));
  if (key.text === 'sample-formats') return checkFormats(report, text, value);
  if (kind === 'stream' && key.text === 'type' && !['p', 'c'].includes(value.text.toLowerCase())) {
    report.error(text, value, 'xl/vsnd-bad-stream-type', `Unknown stream type "${value.text}"; use p (playback) or c (capture) (xl: Invalid stream type: ${value.text})`);
    return false;
  }
  return true;
}

function analyseString(report: SpecReport, text: SpecText, card: number): void {
  const pieces = strtokSplit(text.value);
  const fields: SpecField[] = [];
  const head = pieces[0];
  const kind = head?.text.toLowerCase();
  if (head && kind !== 'card' && kind !== 'pcm' && kind !== 'stream') {
    report.error(text, head, 'xl/vsnd-bad-item', `Each vsnd string starts with CARD, PCM or STREAM, not "${head.text}" (xl: Invalid key: ${head.text})`);
  } else if (head) {
    fields.push(fieldOf(text, 'item', undefined, head));
    for (const piece of pieces.slice(1)) {
      if (!parameter(report, text, kind as Kind, piece, fields)) break;
    }
  }
  report.item(text, fields, `vsnd card ${card} ${head ? head.text.toUpperCase() : '(empty)'}`, { card: String(card), item: kind ?? '' });
}

export function analyseVsnd(value: XlValue): SpecAnalysis {
  const report = new SpecReport();
  if (value.kind !== 'list') return report.result();
  value.items.forEach((card, index) => {
    for (const text of listTexts(card)) analyseString(report, text, index);
  });
  return report.result();
}
