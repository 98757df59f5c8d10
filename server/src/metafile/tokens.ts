import { createToken, Lexer, type CustomPatternMatcherReturn } from 'chevrotain';

/*
 * A metafile is read line by line, so every token but the line break spans a
 * whole line. What kind of line it is depends only on how it starts, exactly
 * as in vzmktmpl's awk reader: `#` after blanks is a comment, blanks only is
 * skipped, `%` in the first column is a header, anything else is a value.
 */

function restOfLine(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return end;
}

function atLineStart(text: string, offset: number): boolean {
  if (offset === 0) return true;
  const previous = text[offset - 1];
  // after a byte-order mark the first line is not at a line start for vzmktmpl's reader either
  return previous === '\n' || previous === '\r';
}

function matched(text: string, offset: number, end: number): CustomPatternMatcherReturn {
  return [text.slice(offset, end)] as CustomPatternMatcherReturn;
}

function leadingBlanks(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  return end;
}

export const Newline = createToken({ name: 'Newline', pattern: /\r\n|\r|\n/, line_breaks: true });

export const ByteOrderMark = createToken({
  name: 'ByteOrderMark',
  pattern: { exec: (text: string, offset: number) => (offset === 0 && text[0] === '\uFEFF' ? matched(text, 0, 1) : null) },
  start_chars_hint: ['\uFEFF'],
  line_breaks: false,
});

export const CommentLine = createToken({
  name: 'CommentLine',
  pattern: {
    exec: (text: string, offset: number) => {
      if (!atLineStart(text, offset)) return null;
      const first = leadingBlanks(text, offset);
      return text[first] === '#' ? matched(text, offset, restOfLine(text, first)) : null;
    },
  },
  start_chars_hint: [' ', '\t', '#'],
  line_breaks: false,
  group: 'comments',
});

export const BlankLine = createToken({
  name: 'BlankLine',
  pattern: {
    exec: (text: string, offset: number) => {
      if (!atLineStart(text, offset)) return null;
      const end = leadingBlanks(text, offset);
      if (end === offset) return null;
      return end === restOfLine(text, offset) ? matched(text, offset, end) : null;
    },
  },
  start_chars_hint: [' ', '\t'],
  line_breaks: false,
  group: 'blank',
});

export const HeaderLine = createToken({
  name: 'HeaderLine',
  pattern: {
    exec: (text: string, offset: number) => (text[offset] === '%' && atLineStart(text, offset) ? matched(text, offset, restOfLine(text, offset)) : null),
  },
  start_chars_hint: ['%'],
  line_breaks: false,
});

/** Any other line; also whatever follows a BOM or a stray carriage return. */
export const ValueLine = createToken({
  name: 'ValueLine',
  pattern: {
    exec: (text: string, offset: number) => {
      const end = restOfLine(text, offset);
      return end > offset ? matched(text, offset, end) : null;
    },
  },
  line_breaks: false,
});

export const allTokens = [Newline, ByteOrderMark, CommentLine, BlankLine, HeaderLine, ValueLine];

/** Every character is covered by some token, so lexing never fails. */
export const metafileLexer = new Lexer(allTokens, { positionTracking: 'onlyOffset', ensureOptimizations: false });
