/**
 * Typed syntax tree of an xl domain config. Positions are UTF-16 offsets into
 * the document text (what `TextDocument.positionAt` takes), so sub-languages
 * inside strings can map their own offsets back onto the document cheaply.
 */

export interface Span {
  /** offset of the first character */
  readonly start: number;
  /** offset just past the last character */
  readonly end: number;
}

export interface XlString {
  readonly kind: 'string';
  readonly span: Span;
  /** the text as written, quotes included */
  readonly raw: string;
  /** the value after xl's dequoting; escapes xl rejects are left as written */
  readonly value: string;
  readonly quote: '"' | "'";
  /**
   * Maps an offset inside `value` to the document offset of the character
   * that produced it, so a diagnostic on part of a spec lands in the quotes.
   * `valueOffsetToDocument(value.length)` is the offset of the closing quote.
   */
  readonly valueOffsetToDocument: (valueOffset: number) => number;
}

export interface XlNumber {
  readonly kind: 'number';
  readonly span: Span;
  readonly raw: string;
}

export interface XlList {
  readonly kind: 'list';
  readonly span: Span;
  readonly items: readonly XlValue[];
  /** spans of the separating commas, in order (includes a trailing one) */
  readonly commas: readonly Span[];
  readonly open: Span;
  /** missing when the list was never closed */
  readonly close?: Span;
}

export type XlAtom = XlString | XlNumber;
export type XlValue = XlAtom | XlList;

export interface XlKey {
  readonly name: string;
  readonly span: Span;
}

export interface XlOperator {
  readonly text: '=' | '+=';
  readonly span: Span;
}

export interface XlAssignment {
  readonly kind: 'assignment';
  readonly key: XlKey;
  /** missing when recovery dropped it */
  readonly op?: XlOperator;
  /** missing when the value could not be parsed */
  readonly value?: XlValue;
  /** key start to value end (or to the last token of the statement) */
  readonly span: Span;
  /** zero-based line of the key, for line-oriented rules and disable comments */
  readonly line: number;
}

export interface XlComment {
  readonly span: Span;
  /** text after `#`, untrimmed */
  readonly text: string;
  /** true when nothing but blanks precedes the `#` on its line */
  readonly ownLine: boolean;
}

/** A lexical or syntax problem: xl refuses the whole file for any of these. */
export interface XlSyntaxError {
  readonly span: Span;
  readonly message: string;
  /** stable diagnostic code, e.g. `xl/syntax-error`, `xl/crlf-line-end` */
  readonly code: string;
  /** a `+ - . ( ) :` char caused it: xl then says the file looks like Python */
  readonly pythonish?: boolean;
  /**
   * Set only for text xl accepts but reads differently from how it looks
   * (an octal escape `\101` is parsed and then dropped): report as a warning.
   */
  readonly severity?: 'warning';
}

export interface XlFile {
  readonly text: string;
  readonly assignments: readonly XlAssignment[];
  readonly comments: readonly XlComment[];
  readonly errors: readonly XlSyntaxError[];
}
