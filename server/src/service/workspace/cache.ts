import type { Identity } from './identity';

interface Entry {
  readonly stamp: string;
  readonly identities: readonly Identity[];
}

/**
 * Per-file identities, kept until the file changes: a keystroke in one file
 * re-extracts that file only, the rest of the folder is reused. The stamp is
 * whatever identifies a state of the file: a document version, or a hash of
 * the text for files read from disk (`textStamp`).
 */
export class IdentityCache {
  private readonly entries = new Map<string, Entry>();

  get(uri: string, stamp: string, compute: () => readonly Identity[]): readonly Identity[] {
    const hit = this.entries.get(uri);
    if (hit && hit.stamp === stamp) return hit.identities;
    const identities = compute();
    this.entries.set(uri, { stamp, identities });
    return identities;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * A stamp for a text: its length and two independent 32-bit FNV-1a hashes,
 * so an accidental match between two versions of one file is negligible
 * (and costs at most one stale warning until the next edit).
 */
export function textStamp(languageId: string, text: string): string {
  let first = 0x811c9dc5;
  let second = 0x01000193 ^ text.length;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    first = Math.imul(first ^ code, 0x01000193);
    second = Math.imul(second ^ code, 0x5bd1e995) ^ (second >>> 15);
  }
  return `${languageId}:${text.length}:${(first >>> 0).toString(36)}:${(second >>> 0).toString(36)}`;
}
