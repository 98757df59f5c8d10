/**
 * Builds the AST while the chevrotain parser runs (called from its ACTIONs).
 * Records are pushed as soon as they start, so a statement cut short by an
 * error still leaves its key, operator and partial value behind.
 */
import type { Span, XlAssignment, XlList, XlNumber, XlOperator, XlString, XlValue } from './ast';
import { dequote } from './dequote';
import type { Problem } from './lexical';
import {
  bareWordHint, EXPECTING_CLOSE, EXPECTING_END, EXPECTING_OPERATOR, EXPECTING_VALUE,
  isEndOfInput, parsingError, syntaxErrorMessage, type TokenLike,
} from './messages';

interface MutableAssignment {
  kind: 'assignment';
  key: { name: string; span: Span };
  op?: XlOperator;
  value?: XlValue;
  span: { start: number; end: number };
  line: number;
}

interface ListFrame {
  readonly open: Span;
  readonly line: number;
  readonly items: XlValue[];
  readonly commas: Span[];
  /** after `[` or `,`: a value or `]` may come */
  expectingValue: boolean;
  end: number;
}

function spanOf(token: TokenLike): Span {
  return { start: token.startOffset, end: token.startOffset + token.image.length };
}

export class AstBuilder {
  text = '';
  line = 0;
  readonly assignments: XlAssignment[] = [];
  readonly problems: Problem[] = [];
  private current: MutableAssignment | undefined;
  private lineWithSyntaxError = -1;
  private readonly lists: ListFrame[] = [];

  reset(text: string): void {
    this.text = text;
    this.line = 0;
    this.assignments.length = 0;
    this.problems.length = 0;
    this.current = undefined;
    this.lists.length = 0;
    this.lineWithSyntaxError = -1;
  }

  newline(): void {
    this.line++;
  }

  beginAssignment(key: TokenLike): void {
    const span = spanOf(key);
    const record: MutableAssignment = { kind: 'assignment', key: { name: key.image, span }, span: { ...span }, line: this.line };
    this.current = record;
    this.lists.length = 0;
    this.assignments.push(record);
  }

  /** `+ =` arrives as one `+=` token from the lexing pass (its error is already reported) */
  operator(token: TokenLike): void {
    if (!this.current) return;
    const span = spanOf(token);
    this.current.op = { text: token.image === '=' ? '=' : '+=', span };
    this.current.span.end = span.end;
  }

  missingOperator(next: TokenLike): void {
    this.syntax(next, EXPECTING_OPERATOR);
  }

  missingValue(next: TokenLike): void {
    this.syntax(next, EXPECTING_VALUE);
  }

  assignValue(value: XlValue | undefined): void {
    if (!this.current || !value) return;
    this.current.value = value;
    this.current.span.end = value.span.end;
  }

  /** a token after a complete statement: bison has already reduced to `file` */
  strayAfterValue(token: TokenLike): void {
    if (this.current) this.current.span.end = token.startOffset + token.image.length;
    this.syntax(token, EXPECTING_END);
  }

  strayAtStart(token: TokenLike): void {
    this.current = undefined;
    this.syntax(token, EXPECTING_END);
  }

  endStatement(): void {
    this.current = undefined;
    this.lists.length = 0;
  }

  string(token: TokenLike): XlString {
    const start = token.startOffset;
    const raw = token.image;
    const { value, rawOffsets, problems } = dequote(raw);
    for (const problem of problems) {
      this.problems.push({
        error: {
          span: { start: start + problem.start, end: start + problem.end },
          message: problem.warning ? problem.message : parsingError(`near \`${raw}'`, problem.message),
          code: 'xl/bad-escape',
          ...(problem.warning ? { severity: 'warning' as const } : {}),
        },
        line: this.line,
        lexical: false,
      });
    }
    const length = value.length;
    const valueOffsetToDocument = rawOffsets
      ? (offset: number) => start + rawOffsets[offset < 0 ? 0 : offset > length ? length : offset]
      : (offset: number) => start + 1 + (offset < 0 ? 0 : offset > length ? length : offset);
    const quote = raw[0] === '"' ? '"' : "'";
    return { kind: 'string', span: { start, end: start + raw.length }, raw, value, quote, valueOffsetToDocument };
  }

