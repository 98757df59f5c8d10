/**
 * Syntax tree of a vzmktmpl metafile (reference openvz.md §2.5). Positions are
 * UTF-16 offsets into the document text. The tree records what vzmktmpl's
 * awk reader sees: which lines are headers, which are skipped, and what each
 * value line prints after the `\#` rule.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A blank-free word of a value line, e.g. one package spec. */
export interface MetafileWord {
  readonly text: string;
  readonly span: Span;
}

export interface MetafileValueLine {
  /** the whole line as written, without its line break */
  readonly span: Span;
  readonly raw: string;
  /**
   * The line as vzmktmpl prints it into the template: the raw line, or, when
   * the text after the first backslash holds a `#`, only that text (up to a
   * second backslash). This is how `\#…` puts a literal `#` line in a file.
   */
  readonly effective: string;
  readonly effectiveSpan: Span;
  /** true when the `\#` rule applied */
  readonly escaped: boolean;
  /** words of `effective`, split on blanks */
  readonly words: readonly MetafileWord[];
}

export interface MetafileHeader {
  /** the whole header line */
  readonly span: Span;
  /**
   * The section name: the characters after `%` up to the first space. A tab
   * does not end it, because vzmktmpl only accepts a space there.
   */
  readonly name: string;
  readonly nameSpan: Span;
  /** text after the separating space; vzmktmpl ignores it */
  readonly trailing?: MetafileWord;
}

export interface MetafileSection {
  readonly header: MetafileHeader;
  /** the value lines up to the next header, without comments and blank lines */
  readonly values: readonly MetafileValueLine[];
  /** from the header to the end of the last value line */
  readonly span: Span;
}

export interface MetafileComment {
  readonly span: Span;
  readonly text: string;
}

export interface MetafileAst {
  readonly text: string;
  readonly sections: readonly MetafileSection[];
  /** value lines before the first header; vzmktmpl never reads them */
  readonly strayValues: readonly MetafileValueLine[];
  readonly comments: readonly MetafileComment[];
  /** lines of blanks only; empty lines have no token */
  readonly blankLines: readonly Span[];
  /** offset of the first carriage return, when the file has one */
  readonly firstCarriageReturn?: number;
  readonly hasByteOrderMark: boolean;
}
