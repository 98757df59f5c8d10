import { makeDiagnostic } from '../diagnostics';
import type { XlCheck } from './check';

const PYTHON_LINE = /^\s*(import\s+\w|from\s+\w+\s+import\s|def\s+\w+\s*\(|if\s.*:\s*$|for\s.*:\s*$|else\s*:\s*$|print\s*\()/m;

/**
 * Old xm configs were Python; xl rejects Python syntax and says so once. We
 * say it once too, as a hint next to the syntax errors.
 */
export const looksLikeXmCheck: XlCheck = {
  name: 'looks like an xm config',
  syntaxLevel: true,
  run({ model, report }) {
    const pythonish = model.file.errors.find((error) => error.pythonish);
    const pythonLine = PYTHON_LINE.exec(model.text);
    if (!pythonish && !pythonLine) return;
    const span = pythonish?.span ?? { start: pythonLine!.index, end: pythonLine!.index + pythonLine![0].trimEnd().length };
    report(makeDiagnostic(model, span, 'xl/looks-like-xm',
      'Config file looks like it contains Python code: xl no longer runs old xm (Python) configs. Write plain `key = value` lines.'));
  },
};
