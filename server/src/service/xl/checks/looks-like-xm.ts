import { makeDiagnostic } from '../diagnostics';
import type { XlCheck } from './check';

const PYTHON_LINE = /^\s*(import\s+\w|from\s+\w+\s+import\s|def\s+\w+\s*\(|if\s.*:\s*$|for\s.*:\s*$|else\s*:\s*$|print\s*\()/m;
/** The same pattern tried only where a line starts (sticky), see `pythonLine`. */
const PYTHON_AT = /\s*(import\s+\w|from\s+\w+\s+import\s|def\s+\w+\s*\(|if\s.*:\s*$|for\s.*:\s*$|else\s*:\s*$|print\s*\()/my;

/**
 * `PYTHON_LINE.exec(text)`, without the regex engine testing every
 * character for a line start: with `\n` as the only line terminator, the
 * sticky pattern is tried at each line start in order, which finds the same
 * leftmost match.
 */
function pythonLine(text: string): RegExpExecArray | null {
  if (text.includes('\r') || text.includes('\u2028') || text.includes('\u2029')) return PYTHON_LINE.exec(text);
  for (let at = 0; at >= 0 && at <= text.length; at = nextLineStart(text, at)) {
    PYTHON_AT.lastIndex = at;
    const match = PYTHON_AT.exec(text);
    if (match) return match;
  }
  return null;
}

function nextLineStart(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline < 0 ? -1 : newline + 1;
}

/**
 * Old xm configs were Python; xl rejects Python syntax and says so once. We
 * say it once too, as a hint next to the syntax errors.
 */
export const looksLikeXmCheck: XlCheck = {
  name: 'looks like an xm config',
  syntaxLevel: true,
  run({ model, report }) {
    const pythonish = model.file.errors.find((error) => error.pythonish);
    const found = pythonLine(model.text);
    if (!pythonish && !found) return;
    const span = pythonish?.span ?? { start: found!.index, end: found!.index + found![0].trimEnd().length };
    report(makeDiagnostic(model, span, 'xl/looks-like-xm',
      'Config file looks like it contains Python code: xl no longer runs old xm (Python) configs. Write plain `key = value` lines.'));
  },
};
