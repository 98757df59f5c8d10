import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span } from '../../../vz/ast';
import type { Severity } from '../../../schema/types';
import type { VzCode } from '../codes';
import type { VzFileKind } from '../file-kind';
import type { VzModel } from '../model';

export interface Finding {
  readonly code: VzCode;
  readonly span: Span;
  readonly message: string;
  /** overrides the code's default severity (e.g. a vzcfgvalidate recommendation) */
  readonly severity?: Severity;
  /** for quick fixes */
  readonly data?: Readonly<Record<string, unknown>>;
  /** 1 = unnecessary (faded), 2 = deprecated (struck through) */
  readonly tags?: readonly (1 | 2)[];
  /** other places that explain the finding, e.g. the first of two duplicate lines */
  readonly related?: readonly { readonly span: Span; readonly message: string }[];
}

export interface VzCheckContext {
  readonly model: VzModel;
  readonly document: TextDocument;
  readonly fileKind: VzFileKind;
  report(finding: Finding): void;
}

/** One small rule; the registry runs each in a guard so one crash never hides the others. */
export interface VzCheck {
  readonly name: string;
  run(ctx: VzCheckContext): void;
}
