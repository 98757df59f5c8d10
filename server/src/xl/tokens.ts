/**
 * xl's config lexer (libxlu_cfg_l.l, reference §1.1) on chevrotain, plus the
 * pass that turns chevrotain's lexing errors into xl's behaviour: a rejected
 * character starts a run up to the next blank, reported once and handed to the
 * parser as one `Illegal` token.
 */
import { createToken, createTokenInstance, Lexer, type ILexingError, type IToken, type TokenType } from 'chevrotain';
import type { XlComment } from './ast';
import {
  byteOrderMarkProblem, carriageReturnProblem, commentAtEofProblem, illegalProblem, nestingTooDeepProblem, strayInvisibleProblem,
  unterminatedStringProblem, type Problem,
} from './lexical';

/** Every token that may appear inside a statement (not a terminator). */
export const Significant = createToken({ name: 'Significant', pattern: Lexer.NA });
/** Significant tokens other than IDENT: what may not start a statement. */
export const NonKey = createToken({ name: 'NonKey', pattern: Lexer.NA });

const significant = [Significant, NonKey];

export const Whitespace = createToken({ name: 'Whitespace', pattern: /[ \t]+/, group: Lexer.SKIPPED });
export const Newline = createToken({ name: 'Newline', pattern: /\n/, line_breaks: true });
/** `#` to end of line; xl's NEWLINE token swallows it, we keep it for hover and formatting. */
export const Comment = createToken({ name: 'Comment', pattern: /#[^\n]*/, group: 'comments' });
/** CR is not blank for xl: reported once, then treated as blank. */
export const CarriageReturn = createToken({ name: 'CarriageReturn', pattern: /\r/, group: 'blanks' });
export const ByteOrderMark = createToken({ name: 'ByteOrderMark', pattern: /\uFEFF/, group: 'blanks' });
export const PlusEquals = createToken({ name: 'PlusEquals', pattern: /\+=/, categories: significant });
export const Equals = createToken({ name: 'Equals', pattern: /=/, categories: significant });
export const Semicolon = createToken({ name: 'Semicolon', pattern: /;/ });
export const Comma = createToken({ name: 'Comma', pattern: /,/, categories: significant });
export const LBracket = createToken({ name: 'LBracket', pattern: /\[/, categories: significant });
export const RBracket = createToken({ name: 'RBracket', pattern: /]/, categories: significant });
/**
 * Either quote; no raw newline inside, and a backslash cannot escape one.
 * Written as an unrolled loop (`[^'\\\n]*(?:\\.[^'\\\n]*)*`): a per-character
 * alternation is several times slower on long disk specs.
 */
export const QuotedString = createToken({
  name: 'QuotedString',
  pattern: /'[^'\\\n]*(?:\\[^\n][^'\\\n]*)*'|"[^"\\\n]*(?:\\[^\n][^"\\\n]*)*"/,
  categories: significant,
});
/** A quote never closed on its line: xl says "lexical error", we say where it starts. */
export const UnterminatedString = createToken({
  name: 'UnterminatedString',
  pattern: /'[^'\\\n]*(?:\\[^\n][^'\\\n]*)*\\?|"[^"\\\n]*(?:\\[^\n][^"\\\n]*)*\\?/,
  categories: significant,
});
export const NumberLiteral = createToken({ name: 'NumberLiteral', pattern: /[0-9][0-9a-fx]*/, categories: significant });
export const Identifier = createToken({ name: 'Identifier', pattern: /[a-z][._0-9a-z]*/, categories: [Significant] });
/** Made by the lexing pass from a run xl rejects (never matched by the lexer itself). */
export const Illegal = createToken({ name: 'Illegal', pattern: Lexer.NA, categories: significant });
/**
 * Made by the lexing pass from a lone `:` right after a key (`memory: 512`,
 * a YAML/Python habit): reported as the lexical error it is, then read in the
 * operator's place so the value is still checked.
 */
export const ColonOperator = createToken({ name: 'ColonOperator', pattern: Lexer.NA, categories: significant });
/**
 * Made by the lexing pass in place of the NEWLINE before `key =` while a list
 * is open: the list ends there, so an unclosed `[` costs one statement only.
 */
export const ListBreak = createToken({ name: 'ListBreak', pattern: Lexer.NA });

export const allTokens: TokenType[] = [
  Whitespace, Newline, Comment, CarriageReturn, ByteOrderMark,
  PlusEquals, Equals, Semicolon, Comma, LBracket, RBracket,
  QuotedString, UnterminatedString, NumberLiteral, Identifier,
  Illegal, ColonOperator, ListBreak, Significant, NonKey,
];

const xlLexer = new Lexer(allTokens, { ensureOptimizations: true, positionTracking: 'onlyOffset' });

export interface Lexed {
  /** what the parser reads: significant tokens, NEWLINE, `;`, ListBreak */
  readonly tokens: IToken[];
  readonly comments: XlComment[];
  readonly problems: Problem[];
}

export function lexXl(text: string): Lexed {
  const result = xlLexer.tokenize(text);
  const problems: Problem[] = [];
  const withRuns = result.errors.length > 0 ? illegalRuns(text, result.tokens, result.errors) : result.tokens;
  const tokens = statementPass(text, withRuns, problems);
  const lines = new LineLocator(text);
  const comments = collectComments(text, result.groups.comments ?? [], problems, lines);
  blankProblems(text, result.groups.blanks ?? [], problems, lines);
  return { tokens, comments, problems };
}

function endOf(token: IToken): number {
  return token.startOffset + token.image.length;
}

function makeToken(type: TokenType, text: string, start: number, end: number): IToken {
  return createTokenInstance(type, text.slice(start, end), start, end - 1, NaN, NaN, NaN, NaN);
}

/** xl skips from a rejected character to the next blank; we also stop at `#` and CR. */
function runEnd(text: string, from: number): number {
  let at = from;
  for (; at < text.length; at++) {
    const char = text.charCodeAt(at);
    if (char === 32 || char === 9 || char === 10 || char === 13 || char === 35) break;
  }
  return at;
}

/** Replaces every rejected run (and the tokens chevrotain resynced to inside it) by one Illegal token. */
function illegalRuns(text: string, tokens: IToken[], errors: ILexingError[]): IToken[] {
  const out: IToken[] = [];
  let index = 0;
  for (const error of errors) {
    if (out.length > 0 && endOf(out[out.length - 1]) > error.offset) continue;
    while (index < tokens.length && tokens[index].startOffset < error.offset) out.push(tokens[index++]);
    let end = runEnd(text, error.offset);
    while (index < tokens.length && tokens[index].startOffset < end) end = Math.max(end, endOf(tokens[index++]));
    out.push(makeToken(Illegal, text, error.offset, end));
  }
  while (index < tokens.length) out.push(tokens[index++]);
  return out;
}

/**
 * Reports lexical problems with their context (key or value position),
 * merges `myKey` / `1.5` into one Illegal token, `+ =` into one `+=`, and
 * ends an unclosed list before a line that starts a new statement.
 */
function statementPass(text: string, tokens: IToken[], problems: Problem[]): IToken[] {
  let out: IToken[] | undefined;
  let line = 0;
  let depth = 0;
  let atStart = true;
  const copyUpTo = (index: number): IToken[] => out ?? (out = tokens.slice(0, index));
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    const type = token.tokenType;
    if (type === Newline) {
      line++;
      if (depth > 0 && startsStatement(tokens, index + 1)) {
        copyUpTo(index).push(makeToken(ListBreak, text, token.startOffset, endOf(token)));
        depth = 0;
        atStart = true;
        continue;
      }
      if (depth === 0) atStart = true;
    } else if (type === Illegal) {
      const sink = copyUpTo(index);
      const previous = sink[sink.length - 1];
      // `myKey`, `my-key`, `1.5`, `0x1F` are one word to the user; `memory:` is a key and a stray `:`
      const adjacent = previous !== undefined && endOf(previous) === token.startOffset
        && (previous.tokenType === Identifier || previous.tokenType === NumberLiteral)
        && /[A-Za-z0-9_.\-]/.test(token.image[0]);
      const start = adjacent ? previous.startOffset : token.startOffset;
      const keyPosition = depth === 0 && (adjacent ? atStartBefore(sink, sink.length - 1) : atStart);
      problems.push(illegalProblem(text, { start, offending: token.startOffset, end: endOf(token) }, keyPosition, line));
      const equals = tokens[index + 1];
      if (token.image === '+' && equals?.tokenType === Equals && /^[ \t]*$/.test(text.slice(endOf(token), equals.startOffset))) {
        sink.push(makeToken(PlusEquals, text, token.startOffset, endOf(equals)));
        index++;
      } else if (token.image === ':' && depth === 0 && previous?.tokenType === Identifier && atStartBefore(sink, sink.length - 1)) {
        sink.push(makeToken(ColonOperator, text, token.startOffset, endOf(token)));
      } else if (adjacent) {
        sink[sink.length - 1] = makeToken(Illegal, text, start, endOf(token));
      } else {
        sink.push(token);
      }
      atStart = false;
      continue;
    } else if (type === LBracket && depth === MAX_NESTING) {
      const sink = copyUpTo(index);
      problems.push(nestingTooDeepProblem(token.startOffset, MAX_NESTING, line));
      const skipped = skipDeepList(tokens, index);
      sink.push(makeToken(Illegal, text, token.startOffset, endOf(tokens[skipped.last])));
      for (let newline = 0; newline < skipped.newlines; newline++) sink.push(makeToken(Newline, text, token.startOffset, token.startOffset + 1));
      line += skipped.newlines;
      index = skipped.last;
      atStart = false;
      continue;
    } else {
      if (type === UnterminatedString) problems.push(unterminatedStringProblem(text, token.startOffset, endOf(token), line));
      else if (type === LBracket) depth++;
      else if (type === RBracket && depth > 0) depth--;
      else if (type === Semicolon) depth = 0;
      atStart = type === Semicolon;
    }
    out?.push(token);
  }
  return out ?? tokens;
}

/**
 * Lists deeper than this are skipped (with a warning): the parser recurses per
 * level and must not run out of stack on hostile input. Real configs nest 3 deep.
 */
const MAX_NESTING = 100;

/** From an over-deep `[` to its `]` (or to a `;`, a line starting `key =`, the end): the last token index and the newlines inside. */
function skipDeepList(tokens: readonly IToken[], open: number): { last: number; newlines: number } {
  let depth = 0;
  let newlines = 0;
  let at = open;
  for (; at < tokens.length; at++) {
    const type = tokens[at].tokenType;
    if (type === LBracket) depth++;
    else if (type === RBracket && --depth === 0) return { last: at, newlines };
    else if (type === Newline) {
      if (startsStatement(tokens, at + 1)) break;
      newlines++;
    } else if (type === Semicolon) break;
  }
  return { last: at - 1, newlines };
}

function startsStatement(tokens: readonly IToken[], index: number): boolean {
  let at = index;
  while (tokens[at]?.tokenType === Newline) at++;
  const next = tokens[at + 1]?.tokenType;
  return tokens[at]?.tokenType === Identifier && (next === Equals || next === PlusEquals);
}

function atStartBefore(tokens: readonly IToken[], index: number): boolean {
  const previous = tokens[index - 1];
  return previous === undefined || previous.tokenType === Newline || previous.tokenType === Semicolon
    || previous.tokenType === ListBreak;
}

function collectComments(text: string, tokens: readonly IToken[], problems: Problem[], lines: LineLocator): XlComment[] {
  const comments: XlComment[] = [];
  for (const token of tokens) {
    const start = token.startOffset;
    let end = endOf(token);
    if (text.charCodeAt(end - 1) === 13) end--;
    comments.push({ span: { start, end }, text: text.slice(start + 1, end), ownLine: onlyBlanksBefore(text, start) });
    if (endOf(token) === text.length) problems.push(commentAtEofProblem(text, start, end, lines.lineAt(start)));
  }
  return comments;
}

function onlyBlanksBefore(text: string, offset: number): boolean {
  for (let at = offset - 1; at >= 0; at--) {
    const char = text[at];
    if (char === '\n') return true;
    if (char !== ' ' && char !== '\t' && char !== '\r' && char !== '\ufeff') return false;
  }
  return true;
}

function blankProblems(text: string, tokens: readonly IToken[], problems: Problem[], lines: LineLocator): void {
  let firstCr: IToken | undefined;
  let crCount = 0;
  for (const token of tokens) {
    if (token.tokenType === CarriageReturn) {
      firstCr ??= token;
      crCount++;
    } else if (token.startOffset === 0) {
      problems.push(byteOrderMarkProblem(text));
    } else {
      problems.push(strayInvisibleProblem(text, token.startOffset, lines.lineAt(token.startOffset)));
    }
  }
  if (firstCr) problems.push(carriageReturnProblem(firstCr.startOffset, crCount, lines.lineAt(firstCr.startOffset)));
}

/** Lines of offsets, for problems found outside the token walk (comments, CR, BOM); built on first use. */
export class LineLocator {
  private newlines: number[] | undefined;

  constructor(private readonly text: string) {}

  lineAt(offset: number): number {
    const newlines = this.newlines ??= newlineOffsets(this.text);
    let low = 0;
    let high = newlines.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (newlines[middle] < offset) low = middle + 1; else high = middle;
    }
    return low;
  }
}

function newlineOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) offsets.push(at);
  return offsets;
}
