/**
 * The diagnostic codes the xl parser produces, for documentation (the README
 * table) and for tests that check nothing undocumented is ever emitted.
 * All are errors xl itself raises (it then refuses the whole file), except
 * those marked `warning`.
 */
export interface SyntaxCodeInfo {
  readonly summary: string;
  readonly severity: 'error' | 'warning';
}

export const xlSyntaxCodes: Readonly<Record<string, SyntaxCodeInfo>> = {
  'xl/lexical-error': { severity: 'error', summary: 'A character xl’s lexer rejects; xl skips to the next blank.' },
  'xl/syntax-error': { severity: 'error', summary: 'A token where xl’s grammar does not allow it (bison’s "unexpected X, expecting Y").' },
  'xl/crlf-line-end': { severity: 'error', summary: 'Windows (CRLF) line ends: a CR is not blank for xl. Reported once per file.' },
  'xl/bom': { severity: 'error', summary: 'A UTF-8 byte-order mark at the start of the file.' },
  'xl/comment-at-eof': { severity: 'error', summary: 'A comment on the last line with no newline after it.' },
  'xl/uppercase-key': { severity: 'error', summary: 'A key with upper-case letters; keys are `[a-z][._0-9a-z]*`.' },
  'xl/hyphenated-key': { severity: 'error', summary: 'A key with `-`; xl also says the file looks like Python.' },
  'xl/unquoted-negative': { severity: 'error', summary: 'A negative number without quotes; xl numbers have no sign.' },
  'xl/unquoted-fraction': { severity: 'error', summary: 'A number with a fraction; xl numbers are whole.' },
  'xl/bare-word': { severity: 'error', summary: 'An unquoted word as a value (`true`, `None`, `foo`).' },
  'xl/bad-escape': { severity: 'error', summary: 'A `\\x..`, short octal or unknown escape in a string (a full octal escape is a warning: xl drops it).' },
  'xl/plus-equals-mixed': { severity: 'error', summary: '`+=` of a list onto a string, or of a string onto a list.' },
  'xl/space-in-plus-equals': { severity: 'error', summary: '`+ =` with a blank inside; only `+=` is an operator.' },
  'xl/unterminated-string': { severity: 'error', summary: 'A quote not closed on its line (strings cannot span lines).' },
  'xl/unclosed-list': { severity: 'error', summary: 'A `[` never closed; the list is taken to end before the next `key =` line.' },
  'xl/nesting-too-deep': { severity: 'warning', summary: 'A list nested more than 100 deep: HVConf does not read inside it (xl does).' },
};
