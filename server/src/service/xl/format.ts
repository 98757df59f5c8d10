/**
 * Conservative formatting of xl configs. Only runs of blanks (space, TAB)
 * are ever replaced, so no token, comment or string content can change:
 * - statements start at column 0, with `key = value` / `key += value`;
 * - single-line lists read `[ 'a', 'b' ]` (`[]` when empty);
 * - multi-line lists keep their line breaks; items, own-line comments and
 *   the closing `]` are re-indented by nesting depth;
 * - trailing blanks are trimmed.
 * A statement that shares a line with any syntax error is left exactly as
 * written, and so is every line an error touches.
 */
import type { FormattingOptions, TextEdit } from 'vscode-languageserver-types';
import type { XlAssignment, XlFile, XlValue } from '../../xl/ast';
import { LineIndex } from '../line-index';

type ElementKind = 'key' | 'op' | 'atom' | 'open' | 'close' | 'comma';

interface Element {
  readonly kind: ElementKind;
  readonly start: number;
  readonly end: number;
  /** lists around the element; for `[` and `]`, the lists around their list */
  readonly level: number;
}

interface RawEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Codes that describe the whole file, not a broken statement: they protect nothing. */
const FILE_WIDE_CODES = new Set(['xl/crlf-line-end']);

export function formatXl(file: XlFile, text: string, options: FormattingOptions): TextEdit[] {
  const indentUnit = options.insertSpaces ? ' '.repeat(Math.max(1, options.tabSize)) : '\t';
  const newlineOffsets = lineBreakOffsets(text);
  const protectedLines = protectedLineSet(file, text, newlineOffsets);
  const edits: RawEdit[] = [];
  const handledLineEnds = new Set<number>();
  const lineOf = (offset: number) => lineNumber(newlineOffsets, offset);

  for (const assignment of file.assignments) {
    if (!isClean(assignment, lineOf, protectedLines)) continue;
    dedent(text, assignment, edits);
    const elements = elementsOf(assignment);
    for (let index = 1; index < elements.length; index++) {
      formatGap(text, elements[index - 1], elements[index], indentUnit, edits, handledLineEnds);
    }
  }
  if (options.trimTrailingWhitespace !== false) trimTrailing(text, newlineOffsets, protectedLines, handledLineEnds, edits);
  finalNewlines(text, options, protectedLines, newlineOffsets, edits);

  const index = new LineIndex(text);
  return mergeTouching(edits.filter((edit) => text.slice(edit.start, edit.end) !== edit.text))
    .map((edit) => ({ range: { start: index.positionAt(edit.start), end: index.positionAt(edit.end) }, newText: edit.text }));
}

/** sorted, with edits that touch joined, so clients never see overlapping ranges */
function mergeTouching(edits: RawEdit[]): RawEdit[] {
  const sorted = edits.slice().sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: RawEdit[] = [];
  for (const edit of sorted) {
    const last = merged[merged.length - 1];
    if (last && edit.start <= last.end) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, edit.end), text: last.text + edit.text };
    } else {
      merged.push(edit);
    }
  }
  return merged;
}

function lineBreakOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) offsets.push(at);
  return offsets;
}

/** zero-based line (counted in `\n`) of an offset */
function lineNumber(newlineOffsets: readonly number[], offset: number): number {
  let low = 0;
  let high = newlineOffsets.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (newlineOffsets[middle] < offset) low = middle + 1; else high = middle;
  }
  return low;
}

function protectedLineSet(file: XlFile, text: string, newlineOffsets: readonly number[]): Set<number> {
  const lines = new Set<number>();
  for (const error of file.errors) {
    if (FILE_WIDE_CODES.has(error.code)) continue;
    const first = lineNumber(newlineOffsets, error.span.start);
    const last = lineNumber(newlineOffsets, Math.max(error.span.start, error.span.end - 1));
    for (let line = first; line <= last; line++) lines.add(line);
  }
  // an error past the last newline (end of input) protects the last line
  if (file.errors.some((error) => error.span.start >= text.length && !FILE_WIDE_CODES.has(error.code))) {
    lines.add(newlineOffsets.length);
  }
  // a broken statement is protected on all its lines, not only where the error sits
  for (const assignment of file.assignments) {
    const first = lineNumber(newlineOffsets, assignment.span.start);
    const last = lineNumber(newlineOffsets, assignment.span.end);
    let broken = !assignment.op || !assignment.value;
    for (let line = first; line <= last && !broken; line++) broken = lines.has(line);
    if (broken) for (let line = first; line <= last; line++) lines.add(line);
  }
  return lines;
}

function isClean(assignment: XlAssignment, lineOf: (offset: number) => number, protectedLines: ReadonlySet<number>): boolean {
  if (!assignment.op || !assignment.value) return false;
  const first = lineOf(assignment.span.start);
  const last = lineOf(assignment.span.end);
  for (let line = first; line <= last; line++) if (protectedLines.has(line)) return false;
  return true;
}

/** key, operator, then the value's tokens in document order */
function elementsOf(assignment: XlAssignment): Element[] {
  const elements: Element[] = [
    { kind: 'key', start: assignment.key.span.start, end: assignment.key.span.end, level: 0 },
    { kind: 'op', start: assignment.op!.span.start, end: assignment.op!.span.end, level: 0 },
  ];
  addValue(assignment.value!, 0, elements);
  return elements;
}

