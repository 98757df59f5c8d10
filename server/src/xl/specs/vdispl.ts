/** VDISPL_SPEC items of `vdispl = [ … ]` (parse_vdispl_config); every problem is fatal. */
import type { XlValue } from '../ast';
import type { SpecAnalysis } from './types';
import { SpecReport } from './report';
import { splitPiece, type Piece } from './split';
import { listTexts, type SpecText } from './text';
import { strtoul } from './cnum';
import { readSettings } from './options';

const known = ['backend', 'be-alloc', 'connectors'];

/** Why a `id:WxH` connector is refused, or undefined. */
function connectorProblem(connector: Piece): string | undefined {
  const colon = connector.text.indexOf(':');
  if (colon < 0 || colon === connector.text.length - 1) return `"${connector.text}" is not id:WIDTHxHEIGHT`;
  const resolution = connector.text.slice(colon + 1);
  const width = strtoul(resolution, 0, 10);
  if (!width.converted || resolution[width.end] !== 'x' || !strtoul(resolution, width.end + 1, 10).converted) {
    return `"${resolution}" is not a resolution such as 1920x1080`;
  }
  return undefined;
}

function analyseItem(text: SpecText, report: SpecReport): void {
  const { fields, values, complete } = readSettings(text, report, 'vdispl', known, 'double');
  const connectors = values.get('connectors');
  const facts: Record<string, string> = {};
  let count = 0;
  if (connectors) {
    const parts = splitPiece(connectors, ';');
    if (parts.length === 0) {
      report.error(text, connectors, 'xl/vdispl-bad-connector', 'connectors= is empty; write id:WIDTHxHEIGHT, separated by ";"');
    }
    for (const part of parts) {
      const problem = connectorProblem(part);
      if (problem) {
        report.error(text, part, 'xl/vdispl-bad-connector', `${problem} (xl: Can't parse connector resolution)`);
        break;
      }
      count++;
    }
    facts.connectors = connectors.text;
  }
  if (complete && !connectors) {
    report.error(text, undefined, 'xl/vdispl-no-connector', 'A vdispl needs connectors=id:WIDTHxHEIGHT (xl: At least one connector should be specified.)');
  }
  if (values.has('backend')) facts.backend = values.get('backend')?.text ?? '';
  report.item(text, fields, `vdispl ${count} connector${count === 1 ? '' : 's'}`, facts);
}

export function analyseVdispl(value: XlValue): SpecAnalysis {
  const report = new SpecReport();
  for (const text of listTexts(value)) analyseItem(text, report);
  return report.result();
}
