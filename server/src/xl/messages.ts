/**
 * xl's error wording (reference §1.4) and the bison token names it uses.
 * Kept apart from chevrotain: tokens are described structurally.
 */

/** What the parser and the lexer pass know about a token, without chevrotain types. */
export interface TokenLike {
  readonly image: string;
  readonly startOffset: number;
  readonly tokenType: { readonly name: string };
}

const bisonNames: Readonly<Record<string, string>> = {
  Identifier: 'IDENT',
  QuotedString: 'STRING',
  UnterminatedString: 'STRING',
  NumberLiteral: 'NUMBER',
  Newline: 'NEWLINE',
  PlusEquals: '"+="',
  Equals: "'='",
  LBracket: "'['",
  RBracket: "']'",
  Comma: "','",
  Semicolon: "';'",
  EOF: '$end',
};

/** bison's expected-token lists, as xl's parser (bison 3.3.2) prints them */
export const EXPECTING_END = '$end';
export const EXPECTING_OPERATOR = `"+=" or '='`;
export const EXPECTING_VALUE = "STRING or NUMBER or '['";
export const EXPECTING_CLOSE = "']'";

export function isEndOfInput(token: TokenLike): boolean {
  return token.tokenType.name === 'EOF';
}

function bisonName(token: TokenLike): string {
  return bisonNames[token.tokenType.name] ?? 'error';
}

/** `near `X'` as xl prints it; a newline is `<newline>`, end of input an empty quote */
function nearText(token: TokenLike): string {
  const name = token.tokenType.name;
  if (name === 'Newline') return 'near <newline>';
  if (name === 'EOF') return "near `'";
  return `near \`${printable(token.image)}'`;
}

export function parsingError(near: string, detail: string): string {
  return `config parsing error ${near}: ${detail}`;
}

export function syntaxErrorMessage(unexpected: TokenLike, expecting: string | undefined): string {
  const tail = expecting ? `, expecting ${expecting}` : '';
  return parsingError(nearText(unexpected), `syntax error, unexpected ${bisonName(unexpected)}${tail}`);
}

/** control characters and a BOM shown as escapes, so a message never hides them */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\ufeff]/g, (char) => {
    switch (char) {
      case '\r': return '\\r';
      case '\t': return '\\t';
      case '\ufeff': return '\\xEF\\xBB\\xBF';
      default: return `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`;
    }
  });
}

const booleanWords = new Set(['true', 'false', 'yes', 'no', 'on', 'off']);

/** a short hint appended to xl's message for a bare word used as a value */
export function bareWordHint(word: string): string {
  const lower = word.toLowerCase();
  if (booleanWords.has(lower)) return ' (xl has no boolean words: write 1 or 0)';
  if (lower === 'none') return ' (xl has no None: leave the key out)';
  return ` (a bare word is not a value: quote it, '${word}')`;
}