function addValue(value: XlValue, level: number, out: Element[]): void {
  if (value.kind !== 'list') {
    out.push({ kind: 'atom', start: value.span.start, end: value.span.end, level });
    return;
  }
  out.push({ kind: 'open', start: value.open.start, end: value.open.end, level });
  let comma = 0;
  for (const item of value.items) {
    while (comma < value.commas.length && value.commas[comma].start < item.span.start) {
      out.push({ kind: 'comma', ...value.commas[comma++], level: level + 1 });
    }
    addValue(item, level + 1, out);
  }
  while (comma < value.commas.length) out.push({ kind: 'comma', ...value.commas[comma++], level: level + 1 });
  if (value.close) out.push({ kind: 'close', start: value.close.start, end: value.close.end, level });
}

/** the blanks wanted between two elements on one line */
function spacing(before: Element, after: Element): string {
  if (after.kind === 'comma') return '';
  if (before.kind === 'open' && after.kind === 'close') return '';
  return ' ';
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

function blanksBefore(text: string, offset: number, limit: number): number {
  let start = offset;
  while (start > limit && isBlank(text.charCodeAt(start - 1))) start--;
  return start;
}

function dedent(text: string, assignment: XlAssignment, edits: RawEdit[]): void {
  const keyStart = assignment.key.span.start;
  const start = blanksBefore(text, keyStart, 0);
  if (start < keyStart && (start === 0 || text[start - 1] === '\n')) edits.push({ start, end: keyStart, text: '' });
}

function formatGap(text: string, before: Element, after: Element, unit: string, edits: RawEdit[], handled: Set<number>): void {
  const gap = text.slice(before.end, after.start);
  if (!/[\r\n]/.test(gap)) {
    if (/^[ \t]*$/.test(gap)) edits.push({ start: before.end, end: after.start, text: spacing(before, after) });
    return;
  }
  const pieces: RawEdit[] = [];
  const lineEnds: number[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = before.end;
  let first = true;
  for (let match = lineBreak.exec(gap); match; match = lineBreak.exec(gap)) {
    const lineEnd = before.end + match.index;
    const commentLevel = after.kind === 'close' ? after.level + 1 : after.level;
    if (!gapLine(text, lineStart, lineEnd, first ? undefined : unit.repeat(commentLevel), pieces)) return;
    if (text[lineEnd] === '\n') lineEnds.push(lineEnd);
    else if (text[lineEnd] === '\r' && text[lineEnd + 1] === '\n') lineEnds.push(lineEnd + 1);
    lineStart = lineEnd + match[0].length;
    first = false;
  }
  if (!/^[ \t]*$/.test(text.slice(lineStart, after.start))) return;
  pieces.push({ start: lineStart, end: after.start, text: unit.repeat(after.level) });
  edits.push(...pieces);
  for (const lineEnd of lineEnds) handled.add(lineEnd);
}

/**
 * One line inside a multi-line gap: blanks, maybe a comment. An own-line
 * comment is re-indented (`indent`), a trailing one stays where it is;
 * trailing blanks go. Anything else means the gap is not ours to touch.
 */
function gapLine(text: string, start: number, end: number, indent: string | undefined, out: RawEdit[]): boolean {
  let contentStart = start;
  while (contentStart < end && isBlank(text.charCodeAt(contentStart))) contentStart++;
  if (contentStart === end) {
    out.push({ start, end, text: '' });
    return true;
  }
  if (text[contentStart] !== '#') return false;
  if (indent !== undefined) out.push({ start, end: contentStart, text: indent });
  const trailing = blanksBefore(text, end, contentStart);
  if (trailing < end) out.push({ start: trailing, end, text: '' });
  return true;
}

/** Trims blanks before each `\n` / `\r\n` and at the end of the text, outside protected lines. */
function trimTrailing(text: string, newlineOffsets: readonly number[], protectedLines: ReadonlySet<number>, handled: ReadonlySet<number>, edits: RawEdit[]): void {
  // blanks mixed with CRs (` \r \n`) lose the blanks and keep the CRs, in one go
  const trim = (lineBreak: number, line: number) => {
    if (protectedLines.has(line)) return;
    // never end an edit between CR and LF: editors see `\r\n` as one break
    const lineEnd = text.charCodeAt(lineBreak - 1) === 13 && lineBreak < text.length ? lineBreak - 1 : lineBreak;
    let start = lineEnd;
    while (start > 0 && (isBlank(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 13)) start--;
    const run = text.slice(start, lineEnd);
    const kept = run.replace(/[ \t]/g, '');
    if (kept !== run) edits.push({ start, end: lineEnd, text: kept });
  };
  newlineOffsets.forEach((offset, line) => {
    if (!handled.has(offset)) trim(offset, line);
  });
  trim(text.length, newlineOffsets.length);
}

function finalNewlines(text: string, options: FormattingOptions, protectedLines: ReadonlySet<number>, newlineOffsets: readonly number[], edits: RawEdit[]): void {
  const lastLine = newlineOffsets.length;
  if (options.insertFinalNewline && text.length > 0 && !text.endsWith('\n') && !protectedLines.has(lastLine)) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    edits.push({ start: text.length, end: text.length, text: eol });
  }
  if (options.trimFinalNewlines) {
    const match = /(?:\r?\n)(?:[ \t]*\r?\n)+$/.exec(text);
    if (match && !protectedLines.has(lastLine)) {
      const keepLength = match[0].startsWith('\r') ? 2 : 1;
      const start = match.index + keepLength;
      // drop any trimming edits inside the removed tail, then remove it at once
      for (let at = edits.length - 1; at >= 0; at--) if (edits[at].start >= start) edits.splice(at, 1);
      edits.push({ start, end: text.length, text: '' });
    }
  }
}
