/**
 * Token definitions of xl's config lexer (libxlu_cfg_l.l, reference §1.1),
 * built once. Order matters: chevrotain takes the first pattern that matches,
 * which reproduces flex's choice for this token set (the catch-all `Illegal`
 * comes last, like flex's `.` rule).
 */
import { createToken, Lexer, type TokenType } from 'chevrotain';

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
/** Either quote; no raw newline inside, and a backslash cannot escape one. */
export const QuotedString = createToken({
  name: 'QuotedString',
  pattern: /'(?:[^'\\\n]|\\[^\n])*'|"(?:[^"\\\n]|\\[^\n])*"/,
  categories: significant,
});
/** A quote never closed on its line: xl says "lexical error", we say where it starts. */
export const UnterminatedString = createToken({
  name: 'UnterminatedString',
  pattern: /'(?:[^'\\\n]|\\[^\n])*\\?|"(?:[^"\\\n]|\\[^\n])*\\?/,
  categories: significant,
});
export const NumberLiteral = createToken({ name: 'NumberLiteral', pattern: /[0-9][0-9a-fx]*/, categories: significant });
export const Identifier = createToken({ name: 'Identifier', pattern: /[a-z][._0-9a-z]*/, categories: [Significant] });
/**
 * Anything else: xl reports a lexical error at the offending character and
 * skips to the next blank, so the whole run is one token.
 */
const illegalRun = /[^ \t\n]+/y;
export const Illegal = createToken({
  name: 'Illegal',
  pattern: {
    exec(text: string, offset: number): RegExpExecArray | null {
      illegalRun.lastIndex = offset;
      return illegalRun.exec(text);
    },
  },
  // a complement set defeats chevrotain's first-char analysis, so say it ourselves
  start_chars_hint: everyCharExceptBlanks(),
  line_breaks: false,
  categories: significant,
});

function everyCharExceptBlanks(): number[] {
  const codes: number[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    if (code !== 0x20 && code !== 0x09 && code !== 0x0a) codes.push(code);
  }
  return codes;
}

export const allTokens: TokenType[] = [
  Whitespace, Newline, Comment, CarriageReturn, ByteOrderMark,
  PlusEquals, Equals, Semicolon, Comma, LBracket, RBracket,
  QuotedString, UnterminatedString, NumberLiteral, Identifier, Illegal,
  Significant, NonKey,
];

export const xlLexer = new Lexer(allTokens, {
  ensureOptimizations: true,
  positionTracking: 'onlyOffset',
});
