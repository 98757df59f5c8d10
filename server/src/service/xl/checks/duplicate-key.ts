import { makeDiagnostic, replaceEdit } from '../diagnostics';
import type { XlModel } from '../model';
import type { Span } from '../../../xl/ast';
import type { XlCheck } from './check';

/** xl keeps the last assignment of a key without a word; the earlier ones are dead. */
export const duplicateKeyCheck: XlCheck = {
  name: 'duplicate key',
  run({ model, uri, report }) {
    for (const binding of model.bindings.values()) {
      if (binding.overridden.length === 0) continue;
      const winner = binding.effective[0];
      for (const assignment of binding.overridden) {
        report(makeDiagnostic(model, assignment.key.span, 'xl/duplicate-key',
          `\`${binding.name}\` is set again on line ${winner.line + 1}; xl keeps only the last value, so this one has no effect.`, {
            uri,
            related: [{ span: winner.key.span, message: `the value xl uses for \`${binding.name}\`` }],
            fixes: [{ title: 'Remove this overridden assignment', edits: [replaceEdit(model, lineSpan(model, assignment.span), '')], preferred: true }],
          }));
      }
    }
  },
};

/**
 * The whole line(s) of a statement, with its line break, when nothing else
 * shares them; otherwise just the statement (and a following `;`).
 */
export function lineSpan(model: XlModel, span: Span): Span {
  const text = model.text;
  let start = span.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  let end = span.end;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  if (text[end] === ';') end++;
  const atLineStart = start === 0 || text[start - 1] === '\n';
  let rest = end;
  while (rest < text.length && (text[rest] === ' ' || text[rest] === '\t')) rest++;
  if (text[rest] === '#') while (rest < text.length && text[rest] !== '\n') rest++;
  const atLineEnd = rest >= text.length || text[rest] === '\n' || (text[rest] === '\r' && text[rest + 1] === '\n');
  if (atLineStart && atLineEnd) {
    if (text[rest] === '\r') rest++;
    return { start, end: rest < text.length ? rest + 1 : rest };
  }
  let after = end;
  if (text[end - 1] === ';') while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after++;
  return { start: span.start, end: after };
}
