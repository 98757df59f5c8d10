/**
 * Lexical problems (reference §1.1): xl answers each with "lexical error" and
 * skips to the next blank. We keep xl's wording, add a short hint, and give the
 * span and a specific code for the common mistakes so quick fixes can target them.
 */
import type { XlSyntaxError } from './ast';
import { bareWordHint, parsingError, printable } from './messages';

/** An error plus the line it is on; lexical ones silence syntax errors on their line, as in xl. */
export interface Problem {
  readonly error: XlSyntaxError;
  readonly line: number;
  readonly lexical: boolean;
}

const PYTHONISH = '+-.():';
const wordChar = /[A-Za-z0-9_.\-]/;
const keyLikeWord = /^[A-Za-z_][A-Za-z0-9_.\-]*$/;

export interface IllegalRun {
  /** where the merged token starts (a preceding IDENT/NUMBER run is merged in) */
  readonly start: number;
  /** the character xl stopped at */
  readonly offending: number;
  /** the next blank */
  readonly end: number;
}

function lexicalError(text: string, offending: number, end: number, hint = ''): string {
  return parsingError(`near \`${printable(text.slice(offending, end))}'`, `lexical error${hint}`);
}

function wordEnd(text: string, from: number, limit: number): number {
  let end = from;
  while (end < limit && wordChar.test(text[end])) end++;
  return end;
}

/** Classifies a run xl rejects; `atKey` when it starts a statement. */
export function illegalProblem(text: string, run: IllegalRun, atKey: boolean, line: number): Problem {
  const first = text[run.offending];
  const pythonish = PYTHONISH.includes(first) || undefined;
  const wordStop = wordEnd(text, run.start, run.end);
  const word = text.slice(run.start, wordStop);
  const make = (code: string, start: number, end: number, hint = ''): Problem => ({
    error: {
      span: { start, end },
      message: lexicalError(text, run.offending, run.end, hint),
      code,
      ...(pythonish ? { pythonish } : {}),
    },
    line,
    lexical: true,
  });

  if (atKey && word.length > 0 && keyLikeWord.test(word)) {
    const suggestion = word.toLowerCase().replace(/-/g, '_');
    const fixable = /^[a-z][._0-9a-z]*$/.test(suggestion);
    if (word.includes('-')) {
      return make('xl/hyphenated-key', run.start, wordStop,
        ` (a key cannot contain '-'${fixable ? `: ${suggestion}` : ''})`);
    }
    if (/[A-Z]/.test(word)) {
      return make('xl/uppercase-key', run.start, wordStop,
        ` (keys are lower case${fixable ? `: ${suggestion}` : ''})`);
    }
  }
  if (first === '+') {
    const equals = skipBlanks(text, run.offending + 1);
    if (text[equals] === '=') {
      return make('xl/space-in-plus-equals', run.offending, equals + 1, ` (write += without a space)`);
    }
  }
  if (!atKey) {
    if (first === '-' && /[0-9]/.test(text[run.offending + 1] ?? '')) {
      const end = wordEnd(text, run.offending + 1, run.end);
      return make('xl/unquoted-negative', run.offending, end,
        ` (xl numbers have no sign: quote it, "${text.slice(run.offending, end)}")`);
    }
    if (first === '.' && (/^[0-9]/.test(word) || /[0-9]/.test(text[run.offending + 1] ?? ''))) {
      return make('xl/unquoted-fraction', run.start, wordStop, ` (xl numbers are whole numbers)`);
    }
    // only when the word is all there is (`True`, `[True,`), not `foo(1)`
    if (word.length > 0 && keyLikeWord.test(word) && /^[,\];]*$/.test(text.slice(wordStop, run.end))) {
      return make('xl/bare-word', run.start, wordStop, bareWordHint(word));
    }
  }
  const hint = numberHint(word, /^[,\];]*$/.test(text.slice(wordStop, run.end)));
  // a slip in a number is shown on the whole number, the thing to retype
  return hint ? make('xl/lexical-error', run.start, wordStop, hint) : make('xl/lexical-error', run.offending, run.end);
}

/** `0x1F` and `2G` are common slips in numbers; say what xl wanted */
function numberHint(word: string, alone: boolean): string {
  if (!alone) return '';
  if (/^0x[0-9a-fA-F]+$/.test(word)) return ` (hex digits must be lower case: ${word.toLowerCase()})`;
  if (/^[0-9]+[A-Za-z]+$/.test(word)) return ' (numbers take no unit suffix: write the value in the key’s unit)';
  return '';
}

function skipBlanks(text: string, from: number): number {
  let at = from;
  while (text[at] === ' ' || text[at] === '\t') at++;
  return at;
}

function nextBlank(text: string, from: number): number {
  let at = from;
  while (at < text.length && text[at] !== ' ' && text[at] !== '\t' && text[at] !== '\n') at++;
  return at;
}

export function unterminatedStringProblem(text: string, start: number, end: number, line: number): Problem {
  return {
    error: {
      span: { start, end },
      message: lexicalError(text, start, nextBlank(text, start), ' (the string is not closed on this line)'),
      code: 'xl/unterminated-string',
    },
    line,
    lexical: true,
  };
}

/** One error for the whole file: every CRLF line would repeat it. */
export function carriageReturnProblem(offset: number, count: number, line: number): Problem {
  const where = count === 1 ? 'one line has a CR' : `${count} lines have a CR`;
  return {
    error: {
      span: { start: offset, end: offset + 1 },
      message: parsingError("near `\\r'", `lexical error (Windows CRLF line ends: xl accepts only LF; ${where})`),
      code: 'xl/crlf-line-end',
    },
    line,
    lexical: false,
  };
}

export function byteOrderMarkProblem(text: string): Problem {
  return {
    error: {
      span: { start: 0, end: 1 },
      message: lexicalError(text, 0, nextBlank(text, 0), ' (the file starts with a byte-order mark: save it as UTF-8 without BOM)'),
      code: 'xl/bom',
    },
    line: 0,
    lexical: true,
  };
}

/** A stray U+FEFF elsewhere than at the start. */
export function strayInvisibleProblem(text: string, offset: number, line: number): Problem {
  return {
    error: { span: { start: offset, end: offset + 1 }, message: lexicalError(text, offset, nextBlank(text, offset + 1)), code: 'xl/lexical-error' },
    line,
    lexical: true,
  };
}

export function commentAtEofProblem(text: string, start: number, end: number, line: number): Problem {
  return {
    error: {
      span: { start, end },
      message: lexicalError(text, start, nextBlank(text, start), ' (a comment on the last line needs a newline after it)'),
      code: 'xl/comment-at-eof',
    },
    line,
    lexical: true,
  };
}

/** Not an xl error (xl reads deep lists): HVConf stops descending, so this is a warning. */
export function nestingTooDeepProblem(offset: number, limit: number, line: number): Problem {
  return {
    error: {
      span: { start: offset, end: offset + 1 },
      message: `lists nested more than ${limit} deep: HVConf does not read what is inside this one (xl does)`,
      code: 'xl/nesting-too-deep',
      severity: 'warning',
    },
    line,
    lexical: true,
  };
}
