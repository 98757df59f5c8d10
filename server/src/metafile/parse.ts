import type { IToken } from 'chevrotain';
import type {
  MetafileAst, MetafileComment, MetafileHeader, MetafileSection, MetafileValueLine, MetafileWord, Span,
} from './ast';
import { ByteOrderMark, HeaderLine, metafileLexer, ValueLine } from './tokens';

export type { MetafileAst, MetafileSection, MetafileValueLine, MetafileHeader, MetafileWord, Span } from './ast';

/**
 * Parses a metafile the way vzmktmpl reads it (reference openvz.md §2.5).
 * Total: any string gives a tree; nothing here throws or rejects a line, the
 * checks decide what a line means for the tool.
 */
export function parseMetafile(text: string): MetafileAst {
  const lexed = metafileLexer.tokenize(text);
  const comments: MetafileComment[] = (lexed.groups.comments ?? []).map((token) => ({ span: spanOf(token), text: token.image }));
  const blankLines: Span[] = (lexed.groups.blank ?? []).map(spanOf);
  const sections: MetafileSection[] = [];
  const strayValues: MetafileValueLine[] = [];
  let header: MetafileHeader | undefined;
  let values: MetafileValueLine[] = [];
  let hasByteOrderMark = false;

  const close = (): void => {
    if (!header) return;
    const last = values[values.length - 1];
    sections.push({ header, values, span: { start: header.span.start, end: last ? last.span.end : header.span.end } });
  };

  // comment and blank lines are in their token groups, so the main stream holds headers, values and breaks
  for (const token of lexed.tokens) {
    if (token.tokenType === ByteOrderMark) hasByteOrderMark = true;
    else if (token.tokenType === HeaderLine) {
      close();
      header = readHeader(token);
      values = [];
    } else if (token.tokenType === ValueLine) {
      const line = readValueLine(token.image, token.startOffset);
      if (header) values.push(line); else strayValues.push(line);
    }
  }
  close();

  const carriageReturn = text.indexOf('\r');
  return {
    text, sections, strayValues, comments, blankLines, hasByteOrderMark,
    ...(carriageReturn >= 0 ? { firstCarriageReturn: carriageReturn } : {}),
  };
}

function spanOf(token: IToken): Span {
  return { start: token.startOffset, end: token.startOffset + token.image.length };
}

function readHeader(token: IToken): MetafileHeader {
  const start = token.startOffset;
  const line = token.image;
  const space = line.indexOf(' ', 1);
  const nameEnd = space < 0 ? line.length : space;
  const header: MetafileHeader = {
    span: spanOf(token),
    name: line.slice(1, nameEnd),
    nameSpan: { start: start + 1, end: start + nameEnd },
  };
  if (space < 0) return header;
  const rest = line.slice(space + 1);
  const first = rest.search(/\S/);
  if (first < 0) return header;
  const trimmed = rest.slice(first).replace(/\s+$/, '');
  const trailingStart = start + space + 1 + first;
  return { ...header, trailing: { text: trimmed, span: { start: trailingStart, end: trailingStart + trimmed.length } } };
}

/**
 * vzmktmpl splits the line on backslashes; when the second field holds a `#`
 * it prints only that field, otherwise the whole line.
 */
export function readValueLine(raw: string, start: number): MetafileValueLine {
  const firstBackslash = raw.indexOf('\\');
  let effective = raw;
  let effectiveStart = start;
  let escaped = false;
  if (firstBackslash >= 0) {
    const secondBackslash = raw.indexOf('\\', firstBackslash + 1);
    const field = raw.slice(firstBackslash + 1, secondBackslash < 0 ? raw.length : secondBackslash);
    if (field.includes('#')) {
      effective = field;
      effectiveStart = start + firstBackslash + 1;
      escaped = true;
    }
  }
  return {
    span: { start, end: start + raw.length },
    raw,
    effective,
    effectiveSpan: { start: effectiveStart, end: effectiveStart + effective.length },
    escaped,
    words: splitWords(effective, effectiveStart),
  };
}

export function splitWords(text: string, start: number): MetafileWord[] {
  const words: MetafileWord[] = [];
  const pattern = /[^ \t]+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    words.push({ text: match[0], span: { start: start + match.index, end: start + match.index + match[0].length } });
  }
  return words;
}
