/**
 * xl's grammar (libxlu_cfg_y.y, reference §1.2) as a chevrotain parser with
 * embedded actions. The grammar is deliberately total over the token set:
 * every token xl would reject is matched by an alternative that records xl's
 * message, so a mistake costs one statement, never the rest of the file, and
 * each statement keeps whatever key, operator and partial value it had.
 */
import { EmbeddedActionsParser, type IOrAlt, type IToken } from 'chevrotain';
import type { XlValue } from './ast';
import { AstBuilder } from './builder';
import {
  allTokens, Comma, Equals, Identifier, Illegal, LBracket, Newline, NonKey, NumberLiteral,
  PlusEquals, QuotedString, RBracket, Semicolon, Significant, UnterminatedString,
} from './tokens';

export class XlParser extends EmbeddedActionsParser {
  readonly builder = new AstBuilder();

  private fileAlternatives?: IOrAlt<void>[];
  private valueAlternatives?: IOrAlt<XlValue | undefined>[];
  private listAlternatives?: IOrAlt<void>[];

  constructor(validateGrammar: boolean) {
    super(allTokens, { recoveryEnabled: true, maxLookahead: 3, skipValidations: !validateGrammar });
    this.performSelfAnalysis();
  }

  readonly file = this.RULE('file', () => {
    this.MANY(() => {
      this.OR(this.fileAlternatives ??= [
        { ALT: () => this.SUBRULE(this.statement) },
        { ALT: () => { this.CONSUME(Newline); this.ACTION(() => this.builder.newline()); } },
        { ALT: () => { this.CONSUME(Semicolon); } },
        { ALT: () => { const stray = this.CONSUME(NonKey); this.ACTION(() => this.builder.strayAtStart(stray)); } },
      ]);
    });
  });

  private readonly statement = this.RULE('statement', () => {
    const key = this.CONSUME(Identifier);
    this.ACTION(() => this.builder.beginAssignment(key));
    let hasOperator = false;
    this.OPTION({
      GATE: () => this.operatorAhead(),
      DEF: () => {
        this.OR1([
          { ALT: () => { const op = this.CONSUME(Equals); this.ACTION(() => this.builder.operator(op, op)); } },
          { ALT: () => { const op = this.CONSUME(PlusEquals); this.ACTION(() => this.builder.operator(op, op)); } },
          {
            // `+ =`: a lexical error already; read it as `+=` so the rest of the line still binds
            ALT: () => {
              const plus = this.CONSUME(Illegal);
              const equals = this.CONSUME1(Equals);
              this.ACTION(() => this.builder.operator(plus, equals));
            },
          },
        ]);
        hasOperator = true;
      },
    });
    this.ACTION(() => {
      if (!hasOperator) this.builder.missingOperator(this.LA(1));
      else if (!this.valueStartAhead()) this.builder.missingValue(this.LA(1));
    });
    const value = this.OPTION1(() => this.SUBRULE(this.value));
    this.ACTION(() => this.builder.assignValue(value));
    this.MANY(() => {
      const stray = this.CONSUME(Significant);
      this.ACTION(() => this.builder.strayAfterValue(stray));
    });
    this.ACTION(() => this.builder.endStatement());
  });

  private readonly value = this.RULE('value', (): XlValue | undefined => {
    return this.OR2(this.valueAlternatives ??= [
      { ALT: () => { const token = this.CONSUME(QuotedString); return this.ACTION(() => this.builder.string(token)); } },
      { ALT: () => { const token = this.CONSUME(NumberLiteral); return this.ACTION(() => this.builder.number(token)); } },
      { ALT: () => this.SUBRULE(this.list) },
      { ALT: () => { const word = this.CONSUME2(Identifier); this.ACTION(() => this.builder.bareWord(word)); return undefined; } },
      // reported by the lexer pass already
      { ALT: () => { this.CONSUME2(Illegal); return undefined; } },
      { ALT: () => { this.CONSUME(UnterminatedString); return undefined; } },
    ]);
  });

  private readonly list = this.RULE('list', (): XlValue | undefined => {
    const open = this.CONSUME(LBracket);
    this.ACTION(() => this.builder.openList(open));
    this.MANY1({
      GATE: () => !this.statementAhead(),
      DEF: () => {
        this.OR3(this.listAlternatives ??= [
          {
            ALT: () => {
              this.ACTION(() => this.builder.beforeListItem(this.LA(1)));
              const item = this.SUBRULE1(this.value);
              this.ACTION(() => this.builder.listItem(item, this.LA(0)));
            },
          },
          { ALT: () => { const comma = this.CONSUME(Comma); this.ACTION(() => this.builder.listComma(comma)); } },
          { ALT: () => { this.CONSUME1(Newline); this.ACTION(() => this.builder.newline()); } },
          { ALT: () => { const stray = this.CONSUME2(Equals); this.ACTION(() => this.builder.listStray(stray)); } },
          { ALT: () => { const stray = this.CONSUME1(PlusEquals); this.ACTION(() => this.builder.listStray(stray)); } },
        ]);
      },
    });
    const close = this.OPTION2(() => this.CONSUME(RBracket));
    return this.ACTION(() => this.builder.closeList(close, this.unexpectedInsteadOfClose()));
  });

  private operatorAhead(): boolean {
    const next = this.LA(1).tokenType;
    if (next === Equals || next === PlusEquals) return true;
    return next === Illegal && this.LA(1).image === '+' && this.LA(2).tokenType === Equals;
  }

  private valueStartAhead(): boolean {
    const next = this.LA(1).tokenType;
    return next === QuotedString || next === NumberLiteral || next === LBracket || next === Identifier
      || next === Illegal || next === UnterminatedString;
  }

  /**
   * An unclosed list ends where a new statement plainly starts (`key =` first
   * on a line): xl would fail at that IDENT; we keep the next statement.
   */
  private statementAhead(): boolean {
    if (this.LA(1).tokenType !== Newline || this.LA(2).tokenType !== Identifier) return false;
    const third = this.LA(3).tokenType;
    return third === Equals || third === PlusEquals;
  }

  private unexpectedInsteadOfClose(): IToken {
    const next = this.LA(1);
    return next.tokenType === Newline ? this.LA(2) : next;
  }
}
