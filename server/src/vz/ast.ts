/**
 * Typed syntax tree of an OpenVZ / Virtuozzo container config (`vz-conf`).
 * Offsets are UTF-16 offsets into the document text, as in the xl AST, so a
 * diagnostic on one part of a value (a barrier, a list item) lands exactly
 * on the characters that produced it.
 */

export interface Span {
  /** offset of the first character */
  readonly start: number;
  /** offset just past the last character */
  readonly end: number;
}

/**
 * The two parsers that read these files differ (reference openvz.md §1.2):
 * `legacy` is vzctl 4.11, `vz7` is libvzctl (Virtuozzo 7 and later).
 */
export type VzDialect = 'legacy' | 'vz7';

/** Why the parser settled on a dialect, shown in hovers and messages. */
export interface VzDialectChoice {
  readonly dialect: VzDialect;
  readonly reason: 'comment' | 'setting' | 'file-hints' | 'default';
  /** for `file-hints`: the key (or quote style) that decided it */
  readonly evidence?: string;
  /** the `# hvconf: dialect=...` directive, when there is one */
  readonly directiveSpan?: Span;
}

export interface VzKey {
  /** everything before the first `=`, exactly as vzctl looks it up (trailing blanks included) */
  readonly name: string;
  readonly span: Span;
}

export interface VzQuote {
  readonly char: '"' | "'";
  readonly span: Span;
}

export interface VzValue {
  /** from just after `=` to the end of what the parser keeps (quotes included) */
  readonly span: Span;
  /** the document text of `span` */
  readonly raw: string;
  /** the value as the dialect's parser stores it (quotes, backslashes, comments removed) */
  readonly text: string;
  readonly open?: VzQuote;
  readonly close?: VzQuote;
  /** an opening `"` without a closing one: vzctl rejects the line */
  readonly unmatchedQuote: boolean;
  /**
   * Legacy only: an unquoted value that holds a shell-style `# comment`;
   * vzctl 4.11 keeps the comment as part of the value. The offset is into `text`.
   */
  readonly commentInValueAt?: number;
  /** Maps an offset into `text` to the document offset of the character that produced it. */
  readonly toDocument: (textOffset: number) => number;
}

export interface VzAssignment {
  readonly kind: 'assignment';
  readonly key: VzKey;
  readonly equals: Span;
  readonly value: VzValue;
  /** the whole line without its line break */
  readonly span: Span;
  /** zero-based line */
  readonly line: number;
}

export interface VzComment {
  readonly span: Span;
  /** text after `#`, untrimmed */
  readonly text: string;
  /** true when nothing but blanks precedes the `#` on its line */
  readonly ownLine: boolean;
}

/** A line vzctl cannot read at all (no `=`), reported and skipped. */
export interface VzBadLine {
  readonly kind: 'bad-line';
  readonly span: Span;
  readonly line: number;
  readonly reason: 'missing-equals';
}

export interface VzFile {
  readonly text: string;
  readonly dialect: VzDialectChoice;
  readonly assignments: readonly VzAssignment[];
  readonly comments: readonly VzComment[];
  readonly badLines: readonly VzBadLine[];
  /** offset of the start of each line, for line lookups */
  readonly lineStarts: readonly number[];
  /** `# hvconf: key=value` directives, e.g. `dialect=vz7`, `kind=global` */
  readonly directives: ReadonlyMap<string, { readonly value: string; readonly span: Span }>;
}

/** One side of a `barrier:limit` (or `soft:hard`) pair. */
export interface VzPairPart {
  readonly text: string;
  readonly span: Span;
  /** offset of `text` inside the value's `text` */
  readonly at: number;
}

export interface VzPair {
  readonly barrier: VzPairPart;
  /** absent when the value has a single side (barrier = limit) */
  readonly limit?: VzPairPart;
  readonly colon?: Span;
}

/** One item of a list value, or one field of a compound item. */
export interface VzItem {
  readonly text: string;
  readonly span: Span;
  /** offset of `text` inside the value's `text` */
  readonly at: number;
}
