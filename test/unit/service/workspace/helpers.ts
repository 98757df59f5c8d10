import * as path from 'path';
import type { Diagnostic } from 'vscode-languageserver-types';
import '../../../../server/src/service/index';
import type { Identity, IdentityKind } from '../../../../server/src/service/workspace';

/** The repository root, from out/test/unit/service/workspace. */
export const repoRoot = path.resolve(__dirname, '..', '..', '..', '..', '..');
export const clashFixtures = path.join(repoRoot, 'test', 'fixtures', 'workspace-clash');

export function ofKind(identities: readonly Identity[], kind: IdentityKind): Identity[] {
  return identities.filter((identity) => identity.kind === kind);
}

/** The text a range covers, to assert ranges by what they point at. */
export function textAt(text: string, range: Diagnostic['range']): string {
  const lines = text.split('\n');
  if (range.start.line === range.end.line) return lines[range.start.line].slice(range.start.character, range.end.character);
  return [lines[range.start.line].slice(range.start.character), ...lines.slice(range.start.line + 1, range.end.line), lines[range.end.line].slice(0, range.end.character)].join('\n');
}

export function codesOf(diagnostics: readonly Diagnostic[] | undefined): string[] {
  return (diagnostics ?? []).map((diagnostic) => String(diagnostic.code)).sort();
}
