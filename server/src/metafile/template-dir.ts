import * as fs from 'fs';
import * as path from 'path';
import type { TemplateFile } from './template-layout';

/** Files larger than this are not template config files; reading stops with an error. */
const MAX_FILE_BYTES = 16 * 1024 * 1024;

export class TemplateDirError extends Error {}

/**
 * Writes a template tree below `root` (the template area, e.g. /vz/template).
 * Existing files are kept unless `overwrite` is set, so a second export does
 * not silently replace an installed template.
 */
export function writeTemplateTree(root: string, files: readonly TemplateFile[], options: { overwrite?: boolean } = {}): string[] {
  const targets = files.map((file) => ({ file, target: safeJoin(root, file.relativePath) }));
  if (!options.overwrite) {
    const existing = targets.filter(({ target }) => fs.existsSync(target)).map(({ target }) => target);
    if (existing.length > 0) throw new TemplateDirError(`refusing to overwrite ${existing.length} existing file(s), e.g. ${existing[0]} (use --force)`);
  }
  for (const { file, target } of targets) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, file.content, { mode: file.executable ? 0o755 : 0o644 });
    fs.chmodSync(target, file.executable ? 0o755 : 0o644);
  }
  return targets.map(({ target }) => target);
}

/** Refuses paths that would leave `root` (`..`, absolute paths). */
function safeJoin(root: string, relativePath: string): string {
  const target = path.resolve(root, relativePath);
  const base = path.resolve(root);
  if (target !== base && !target.startsWith(base + path.sep)) throw new TemplateDirError(`${relativePath}: path leaves ${root}`);
  return target;
}

/**
 * Reads every regular file below `dir`. When `dir` lies inside a template
 * area (…/<osname>/<osver>/<osarch>/config/…), paths are given from the
 * template area, so the template's identity can be read from them.
 */
export function readTemplateTree(dir: string): TemplateFile[] {
  const absolute = path.resolve(dir);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(absolute);
  } catch (error) {
    throw new TemplateDirError(`${dir}: ${(error as Error).message}`);
  }
  if (!stat.isDirectory()) throw new TemplateDirError(`${dir}: not a directory`);
  const anchor = templateAreaOf(absolute) ?? absolute;
  const files: TemplateFile[] = [];
  const walk = (folder: string): void => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) files.push(readOne(anchor, full));
    }
  };
  walk(absolute);
  return files.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
}

function readOne(anchor: string, full: string): TemplateFile {
  const stat = fs.statSync(full);
  if (stat.size > MAX_FILE_BYTES) throw new TemplateDirError(`${full}: larger than ${MAX_FILE_BYTES} bytes; not a template file`);
  const relativePath = path.relative(anchor, full).split(path.sep).join('/');
  const executable = (stat.mode & 0o111) !== 0;
  return { relativePath, content: fs.readFileSync(full, 'utf8'), ...(executable ? { executable } : {}) };
}

/** The template area above a path that runs through `<osname>/<osver>/<osarch>/config`. */
function templateAreaOf(absolute: string): string | undefined {
  const segments = absolute.split(path.sep);
  const configIndex = segments.lastIndexOf('config');
  if (configIndex < 4) return undefined;
  return segments.slice(0, configIndex - 3).join(path.sep) || path.sep;
}
