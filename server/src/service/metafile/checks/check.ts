import type { Diagnostic } from 'vscode-languageserver-types';
import type { MetafileModel } from '../model';

export interface MetafileCheckContext {
  readonly model: MetafileModel;
  report(diagnostic: Diagnostic): void;
}

/** One small rule. `syntaxLevel` checks still run on files too large for the rest. */
export interface MetafileCheck {
  readonly name: string;
  readonly syntaxLevel?: boolean;
  run(ctx: MetafileCheckContext): void;
}
