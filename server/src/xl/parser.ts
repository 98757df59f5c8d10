/**
 * xl's grammar (libxlu_cfg_y.y, reference §1.2) as a chevrotain parser with
 * embedded actions. The grammar is deliberately total over the token set:
 * every token xl would reject is matched by an alternative that records xl's
 * message, so a mistake costs one statement, never the rest of the file, and
 * each statement keeps whatever key, operator and partial value it had.
 *
 * Speed: one instance, alternatives arrays built once, atoms inlined (no
 * sub-rule per list item), and side effects guarded by RECORDING_PHASE rather
 * than a closure per ACTION.
 */
import { EmbeddedActionsParser, type IOrAlt, type IToken } from 'chevrotain';
import type { XlValue } from './ast';
import { AstBuilder } from './builder';
import {
  allTokens, ColonOperator, Comma, Equals, Identifier, Illegal, LBracket, ListBreak, Newline, NonKey, NumberLiteral,
  PlusEquals, QuotedString, RBracket, Semicolon, Significant, UnterminatedString,
} from './tokens';

export class XlParser extends EmbeddedActionsParser {
  readonly builder = new AstBuilder();

  private fileAlternatives?: IOrAlt<void>[];
  private operatorAlternatives?: IOrAlt<IToken>[];
  private valueAlternatives?: IOrAlt<XlValue | undefined>[];
  private listAlternatives?: IOrAlt<void>[];

  constructor(validateGrammar: boolean) {
    super(allTokens, { recoveryEnabled: true, maxLookahead: 2, skipValidations: !validateGrammar });
    this.performSelfAnalysis();
  }

  readonly file = this.RULE('file', () => {
    this.MANY(() => {
      this.OR(this.fileAlternatives ??= [
        { ALT: () => this.SUBRULE(this.statement) },
        { ALT: () => { this.CONSUME(Newline); if (!this.RECORDING_PHASE) this.builder.newline(); } },
        { ALT: () => { this.CONSUME(ListBreak); if (!this.RECORDING_PHASE) this.builder.newline(); } },
        { ALT: () => { this.CONSUME(Semicolon); } },
        {
          ALT: () => {
            const stray = this.CONSUME(NonKey);
            if (!this.RECORDING_PHASE) this.builder.strayAtStart(stray);
          },
        },
      ]);
    });
  });

  private readonly statement = this.RULE('statement', () => {
    const key = this.CONSUME(Identifier);
    const recording = this.RECORDING_PHASE;
    if (!recording) this.builder.beginAssignment(key);
    const op = this.OPTION(() => this.OR1(this.operatorAlternatives ??= [
      { ALT: () => this.CONSUME(Equals) },
      { ALT: () => this.CONSUME(PlusEquals) },
      // reported by the lexing pass; no operator in the AST, but the value is read
      { ALT: () => this.CONSUME(ColonOperator) },
    ]));
    if (!recording) {
      if (op && op.tokenType !== ColonOperator) this.builder.operator(op);
      else if (!op) this.builder.missingOperator(this.LA(1));
      if (op && !this.valueStartAhead()) this.builder.missingValue(this.LA(1));
    }
    const value = this.OPTION1(() => this.OR2(this.valueAlternatives ??= this.atomAlternatives<XlValue | undefined>(
      (value) => value,
      () => this.SUBRULE(this.list),
    )));
    if (!recording) this.builder.assignValue(value);
    this.MANY(() => {
      const stray = this.CONSUME(Significant);
      if (!this.RECORDING_PHASE) this.builder.strayAfterValue(stray);
    });
    if (!recording) this.builder.endStatement();
  });

  private readonly list = this.RULE('list', (): XlValue | undefined => {
    const open = this.CONSUME(LBracket);
    if (!this.RECORDING_PHASE) this.builder.openList(open);
    this.MANY1(() => {
      this.OR3(this.listAlternatives ??= [
        ...this.atomAlternatives<void>(
          (value, token) => this.builder.listItem(value, token),
          () => { const inner = this.SUBRULE1(this.list); if (!this.RECORDING_PHASE) this.builder.listItem(inner, undefined); },
        ),
        { ALT: () => { const comma = this.CONSUME(Comma); if (!this.RECORDING_PHASE) this.builder.listComma(comma); } },
        { ALT: () => { this.CONSUME1(Newline); if (!this.RECORDING_PHASE) this.builder.newline(); } },
        { ALT: () => { const stray = this.CONSUME1(Equals); if (!this.RECORDING_PHASE) this.builder.listStray(stray); } },
        { ALT: () => { const stray = this.CONSUME1(PlusEquals); if (!this.RECORDING_PHASE) this.builder.listStray(stray); } },
      ]);
    });
    const close = this.OPTION2(() => this.CONSUME(RBracket));
    if (this.RECORDING_PHASE) return undefined;
    return this.builder.closeList(close, this.unexpectedInsteadOfClose());
  });

  /**
   * The alternatives that make one value: `use` receives the atom (undefined
   * for a rejected token, already reported) and the token; `nested` parses a list.
   */
  private atomAlternatives<T>(use: (value: XlValue | undefined, token: IToken) => T, nested: () => T): IOrAlt<T>[] {
    const builder = this.builder;
    return [
      { ALT: () => { const token = this.CONSUME2(QuotedString); return this.RECORDING_PHASE ? (undefined as T) : use(builder.string(token), token); } },
      { ALT: () => { const token = this.CONSUME2(NumberLiteral); return this.RECORDING_PHASE ? (undefined as T) : use(builder.number(token), token); } },
      { ALT: nested },
      { ALT: () => { const token = this.CONSUME2(Identifier); if (!this.RECORDING_PHASE) builder.bareWord(token); return this.RECORDING_PHASE ? (undefined as T) : use(undefined, token); } },
      // reported by the lexing pass already
      { ALT: () => { const token = this.CONSUME2(Illegal); return this.RECORDING_PHASE ? (undefined as T) : use(undefined, token); } },
      { ALT: () => { const token = this.CONSUME2(UnterminatedString); return this.RECORDING_PHASE ? (undefined as T) : use(undefined, token); } },
    ];
  }

  private valueStartAhead(): boolean {
    const next = this.LA(1).tokenType;
    return next === QuotedString || next === NumberLiteral || next === LBracket || next === Identifier
      || next === Illegal || next === UnterminatedString;
  }

  private unexpectedInsteadOfClose(): IToken {
    const next = this.LA(1);
    return next.tokenType === ListBreak ? this.LA(2) : next;
  }
}
