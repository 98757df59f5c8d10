import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** A fresh state directory per test, removed afterwards by the caller. */
export function tempStateDir(prefix = 'hvconf-host-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}
