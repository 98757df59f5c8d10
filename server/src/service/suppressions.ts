import type { Diagnostic } from 'vscode-languageserver-types';

const DISABLE_COMMENT = /#\s*hvconf-disable\s+([a-z0-9/_-]+(?:[\s,]+[a-z0-9/_-]+)*)/;

/**
 * Reads `# hvconf-disable <code> [<code>...]` comments. A comment alone on its
 * line silences the next line; one after other text silences its own line.
 * Returns, per zero-based line, the codes silenced there.
 */
export function findSuppressions(text: string): Map<number, Set<string>> {
  const silenced = new Map<number, Set<string>>();
  const lines = text.split('\n');
  for (let line = 0; line < lines.length; line++) {
    const content = lines[line];
    const hash = content.indexOf('#');
    if (hash < 0) continue;
    const match = DISABLE_COMMENT.exec(content.slice(hash));
    if (!match) continue;
    const codes = match[1].split(/[\s,]+/).filter((code) => code.length > 0);
    const ownLine = content.slice(0, hash).trim() === '';
    const target = ownLine ? line + 1 : line;
    const set = silenced.get(target) ?? new Set<string>();
    for (const code of codes) set.add(code);
    silenced.set(target, set);
  }
  return silenced;
}

export function dropSuppressed(diagnostics: Diagnostic[], suppressions: Map<number, Set<string>>): Diagnostic[] {
  if (suppressions.size === 0) return diagnostics;
  return diagnostics.filter((diagnostic) => {
    const codes = suppressions.get(diagnostic.range.start.line);
    return !(codes && typeof diagnostic.code === 'string' && codes.has(diagnostic.code));
  });
}
