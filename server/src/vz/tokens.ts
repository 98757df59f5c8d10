import { createToken, Lexer, type CustomPatternMatcherReturn } from 'chevrotain';

/*
 * Tokens of a vz-conf line as a POSIX shell would split it. vzctl itself reads
 * the line as text (see value-reader.ts); the tokens give the line structure,
 * the comments (kept in their own group) and the quoted stretches.
 */

export const Newline = createToken({ name: 'Newline', pattern: /\r\n|\r|\n/, line_breaks: true });

export const Blank = createToken({ name: 'Blank', pattern: /[ \t\f\v]+/, group: 'blank' });

/** `#` starts a comment only at the start of a word, as in the shell. */
function matchComment(text: string, offset: number): CustomPatternMatcherReturn | null {
  if (text.charCodeAt(offset) !== 35 /* # */) return null;
  if (offset > 0) {
    const previous = text[offset - 1];
    if (previous !== ' ' && previous !== '\t' && previous !== '\n' && previous !== '\r' && previous !== '\f' && previous !== '\v') return null;
  }
  let end = offset + 1;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return [text.slice(offset, end)] as CustomPatternMatcherReturn;
}

export const Comment = createToken({
  name: 'Comment',
  pattern: { exec: matchComment },
  start_chars_hint: ['#'],
  line_breaks: false,
  group: 'comments',
});

export const DoubleQuoted = createToken({ name: 'DoubleQuoted', pattern: /"(?:[^"\\\r\n]|\\[^\r\n]?)*"?/ });

export const SingleQuoted = createToken({ name: 'SingleQuoted', pattern: /'[^'\r\n]*'?/ });

export const Equals = createToken({ name: 'Equals', pattern: /=/ });

/** Anything else up to a blank, quote or `=`; a backslash escapes the next character. */
export const Word = createToken({ name: 'Word', pattern: /(?:[^ \t\f\v\r\n"'=\\]|\\[^\r\n]?)+/ });

export const allTokens = [Newline, Blank, Comment, DoubleQuoted, SingleQuoted, Equals, Word];

/** Every character is covered by some token, so lexing never fails. */
export const vzLexer = new Lexer(allTokens, {
  positionTracking: 'onlyOffset',
  // the catch-all Word token is a complement set, which the first-char optimisation cannot index
  ensureOptimizations: false,
});
