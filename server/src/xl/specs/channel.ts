/** CHANNEL_SPEC items of `channel = [ … ]` (xl_parse.c; name checked by libxl). */
import type { XlValue } from '../ast';
import type { SpecAnalysis, SpecField } from './types';
import { SpecReport, fieldOf } from './report';
import { listTexts, type SpecText } from './text';
import { pairsOf } from './pairs';
import { didYouMean } from './suggest';
import { channelSpecKeys } from '../../schema/xl/spec-keys/channel';

const names = channelSpecKeys.map((key) => key.name);

function checkConnection(report: SpecReport, text: SpecText, value: { text: string; start: number; end: number }): string | undefined {
  if (value.text === 'pty' || value.text === 'socket') return value.text;
  const lower = value.text.toLowerCase();
  const xlMessage = `(xl: unknown channel connection '${value.text}')`;
  if (lower === 'pty' || lower === 'socket') {
    report.error(text, value, 'xl/channel-uppercase-connection', `xl only accepts lowercase "${lower}" (the manual prints it in capitals) ${xlMessage}`, { replacement: lower });
  } else {
    report.error(text, value, 'xl/channel-bad-connection', `Unknown connection "${value.text}"; use pty or socket ${xlMessage}`);
  }
  return undefined;
}

function analyseItem(text: SpecText, report: SpecReport): void {
  const fields: SpecField[] = [];
  const facts: Record<string, string> = {};
  let connectionGiven = false;
  const pairs = pairsOf(text);
  if (pairs.length === 0) report.error(text, undefined, 'xl/channel-syntax', 'An empty channel item: xl cannot read it (give name=… and connection=…)');
  for (const pair of pairs) {
    if (!pair.ok) {
      report.error(text, pair.piece, 'xl/channel-syntax', `"${pair.piece.text}" is not key=value (xl: failed to parse channel configuration: ${pair.piece.text})`);
      continue;
    }
    const key = pair.key.text;
    fields.push(fieldOf(text, key, pair.key, pair.value));
    if (key === 'connection') {
      connectionGiven = true;
      const connection = checkConnection(report, text, pair.value);
      if (connection) facts.connection = connection;
    } else if (names.includes(key)) facts[key] = pair.value.text;
    else report.warning(text, pair.key, 'xl/channel-unknown-key', `xl ignores the unknown channel key "${key}" (xl: unknown channel parameter '${key}', ignoring).${didYouMean(key, names)}`);
  }
  if (!connectionGiven && pairs.length > 0) {
    report.error(text, undefined, 'xl/channel-missing-connection', 'A channel needs connection=pty or connection=socket (xl: channel has unknown \'connection\')');
  }
  if (facts.connection === 'socket' && facts.path === undefined) {
    report.error(text, undefined, 'xl/channel-missing-path', 'connection=socket needs path=<socket path> (xl: channel connection \'socket\' requires path=..)');
  }
  if (facts.name === undefined && pairs.length > 0) {
    report.error(text, undefined, 'xl/channel-missing-name', 'A channel needs name=…; without it the domain fails to build (libxl: channel N has no name)');
  }
  report.item(text, fields, `channel ${facts.name ?? '?'} (${facts.connection ?? '?'})`, facts);
}

export function analyseChannel(value: XlValue): SpecAnalysis {
  const report = new SpecReport();
  for (const text of listTexts(value)) analyseItem(text, report);
  return report.result();
}
