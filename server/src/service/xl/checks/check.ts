import type { Diagnostic } from 'vscode-languageserver-types';
import type { XlModel } from '../model';

export interface CheckContext {
  readonly model: XlModel;
  /** the document's uri, for related information */
  readonly uri: string;
  report(diagnostic: Diagnostic): void;
}

/** One validation rule. A check that throws is logged and skipped. */
export interface XlCheck {
  readonly name: string;
  /** syntax checks still run on files too large for full validation */
  readonly syntaxLevel?: boolean;
  run(context: CheckContext): void;
}
