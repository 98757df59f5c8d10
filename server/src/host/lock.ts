/**
 * A cross-process lock: a lock file created with O_EXCL holding the owner's
 * pid. A lock whose owner process is gone is stale and is broken, under a
 * second "break" lock so that two waiters cannot both break it and then
 * remove each other's fresh lock.
 */
import * as fs from 'fs';
import { randomBytes } from 'crypto';
import * as os from 'os';
import { HostError } from './errors';

export interface LockOptions {
  /** real milliseconds to wait for the lock before giving up */
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
}

/** a lock file without readable content is only stale after this long (its owner may be writing it) */
const UNREADABLE_STALE_MS = 5000;
const BREAK_LOCK_STALE_MS = 10000;

export class FileLock {
  /** tells this lock's file apart from one another store in the same process made */
  private token = '';

  constructor(readonly lockPath: string) {}

  async acquire(options: LockOptions = {}): Promise<void> {
    const deadline = Date.now() + (options.timeoutMs ?? 15000);
    let delay = 1;
    for (;;) {
      if (this.tryAcquire()) return;
      if (options.signal?.aborted) throw new HostError('aborted', 'waiting for the cluster lock: cancelled');
      if (Date.now() > deadline) {
        throw new HostError('lock-timeout', `the cluster is busy: ${this.lockPath} is held by ${this.describeOwner()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 25);
    }
  }

  tryAcquire(): boolean {
    const token = randomBytes(8).toString('hex');
    if (this.create(this.lockPath, token)) { this.token = token; return true; }
    if (this.isStale(this.lockPath, UNREADABLE_STALE_MS)) this.breakStale();
    if (this.create(this.lockPath, token)) { this.token = token; return true; }
    return false;
  }

  release(): void {
    try {
      const owner = readOwner(this.lockPath);
      if (owner && owner.pid === process.pid && owner.token === this.token) fs.unlinkSync(this.lockPath);
    } catch {
      // already gone: nothing to release
    }
    this.token = '';
  }

  private create(file: string, token = ''): boolean {
    let fd: number;
    try {
      fd = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL, 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw new HostError('io', `cannot create lock ${file}: ${(error as Error).message}`);
    }
    try {
      fs.writeSync(fd, JSON.stringify({ pid: process.pid, host: os.hostname(), at: Date.now(), token }));
    } finally {
      fs.closeSync(fd);
    }
    return true;
  }

  private isStale(file: string, unreadableAfterMs: number): boolean {
    const owner = readOwner(file);
    if (owner === null) return false; // gone: no need to break it
    if (owner === undefined) return ageMs(file) > unreadableAfterMs;
    if (owner.host !== os.hostname()) return false; // cannot check a process on another machine
    return !processAlive(owner.pid);
  }

  private breakStale(): void {
    const breakPath = `${this.lockPath}.break`;
    if (!this.create(breakPath)) {
      if (ageMs(breakPath) > BREAK_LOCK_STALE_MS) safeUnlink(breakPath);
      return;
    }
    try {
      // check again under the break lock: someone may have replaced it meanwhile
      if (this.isStale(this.lockPath, UNREADABLE_STALE_MS)) safeUnlink(this.lockPath);
    } finally {
      safeUnlink(breakPath);
    }
  }

  private describeOwner(): string {
    const owner = readOwner(this.lockPath);
    return owner ? `process ${owner.pid} on ${owner.host}` : 'another process';
  }
}

interface LockOwner { pid: number; host: string; at: number; token: string }

/** null: no lock file; undefined: unreadable or half-written content */
function readOwner(file: string): LockOwner | null | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? null : undefined;
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') {
      return { pid: parsed.pid, host: parsed.host, at: Number(parsed.at), token: String(parsed.token ?? '') };
    }
  } catch {
    // fall through
  }
  return undefined;
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ageMs(file: string): number {
  try {
    return Date.now() - fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function safeUnlink(file: string): void {
  try { fs.unlinkSync(file); } catch { /* already gone */ }
}
