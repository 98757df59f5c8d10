import { promises as fs } from 'fs';
import * as path from 'path';
import { detectLanguage } from '../service/detect-language';
import type { LanguageId } from '../service/language';

export interface ScanLimits {
  /** HVConf files indexed, all folders together (a folder's scan also stops there, with a message) */
  readonly maxFiles: number;
  /** directory entries looked at per folder, so a huge tree cannot keep the scan busy forever */
  readonly maxEntries: number;
  /** larger files are not read (no guest config is anywhere near this) */
  readonly maxFileBytes: number;
}

export const defaultScanLimits: ScanLimits = { maxFiles: 5000, maxEntries: 200_000, maxFileBytes: 1024 * 1024 };

/** Only these languages have identities worth comparing across files. */
const INDEXED: ReadonlySet<LanguageId> = new Set<LanguageId>(['xen-xl', 'vz-conf']);

export interface FoundFile {
  readonly path: string;
  readonly languageId: LanguageId;
}

export interface ScanResult {
  readonly files: FoundFile[];
  /** why the scan stopped early, when it did */
  readonly truncated?: string;
}

/** node_modules and dot-folders (.git, .vscode, …) never hold guest configs worth indexing. */
export function isSkippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/** The language a file is indexed as, or undefined when the index ignores it. */
export function indexedLanguage(filePath: string): LanguageId | undefined {
  const languageId = detectLanguage(filePath);
  return languageId !== undefined && INDEXED.has(languageId) ? languageId : undefined;
}

/** True when `filePath` lies inside `root` and no folder between them is skipped. */
export function isIndexedPath(root: string, filePath: string): boolean {
  const relative = path.relative(root, filePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false;
  const folders = relative.split(path.sep).slice(0, -1);
  return !folders.some(isSkippedFolder);
}

/**
 * Walks a folder breadth-first for the files the index reads. Symbolic links
 * to files are followed (Virtuozzo 7 links /etc/vz/conf/<CTID>.conf to the
 * container's ve.conf); links to folders are not, so a loop cannot trap the
 * walk. Unreadable folders are skipped.
 */
export async function findFiles(root: string, limits: ScanLimits = defaultScanLimits, isCancelled: () => boolean = () => false): Promise<ScanResult> {
  const files: FoundFile[] = [];
  const queue = [root];
  let entriesSeen = 0;
  while (queue.length > 0) {
    if (isCancelled()) return { files, truncated: 'cancelled' };
    const folder = queue.shift() as string;
    let entries;
    try {
      entries = await fs.readdir(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (++entriesSeen > limits.maxEntries) return { files, truncated: `more than ${limits.maxEntries} entries under ${root}` };
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!isSkippedFolder(entry.name)) queue.push(full);
        continue;
      }
      const languageId = indexedLanguage(full);
      if (!languageId) continue;
      if (!entry.isFile() && !(entry.isSymbolicLink() && (await isFile(full)))) continue;
      if (files.length >= limits.maxFiles) return { files, truncated: `more than ${limits.maxFiles} HVConf files under ${root}` };
      files.push({ path: full, languageId });
    }
  }
  return { files };
}

async function isFile(filePath: string): Promise<boolean> {
  try {
    return (await fs.stat(filePath)).isFile();
  } catch {
    return false;
  }
}

export type ReadResult =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'missing' }
  | { readonly kind: 'skipped'; readonly reason: string };

/** Reads one file as UTF-8, refusing ones over the size limit. */
export async function readIndexedFile(filePath: string, limits: ScanLimits = defaultScanLimits): Promise<ReadResult> {
  try {
    const stat = await fs.stat(filePath);
    if (!stat.isFile()) return { kind: 'missing' };
    if (stat.size > limits.maxFileBytes) return { kind: 'skipped', reason: `${filePath} is larger than ${limits.maxFileBytes} bytes` };
    return { kind: 'text', text: await fs.readFile(filePath, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    return { kind: 'skipped', reason: `${filePath}: ${(error as Error).message}` };
  }
}

/** Runs `work` over `items` with at most `width` at a time, so a large folder cannot exhaust file handles. */
export async function forEachLimited<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
}
