import * as fs from 'fs';
import * as path from 'path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { detectLanguage, type LanguageId } from '../service';

export interface LintTarget {
  readonly path: string;
  readonly languageId: LanguageId;
}

export class UsageError extends Error {}

/**
 * Expands files, folders (recursively) and globs into the files to lint. A
 * file named explicitly must be lintable (or `--language` given); files found
 * by walking a folder or a glob are kept only when their language is known.
 */
export function collectTargets(inputs: readonly string[], forcedLanguage: LanguageId | undefined): LintTarget[] {
  const targets: LintTarget[] = [];
  const seen = new Set<string>();
  const add = (file: string, explicit: boolean): void => {
    const resolved = path.resolve(file);
    if (seen.has(resolved)) return;
    const languageId = forcedLanguage ?? detectLanguage(resolved);
    if (!languageId) {
      if (explicit) throw new UsageError(`${file}: cannot tell the language from the file name; pass --language xen-xl|vz-conf|vz-metafile`);
      return;
    }
    seen.add(resolved);
    targets.push({ path: file, languageId });
  };

  for (const input of inputs) {
    if (isDynamicPattern(input)) {
      const matches = globSync(input, { dot: false, onlyFiles: true, ignore: ['**/node_modules/**'] }).sort();
      if (matches.length === 0) throw new UsageError(`${input}: no file matches`);
      for (const match of matches) add(match, false);
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch {
      throw new UsageError(`${input}: no such file or folder`);
    }
    if (stat.isDirectory()) {
      for (const file of walk(input)) add(file, false);
    } else {
      add(input, true);
    }
  }
  return targets;
}

function walk(folder: string): string[] {
  const files: string[] = [];
  const entries = fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) files.push(...walk(full));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}
