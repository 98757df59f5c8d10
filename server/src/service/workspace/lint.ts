import type { Diagnostic } from 'vscode-languageserver-types';
import { defaultSettings, mergeSettings, type ServiceSettings } from '../settings';
import { collectIdentities } from './collect';
import { crossFileDiagnostics } from './cross-file';
import { applyWorkspaceSettings } from './settings';

export interface LintedFile {
  /** a path or a uri; it keys the result and names the file in messages and related information */
  readonly path: string;
  readonly languageId: string;
  readonly text: string;
}

/**
 * The cross-file clashes among the files one `hvconf lint` run checks, by
 * path, with suppression comments and severity settings applied. Files
 * without a clash have no entry.
 */
export function lintWorkspaceClashes(files: readonly LintedFile[], settings?: Partial<ServiceSettings>): Map<string, Diagnostic[]> {
  const effective = mergeSettings(defaultSettings, settings);
  const texts = new Map(files.map((file) => [file.path, file.text]));
  const clashes = crossFileDiagnostics(files.map((file) => ({
    uri: file.path,
    identities: collectIdentities(file.languageId, file.text, { uri: file.path, settings: effective }),
  })));
  const result = new Map<string, Diagnostic[]>();
  for (const [path, diagnostics] of clashes) {
    const kept = applyWorkspaceSettings(diagnostics, texts.get(path) ?? '', effective);
    if (kept.length > 0) result.set(path, kept);
  }
  return result;
}
