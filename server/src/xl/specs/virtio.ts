/**
 * VIRTIO_DEVICE items of `virtio = [ … ]` (parse_virtio_list): the one
 * place where a value may hold a comma, `type=virtio,device<N>`.
 */
import type { XlValue } from '../ast';
import type { SpecAnalysis, SpecField } from './types';
import { SpecReport, fieldOf } from './report';
import { strtokSplit, splitKeyValue, type Piece } from './split';
import { listTexts, type SpecText } from './text';
import { didYouMean } from './suggest';

const known = ['backend', 'type', 'transport', 'grant_usage'];

function analyseItem(text: SpecText, report: SpecReport): void {
  const pieces = strtokSplit(text.value);
  const fields: SpecField[] = [];
  const facts: Record<string, string> = {};
  for (let index = 0; index < pieces.length; index++) {
    const { key, value } = splitKeyValue(pieces[index]);
    let fullValue: Piece | undefined = value;
    if (value && key.text === 'type' && value.text.startsWith('virtio')) {
      const next = index + 1 < pieces.length ? rawPieceAfter(text, pieces[index]) : undefined;
      if (!next) {
        report.error(text, value, 'xl/virtio-bad-type', 'type=virtio must go on with ",device<N>" (xl reads the next part unconditionally and crashes without one)');
        break;
      }
      index++;
      fullValue = { text: text.value.slice(value.start, next.end), start: value.start, end: next.end };
    }
    if (!fullValue || !known.includes(key.text)) {
      const token = pieces[index].text;
      report.error(text, fullValue ? key : pieces[index], 'xl/virtio-unknown-key', `Unknown virtio setting "${token}" (xl: Unknown string "${token}" in virtio spec).${didYouMean(key.text, known)}`);
      break;
    }
    fields.push(fieldOf(text, key.text, key, fullValue));
    if (key.text === 'transport' && fullValue.text.toLowerCase() !== 'mmio') {
      report.error(text, fullValue, 'xl/virtio-bad-transport', `Unknown transport "${fullValue.text}"; the only transport is mmio (xl exits without a message)`);
      break;
    }
    facts[key.text] = fullValue.text;
  }
  report.item(text, fields, `virtio ${facts.type ?? '?'}`, facts);
}

/** The strtok part after `piece`, without blank stripping (xl does not strip it). */
function rawPieceAfter(text: SpecText, piece: Piece): Piece | undefined {
  let start = piece.end;
  while (start < text.value.length && text.value[start] === ',') start++;
  if (start >= text.value.length) return undefined;
  let end = start;
  while (end < text.value.length && text.value[end] !== ',') end++;
  return { text: text.value.slice(start, end), start, end };
}

export function analyseVirtio(value: XlValue): SpecAnalysis {
  const report = new SpecReport();
  for (const text of listTexts(value)) analyseItem(text, report);
  return report.result();
}
