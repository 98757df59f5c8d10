/**
 * Hand-built xl values for spec tests: a document `k = [ 'a', 'b' ]` with
 * correct spans and a valueOffsetToDocument that follows escapes.
 */
import * as assert from 'assert';
import type { Span, XlList, XlNumber, XlString, XlValue } from '../../../../server/src/xl/ast';
import type { SpecAnalysis, SpecContext, SpecIssue } from '../../../../server/src/xl/specs/types';
import type { XlGuestType } from '../../../../server/src/schema/xl/key-def';

const escapes: Record<string, string> = { n: '\n', t: '\t', '\\': '\\', "'": "'", '"': '"', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v' };

/** An XlString for `raw` (quotes included) written at document offset `start`. */
export function xlString(raw: string, start: number): XlString {
  const quote = raw[0] as '"' | "'";
  let value = '';
  const offsets: number[] = [];
  for (let index = 1; index < raw.length - 1; index++) {
    offsets.push(start + index);
    if (raw[index] === '\\' && index + 2 < raw.length) {
      value += escapes[raw[index + 1]] ?? raw[index + 1];
      index++;
    } else value += raw[index];
  }
  const close = start + raw.length - 1;
  return {
    kind: 'string', span: { start, end: start + raw.length }, raw, value, quote,
    valueOffsetToDocument: (offset) => (offset >= offsets.length ? close : offsets[offset]),
  };
}

export interface Fixture {
  readonly text: string;
  readonly value: XlValue;
}

/** Item sources: a string is written in single quotes (unless it starts with a quote), a number bare. */
type Source = string | number | Source[];

function render(source: Source, at: number): { text: string; value: XlValue } {
  if (typeof source === 'number') {
    const raw = String(source);
    const number: XlNumber = { kind: 'number', span: { start: at, end: at + raw.length }, raw };
    return { text: raw, value: number };
  }
  if (typeof source === 'string') {
    const raw = source.startsWith('"') || source.startsWith("'") ? source : `'${source}'`;
    return { text: raw, value: xlString(raw, at) };
  }
  let text = '[ ';
  const items: XlValue[] = [];
  const commas: Span[] = [];
  source.forEach((child, index) => {
    if (index > 0) {
      commas.push({ start: at + text.length, end: at + text.length + 1 });
      text += ', ';
    }
    const rendered = render(child, at + text.length);
    items.push(rendered.value);
    text += rendered.text;
  });
  text += ' ]';
  const list: XlList = {
    kind: 'list', span: { start: at, end: at + text.length }, items, commas,
    open: { start: at, end: at + 1 }, close: { start: at + text.length - 1, end: at + text.length },
  };
  return { text, value: list };
}

/** `k = <value>` where value is rendered from `source`. */
export function fixture(source: Source): Fixture {
  const prefix = 'k = ';
  const rendered = render(source, prefix.length);
  return { text: `${prefix}${rendered.text}\n`, value: rendered.value };
}

export function context(settings: Record<string, string | number> = {}, guestType: XlGuestType = 'hvm'): SpecContext {
  return {
    guestType,
    lookup: (key) => {
      const setting = settings[key];
      if (setting === undefined) return undefined;
      return typeof setting === 'number'
        ? { kind: 'number', span: { start: 0, end: 0 }, raw: String(setting) }
        : xlString(`"${setting}"`, 0);
    },
  };
}

/** The document text an issue points at. */
export function spanText(doc: Fixture, span: Span): string {
  return doc.text.slice(span.start, span.end);
}

export function issuesWith(analysis: SpecAnalysis, code: string): SpecIssue[] {
  return analysis.issues.filter((issue) => issue.code === code);
}

/** Asserts exactly one issue with `code`, at `expected` text, and returns it. */
export function expectIssue(doc: Fixture, analysis: SpecAnalysis, code: string, expected: string): SpecIssue {
  const found = issuesWith(analysis, code);
  assert.strictEqual(found.length, 1, `expected one ${code}, got ${JSON.stringify(analysis.issues.map((issue) => [issue.code, spanText(doc, issue.span), issue.message]))}`);
  assert.strictEqual(spanText(doc, found[0].span), expected);
  return found[0];
}

export function expectClean(doc: Fixture, analysis: SpecAnalysis): void {
  assert.deepStrictEqual(analysis.issues.map((issue) => `${issue.code} @${spanText(doc, issue.span)}: ${issue.message}`), []);
}
