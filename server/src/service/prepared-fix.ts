import type { TextEdit } from 'vscode-languageserver-types';

/** A quick fix prepared when the diagnostic is made, so code actions need no re-analysis. */
export interface PreparedFix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  readonly preferred?: boolean;
}
