/**
 * parse(text) -> XlFile: the one entry point to xl's syntax. Only this file,
 * tokens.ts and parser.ts use chevrotain.
 *
 * Diagnostic codes produced here (all are errors xl itself raises, unless noted;
 * the same list as data, for the README, is syntax-codes.ts):
 * - `xl/lexical-error`        a character xl's lexer rejects (generic case)
 * - `xl/syntax-error`         a token in a place the grammar does not allow
 * - `xl/crlf-line-end`        CR characters (Windows line ends). Reported ONCE per
 *                             file, at the first CR, with the count; the parse
 *                             then treats CR as blank so nothing else is hidden.
 *                             (A CR inside a comment or string is fine for xl.)
 * - `xl/bom`                  a UTF-8 byte-order mark at the start of the file
 * - `xl/comment-at-eof`       a comment on the last line without a newline after it
 * - `xl/uppercase-key`        a key with upper-case letters (`Name = ...`)
 * - `xl/hyphenated-key`       a key with `-` (`on-crash = ...`), python-ish
 * - `xl/unquoted-negative`    `-1` unquoted, python-ish
 * - `xl/unquoted-fraction`    `1.5` unquoted, python-ish
 * - `xl/bare-word`            an unquoted word as a value (`true`, `foo`, `None`)
 * - `xl/bad-escape`           `\x..`, short octal and unknown escapes in a string;
 *                             a full octal escape `\101` is accepted by xl but
 *                             dropped, reported with `severity: 'warning'`
 * - `xl/plus-equals-mixed`    `+=` of a list to a string or a string to a list
 * - `xl/space-in-plus-equals` `+ =` instead of `+=`, python-ish
 * - `xl/unterminated-string`  a quote not closed on its line
 * - `xl/unclosed-list`        a `[` never closed; the list ends before the next
 *                             line that starts with `key =`
 * - `xl/nesting-too-deep`     (warning, not an xl error) a list nested more than
 *                             100 deep: its content is skipped so the parser's
 *                             recursion stays bounded on hostile input
 * `pythonish: true` marks errors caused by `+ - . ( ) :`, after which xl adds its
 * "looks like it contains Python code" warning.
 *
 * Like xl, at most one syntax error is kept per line, and none on a line that
 * already has a lexical error.
 */
import type { XlAssignment, XlFile, XlSyntaxError, XlValue } from './ast';
import type { Problem } from './lexical';
import { XlParser } from './parser';
import { LineLocator, lexXl } from './tokens';

let sharedParser: XlParser | undefined;

/** Grammar self-checks cost start-up time: off here, run by the tests through validateXlGrammar(). */
function parser(): XlParser {
  sharedParser ??= new XlParser(false);
  return sharedParser;
}

export function parse(text: string): XlFile {
  const { tokens, comments, problems } = lexXl(text);
  const xl = parser();
  let assignments: XlAssignment[];
  try {
    xl.builder.reset(text);
    xl.input = tokens;
    xl.file();
    assignments = xl.builder.assignments.slice();
    for (const problem of xl.builder.problems) problems.push(problem);
    for (const error of xl.errors) {
      // the grammar is total, so this is only a safety net
      const token = error.token;
      const start = Number.isFinite(token.startOffset) ? token.startOffset : text.length;
      problems.push({
        error: { span: { start, end: start + (token.image?.length ?? 0) }, message: error.message, code: 'xl/syntax-error' },
        line: new LineLocator(text).lineAt(start),
        lexical: false,
      });
    }
  } finally {
    // the shared parser must not keep the last document alive
    xl.builder.reset('');
    xl.input = [];
  }
  plusEqualsMixing(assignments, problems);
  if (text.includes('\r') && /\r(?!\n)/.test(text)) alignLinesWithEditor(text, assignments);
  return { text, assignments, comments, errors: keepLikeXl(problems) };
}

/**
 * The parser counts lines at `\n` like xl; editors also break at a lone CR.
 * `XlAssignment.line` follows the editor (it is matched against disable
 * comments and positions), so a file with lone CRs gets its lines recounted.
 */
function alignLinesWithEditor(text: string, assignments: readonly XlAssignment[]): void {
  const starts = [0];
  for (const match of text.matchAll(/\r\n|\r|\n/g)) starts.push(match.index + match[0].length);
  for (const assignment of assignments) {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= assignment.key.span.start) low = middle; else high = middle - 1;
    }
    (assignment as { line: number }).line = low;
  }
}

/** xl concatenates `+=` onto the earlier value; a list and a string do not mix. */
function plusEqualsMixing(assignments: readonly XlAssignment[], problems: Problem[]): void {
  const kinds = new Map<string, 'list' | 'scalar'>();
  for (const assignment of assignments) {
    const value: XlValue | undefined = assignment.value;
    if (!assignment.op || !value) continue;
    const kind = value.kind === 'list' ? 'list' : 'scalar';
    const earlier = kinds.get(assignment.key.name);
    if (assignment.op.text === '+=' && earlier !== undefined && earlier !== kind) {
      problems.push({
        error: { span: value.span, message: `can't add [list] to "string" or vice versa`, code: 'xl/plus-equals-mixed' },
        line: assignment.line,
        lexical: false,
      });
      continue;
    }
    kinds.set(assignment.key.name, kind);
  }
}

/** At most one syntax error per line, none where a lexical error already is (xl's lexerrlineno). */
function keepLikeXl(problems: Problem[]): XlSyntaxError[] {
  if (problems.length === 0) return [];
  const lexicalLines = new Set<number>();
  for (const problem of problems) if (problem.lexical) lexicalLines.add(problem.line);
  const syntaxLines = new Set<number>();
  const kept: XlSyntaxError[] = [];
  const ordered = problems.slice().sort((a, b) => a.error.span.start - b.error.span.start || a.error.span.end - b.error.span.end);
  for (const problem of ordered) {
    const code = problem.error.code;
    const lineBound = !problem.lexical && code !== 'xl/bad-escape' && code !== 'xl/plus-equals-mixed' && code !== 'xl/crlf-line-end';
    if (lineBound) {
      if (lexicalLines.has(problem.line) || syntaxLines.has(problem.line)) continue;
      syntaxLines.add(problem.line);
    }
    kept.push(problem.error);
  }
  return kept;
}

/** Builds a parser with chevrotain's grammar self-checks on; throws if the grammar is ambiguous or broken. */
export function validateXlGrammar(): void {
  new XlParser(true);
}