  number(token: TokenLike): XlNumber {
    return { kind: 'number', span: spanOf(token), raw: token.image };
  }

  bareWord(token: TokenLike): void {
    const expecting = this.lists.length > 0 ? EXPECTING_CLOSE : EXPECTING_VALUE;
    this.syntax(token, expecting, 'xl/bare-word', bareWordHint(token.image));
  }

  openList(open: TokenLike): void {
    const span = spanOf(open);
    this.lists.push({ open: span, line: this.line, items: [], commas: [], expectingValue: true, end: span.end });
  }

  /** `token` is the atom's token, undefined for a nested list; a missing comma is reported, the item kept */
  listItem(value: XlValue | undefined, token: TokenLike | undefined): void {
    const frame = this.lists[this.lists.length - 1];
    if (!frame) return;
    // rejected tokens (bare words, lexical errors) are reported already
    if (!frame.expectingValue && value) {
      this.syntax(token ?? { image: '[', startOffset: value.span.start, tokenType: { name: 'LBracket' } }, EXPECTING_CLOSE);
    }
    frame.expectingValue = false;
    if (value) {
      frame.items.push(value);
      frame.end = value.span.end;
    } else if (token) {
      frame.end = Math.max(frame.end, token.startOffset + token.image.length);
    }
  }

  listComma(comma: TokenLike): void {
    const frame = this.lists[this.lists.length - 1];
    if (!frame) return;
    if (frame.expectingValue) this.syntax(comma, EXPECTING_CLOSE);
    const span = spanOf(comma);
    frame.commas.push(span);
    frame.end = span.end;
    frame.expectingValue = true;
  }

  listStray(token: TokenLike): void {
    this.syntax(token, EXPECTING_CLOSE);
  }

  /** `next` is the token xl would have choked on when `close` is missing */
  closeList(close: TokenLike | undefined, next: TokenLike): XlList | undefined {
    const frame = this.lists.pop();
    if (!frame) return undefined;
    const closeSpan = close ? spanOf(close) : undefined;
    if (!closeSpan) {
      this.problems.push({
        error: { span: frame.open, message: syntaxErrorMessage(next, EXPECTING_CLOSE), code: 'xl/unclosed-list' },
        line: frame.line,
        lexical: false,
      });
    }
    const span = { start: frame.open.start, end: closeSpan ? closeSpan.end : frame.end };
    const list: XlList = closeSpan
      ? { kind: 'list', span, items: frame.items, commas: frame.commas, open: frame.open, close: closeSpan }
      : { kind: 'list', span, items: frame.items, commas: frame.commas, open: frame.open };
    return list;
  }

  syntax(token: TokenLike, expecting: string | undefined, code = 'xl/syntax-error', hint = ''): void {
    // xl keeps one syntax error per line, the first; later ones need no message at all
    if (this.lineWithSyntaxError === this.line) return;
    this.lineWithSyntaxError = this.line;
    this.problems.push({
      error: { span: this.unexpectedSpan(token), message: syntaxErrorMessage(token, expecting) + hint, code },
      line: this.line,
      lexical: false,
    });
  }

  /** a newline or the end of input is shown as an empty span at the end of the line */
  private unexpectedSpan(token: TokenLike): Span {
    const name = token.tokenType.name;
    if (name !== 'Newline' && !isEndOfInput(token)) return spanOf(token);
    let at = isEndOfInput(token) ? this.text.length : token.startOffset;
    if (at > 0 && this.text[at - 1] === '\r') at--;
    return { start: at, end: at };
  }
}
