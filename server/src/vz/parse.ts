import { CstParser, type CstNode, type IOrAlt, type IToken } from 'chevrotain';
import type { Span, VzAssignment, VzBadLine, VzComment, VzFile } from './ast';
import { chooseDialect, type DialectSetting } from './dialect';
import { allTokens, Comment, DoubleQuoted, Equals, Newline, SingleQuoted, vzLexer, Word } from './tokens';
import { readLine } from './value-reader';

/**
 * Line structure: a file is lines of pieces (words, quoted stretches, `=`).
 * The grammar is deliberately permissive so that every input parses; what a
 * line means is decided by `readLine`, which follows vzctl's own reading.
 */
class VzLineParser extends CstParser {
  private pieceAlternatives?: IOrAlt<IToken>[];

  constructor(validateGrammar: boolean) {
    super(allTokens, { recoveryEnabled: true, skipValidations: !validateGrammar });
    this.performSelfAnalysis();
  }

  public file = this.RULE('file', () => {
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(Newline) },
        { ALT: () => this.SUBRULE(this.line) },
      ]);
    });
  });

  private line = this.RULE('line', () => {
    this.AT_LEAST_ONE(() => {
      this.OR(this.pieceAlternatives ??= [
        { ALT: () => this.CONSUME(Word) },
        { ALT: () => this.CONSUME(Equals) },
        { ALT: () => this.CONSUME(DoubleQuoted) },
        { ALT: () => this.CONSUME(SingleQuoted) },
      ]);
    });
  });
}

let sharedParser: VzLineParser | undefined;

/** One parser for all documents; grammar self-checks cost start-up time, so only HVCONF_VALIDATE_GRAMMAR=1 turns them on. */
function parser(): VzLineParser {
  sharedParser ??= new VzLineParser(process.env.HVCONF_VALIDATE_GRAMMAR === '1');
  return sharedParser;
}

/** Builds a parser with chevrotain's grammar checks on; throws if the grammar is ambiguous (used by tests). */
export function validateVzGrammar(): void {
  new VzLineParser(true);
}

export interface ParseOptions {
  /** the `vzDialect` setting; 'auto' (default) detects it from the file */
  readonly dialect?: DialectSetting;
  /** keys only Virtuozzo 7 knows, used as weak dialect evidence */
  readonly vz7OnlyKeys?: ReadonlySet<string>;
}

const DIRECTIVE = /^\s*hvconf:\s*([A-Za-z][\w-]*)\s*=\s*(\S+)/;

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (ch === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}

function lineEndOf(text: string, lineStarts: readonly number[], line: number): number {
  let end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length;
  while (end > lineStarts[line] && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return end;
}

/** Zero-based line of an offset (binary search over line starts). */
export function lineOfOffset(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid] <= offset) low = mid; else high = mid - 1;
  }
  return low;
}

function readComments(text: string, lineStarts: readonly number[], tokens: readonly IToken[]): VzComment[] {
  return tokens.filter((token) => token.tokenType === Comment).map((token) => {
    const start = token.startOffset;
    const line = lineOfOffset(lineStarts, start);
    const ownLine = text.slice(lineStarts[line], start).trim() === '';
    return { span: { start, end: start + token.image.length }, text: token.image.slice(1), ownLine };
  });
}

/** Lines that hold at least one piece, according to the chevrotain parse. */
function linesWithContent(cst: CstNode, lineStarts: readonly number[]): number[] {
  const lines = new Set<number>();
  for (const node of (cst.children.line ?? []) as CstNode[]) {
    for (const tokens of Object.values(node.children)) {
      for (const token of tokens as IToken[]) {
        if (!Number.isNaN(token.startOffset)) lines.add(lineOfOffset(lineStarts, token.startOffset));
      }
    }
  }
  return [...lines].sort((a, b) => a - b);
}

/** Parses a vz-conf document. Never throws; every problem is kept in the result. */
export function parseVzConf(text: string, options: ParseOptions = {}): VzFile {
  const lineStarts = computeLineStarts(text);
  const lexed = vzLexer.tokenize(text);
  const lineParser = parser();
  lineParser.input = lexed.tokens;
  const cst = lineParser.file();
  const comments = readComments(text, lineStarts, lexed.groups.comments ?? []);

  const directives = new Map<string, { value: string; span: Span }>();
  for (const comment of comments) {
    const match = DIRECTIVE.exec(comment.text);
    if (match && !directives.has(match[1].toLowerCase())) directives.set(match[1].toLowerCase(), { value: match[2], span: comment.span });
  }

  const contentLines = linesWithContent(cst, lineStarts);
  const keysInOrder: string[] = [];
  for (const line of contentLines) {
    const lineText = text.slice(lineStarts[line], lineEndOf(text, lineStarts, line));
    const eq = lineText.indexOf('=');
    if (eq > 0) keysInOrder.push(lineText.slice(0, eq).trimStart());
  }
  const dialect = chooseDialect({
    keys: keysInOrder,
    directive: directives.get('dialect'),
    setting: options.dialect ?? 'auto',
    vz7OnlyKeys: options.vz7OnlyKeys,
  });

  const assignments: VzAssignment[] = [];
  const badLines: VzBadLine[] = [];
  for (const line of contentLines) {
    const start = lineStarts[line];
    const end = lineEndOf(text, lineStarts, line);
    const shape = readLine(text, text.slice(start, end), start, dialect.dialect);
    if (shape.kind === 'no-equals') {
      badLines.push({ kind: 'bad-line', span: { start: shape.start, end: shape.end }, line, reason: 'missing-equals' });
    } else if (shape.kind === 'assignment') {
      assignments.push({
        kind: 'assignment',
        key: { name: shape.keyText, span: { start: shape.keyStart, end: shape.keyEnd } },
        equals: { start: shape.equalsAt, end: shape.equalsAt + 1 },
        value: shape.value,
        span: { start: shape.keyStart, end },
        line,
      });
    }
  }
  return { text, dialect, assignments, comments, badLines, lineStarts, directives };
}
