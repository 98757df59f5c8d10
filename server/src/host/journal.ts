/**
 * An append-only, fsynced journal file. Reading continues from the last known
 * offset, so a process catches up with records other processes appended.
 */
import * as fs from 'fs';
import * as path from 'path';
import { HostError } from './errors';
import { decodeFrames, encodeFrames, JOURNAL_MAGIC, type FrameProblem } from './journal-format';

export interface ReadResult {
  readonly payloads: unknown[];
  readonly end: number;
  readonly problem?: FrameProblem;
}

export class JournalFile {
  private constructor(readonly filePath: string, private fd: number) {}

  /** Opens (creating if needed) the journal. Only call while holding the cluster lock. */
  static open(filePath: string): { journal: JournalFile; created: boolean } {
    fs.mkdirSync(path.dirname(filePath), { recursive: true });
    let created = false;
    let fd: number;
    try {
      fd = fs.openSync(filePath, fs.constants.O_RDWR | fs.constants.O_APPEND);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw ioError(`cannot open journal ${filePath}`, error);
      fd = fs.openSync(filePath, fs.constants.O_RDWR | fs.constants.O_APPEND | fs.constants.O_CREAT | fs.constants.O_EXCL, 0o600);
      fs.writeSync(fd, JOURNAL_MAGIC);
      fs.fsyncSync(fd);
      fsyncDirectory(path.dirname(filePath));
      created = true;
    }
    const journal = new JournalFile(filePath, fd);
    journal.checkMagic();
    return { journal, created };
  }

  get headerBytes(): number {
    return JOURNAL_MAGIC.length;
  }

  inode(): number {
    return fs.fstatSync(this.fd).ino;
  }

  size(): number {
    return fs.fstatSync(this.fd).size;
  }

  /** Reads and decodes every record from `offset` to the current end of file. */
  readFrom(offset: number): ReadResult {
    const size = this.size();
    if (size <= offset) return { payloads: [], end: offset };
    const buffer = Buffer.allocUnsafe(size - offset);
    let read = 0;
    while (read < buffer.length) {
      const n = fs.readSync(this.fd, buffer, read, buffer.length - read, offset + read);
      if (n === 0) break;
      read += n;
    }
    return decodeFrames(buffer.subarray(0, read), offset);
  }

  /** Appends records in one write and waits until they are on disk. */
  append(payloads: readonly unknown[]): number {
    if (payloads.length === 0) return this.size();
    const bytes = encodeFrames(payloads);
    let written = 0;
    while (written < bytes.length) written += fs.writeSync(this.fd, bytes, written, bytes.length - written);
    fs.fsyncSync(this.fd);
    return this.size();
  }

  /** Cuts a torn tail. */
  truncate(at: number): void {
    fs.ftruncateSync(this.fd, at);
    fs.fsyncSync(this.fd);
  }

  /** Renames the file out of the way, keeping it for inspection; returns where it went. */
  moveAside(reason: string): string {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const aside = `${this.filePath}.corrupt-${stamp}`;
    this.close();
    fs.renameSync(this.filePath, aside);
    fs.writeFileSync(`${aside}.reason.txt`, `${reason}\n`);
    fsyncDirectory(path.dirname(this.filePath));
    return aside;
  }

  close(): void {
    if (this.fd >= 0) {
      fs.closeSync(this.fd);
      this.fd = -1;
    }
  }

  private checkMagic(): void {
    const head = Buffer.alloc(JOURNAL_MAGIC.length);
    const n = fs.readSync(this.fd, head, 0, head.length, 0);
    if (n === head.length && head.equals(JOURNAL_MAGIC)) return;
    if (n < head.length && JOURNAL_MAGIC.subarray(0, n).equals(head.subarray(0, n))) {
      // the process that created the file died while writing the header
      this.truncate(0);
      fs.writeSync(this.fd, JOURNAL_MAGIC);
      fs.fsyncSync(this.fd);
      return;
    }
    this.close();
    throw new HostError('journal-corrupt', `${this.filePath} is not an HVConf journal (bad header); it was left untouched`);
  }
}

export function fsyncDirectory(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try { fs.fsyncSync(fd); } finally { fs.closeSync(fd); }
  } catch {
    // some filesystems refuse to fsync a directory; the file itself is synced
  }
}

function ioError(what: string, error: unknown): HostError {
  return new HostError('io', `${what}: ${(error as Error).message}`);
}
