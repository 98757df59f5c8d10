/**
 * The cluster state backed by its journal. Every mutation runs as: take the
 * cross-process lock, catch up with records other processes appended, check
 * and plan against the fresh state, append + fsync, apply, release. So the
 * editor and the CLI can act at once without losing or duplicating anything.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_CLUSTER, type ClusterConfig } from './cluster-config';
import { HostError } from './errors';
import { fsyncDirectory, JournalFile, type ReadResult } from './journal';
import { FileLock } from './lock';
import type { GuestChange, JournalRecord, TemplateRecord } from './model';
import { ClusterState } from './state';
import { parseOsTemplateName } from './templates';

export interface StoreOptions {
  readonly stateDir: string;
  /** used when the journal is created; an existing journal keeps its own */
  readonly config?: ClusterConfig;
  readonly lockTimeoutMs?: number;
  readonly now?: () => number;
  /** records that repair what a dead process left half done (run under the lock at open) */
  readonly recover?: (state: ClusterState) => JournalRecord[];
}

export interface MutationPlan<T> {
  readonly records: readonly JournalRecord[];
  readonly result: T;
}

type ChangeListener = (changes: readonly GuestChange[]) => void;

export class ClusterStore {
  readonly notices: string[] = [];
  private readonly listeners = new Set<ChangeListener>();
  private queue: Promise<unknown> = Promise.resolve();
  private journal!: JournalFile;
  private offset = 0;
  private current!: ClusterState;
  private inode = 0;

  private constructor(
    readonly journalPath: string,
    private readonly lock: FileLock,
    private readonly options: StoreOptions,
  ) {}

  static async open(options: StoreOptions): Promise<ClusterStore> {
    const name = options.config?.name ?? DEFAULT_CLUSTER.name;
    fs.mkdirSync(options.stateDir, { recursive: true });
    const journalPath = path.join(options.stateDir, `${name}.journal`);
    const store = new ClusterStore(journalPath, new FileLock(path.join(options.stateDir, `${name}.lock`)), options);
    await store.lock.acquire({ timeoutMs: options.lockTimeoutMs });
    try {
      store.load();
      const repairs = options.recover?.(store.current) ?? [];
      if (repairs.length > 0) {
        store.commit(repairs);
        store.notices.push(`${repairs.length} change(s) rolled back that a stopped process had left half done (an interrupted migration)`);
      }
    } finally {
      store.lock.release();
    }
    return store;
  }

  get state(): ClusterState {
    return this.current;
  }

  get config(): ClusterConfig {
    return this.current.config;
  }

  now(): number {
    return this.options.now?.() ?? Date.now();
  }

  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Runs `plan` against the up-to-date state under the lock and makes its
   * records durable before resolving. A plan that throws writes nothing.
   */
  mutate<T>(plan: (state: ClusterState) => MutationPlan<T>, signal?: AbortSignal): Promise<T> {
    return this.mutateRaw((changes) => {
      const planned = plan(this.current);
      changes.push(...this.commit(planned.records));
      return planned.result;
    }, signal);
  }

  /** Runs `work` under the lock after catching up; serialised within this process. */
  private mutateRaw<T>(work: (changes: GuestChange[]) => T, signal?: AbortSignal): Promise<T> {
    const run = async (): Promise<T> => {
      await this.lock.acquire({ timeoutMs: this.options.lockTimeoutMs, signal });
      let changes: GuestChange[];
      let result: T;
      try {
        changes = this.catchUp(true);
        result = work(changes);
      } finally {
        this.lock.release();
      }
      this.emit(changes);
      return result;
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Picks up records other processes appended, without the lock. */
  refresh(): readonly GuestChange[] {
    const changes = this.catchUp(false);
    this.emit(changes);
    return changes;
  }

  /** Like refresh, but a journal replaced by compaction is reloaded (under the lock). */
  async sync(): Promise<void> {
    if (this.replacedOnDisk()) await this.mutateRaw(() => undefined);
    else this.refresh();
  }

  /** Records written per live object: how much compaction would save. */
  get bloat(): number {
    const live = 1 + this.current.templates.size + this.current.createdStorage.size + this.current.domains.size + this.current.containers.size;
    return this.current.recordCount / live;
  }

  close(): void {
    this.journal.close();
    this.listeners.clear();
  }

  private load(): void {
    const { journal, created } = JournalFile.open(this.journalPath);
    this.journal = journal;
    this.inode = journal.inode();
    this.offset = journal.headerBytes;
    if (created) {
      const config = this.options.config ?? DEFAULT_CLUSTER;
      this.current = new ClusterState(config);
      this.commit([{ t: 'init', config, at: this.now() }, ...initialTemplates(config, this.now())]);
      return;
    }
    let read = journal.readFrom(this.offset);
    if (read.problem?.kind === 'corrupt') read = this.salvage(read);
    else if (read.problem?.kind === 'torn') this.cutTornTail(read);
    const [first, ...rest] = read.payloads as JournalRecord[];
    if (!first || first.t !== 'init') {
      throw new HostError('journal-corrupt', `${this.journalPath}: the first record is not the cluster definition; the file was left untouched`);
    }
    this.current = new ClusterState(first.config);
    this.current.apply(first);
    for (const record of rest) this.current.apply(record);
    this.offset = read.end;
    if (this.options.config && JSON.stringify(this.options.config) !== JSON.stringify(first.config)) {
      this.notices.push(`cluster "${first.config.name}" already has a journal (${this.journalPath}) made from another definition; its hosts are used. Use another cluster name or state directory for the new definition.`);
    }
  }

  /** Moves a corrupt journal aside and starts a new one from the records before the damage. */
  private salvage(read: ReadResult): ReadResult {
    const problem = read.problem!;
    const reason = `bad record at byte ${problem.at}: ${problem.reason}, with intact records after it`;
    const aside = this.journal.moveAside(reason);
    const { journal } = JournalFile.open(this.journalPath);
    this.journal = journal;
    const end = journal.append(read.payloads);
    this.inode = fs.statSync(this.journalPath).ino;
    this.notices.push(
      `journal ${this.journalPath} is corrupt (${reason}). The damaged file was kept as ${aside}; ` +
      `the ${read.payloads.length} record(s) before the damage were carried over and later ones are NOT in the current state.`,
    );
    return { payloads: read.payloads, end };
  }

  private cutTornTail(read: ReadResult): void {
    const problem = read.problem!;
    const size = this.journal.size();
    this.journal.truncate(problem.at);
    this.notices.push(
      `journal ${this.journalPath}: cut a torn last record (${size - problem.at} byte(s) at offset ${problem.at}: ${problem.reason}); ` +
      'the operation being written when a process stopped had not been acknowledged',
    );
  }

  private catchUp(holdingLock: boolean): GuestChange[] {
    if (this.replacedOnDisk()) {
      if (!holdingLock) return [];
      return this.reload();
    }
    const read = this.journal.readFrom(this.offset);
    const changes: GuestChange[] = [];
    for (const record of read.payloads as JournalRecord[]) changes.push(...this.current.apply(record));
    this.offset = read.end;
    if (read.problem && holdingLock) {
      // with the lock held nobody is writing: the damage is real
      if (read.problem.kind === 'torn') this.cutTornTail(read);
      else changes.push(...this.reload()); // load() moves the corrupt file aside and keeps the good prefix
    }
    return changes;
  }

  /** Another process may have compacted the journal, or moved a corrupt one aside. */
  private replacedOnDisk(): boolean {
    try {
      return fs.statSync(this.journalPath).ino !== this.inode;
    } catch {
      return false;
    }
  }

  /** Rebuilds the state from the new file and reports the difference as guest changes. */
  private reload(): GuestChange[] {
    const before = this.current;
    this.journal.close();
    this.load();
    return diffGuests(before, this.current);
  }

  /**
   * Rewrites the journal as one record per live object (a snapshot), then
   * atomically renames it over the old file. Other processes notice the new
   * inode and reload. Returns the number of records dropped.
   */
  compact(): Promise<number> {
    return this.mutateRaw(() => {
      const before = this.current.recordCount;
      const snapshot = snapshotRecords(this.current, this.now());
      const temp = `${this.journalPath}.compact-${process.pid}`;
      fs.rmSync(temp, { force: true });
      const { journal } = JournalFile.open(temp);
      journal.append(snapshot);
      journal.close();
      fs.renameSync(temp, this.journalPath);
      fsyncDirectory(path.dirname(this.journalPath));
      this.journal.close();
      this.load();
      return before - this.current.recordCount;
    });
  }

  private commit(records: readonly JournalRecord[]): GuestChange[] {
    if (records.length === 0) return [];
    this.offset = this.journal.append(records);
    const changes: GuestChange[] = [];
    for (const record of records) changes.push(...this.current.apply(record));
    return changes;
  }

  private emit(changes: readonly GuestChange[]): void {
    if (changes.length === 0) return;
    for (const listener of this.listeners) {
      try { listener(changes); } catch { /* a listener must not break the host */ }
    }
  }
}

function snapshotRecords(state: ClusterState, at: number): JournalRecord[] {
  return [
    { t: 'init', config: state.config, at: state.initAt || at, domidFloor: state.domidFloor() },
    ...[...state.templates.values()].map((template): JournalRecord => ({ t: 'put-template', template })),
    ...[...state.createdStorage.values()].map((item): JournalRecord => ({ t: 'put-storage', item })),
    ...[...state.domains.values()].map((domain): JournalRecord => ({ t: 'put-domain', domain })),
    ...[...state.containers.values()].map((container): JournalRecord => ({ t: 'put-container', container })),
  ];
}

function diffGuests(before: ClusterState, after: ClusterState): GuestChange[] {
  const changes: GuestChange[] = [];
  for (const [id, d] of after.domains) {
    const old = before.domains.get(id);
    if (!old) changes.push({ change: 'added', kind: 'domain', key: id, host: d.host, name: d.name });
    else if (JSON.stringify(old) !== JSON.stringify(d)) changes.push({ change: 'changed', kind: 'domain', key: id, host: d.host, name: d.name });
  }
  for (const [id, d] of before.domains) if (!after.domains.has(id)) changes.push({ change: 'removed', kind: 'domain', key: id, host: d.host, name: d.name });
  for (const [ctid, c] of after.containers) {
    const old = before.containers.get(ctid);
    const key = String(ctid);
    if (!old) changes.push({ change: 'added', kind: 'container', key, host: c.host, name: c.hostname });
    else if (JSON.stringify(old) !== JSON.stringify(c)) changes.push({ change: 'changed', kind: 'container', key, host: c.host, name: c.hostname });
  }
  for (const [ctid, c] of before.containers) if (!after.containers.has(ctid)) changes.push({ change: 'removed', kind: 'container', key: String(ctid), host: c.host, name: c.hostname });
  return changes;
}

function initialTemplates(config: ClusterConfig, at: number): JournalRecord[] {
  const records: JournalRecord[] = [];
  for (const host of config.hosts) {
    for (const name of host.osTemplates ?? []) {
      const parsed = parseOsTemplateName(name);
      const template: TemplateRecord = {
        host: host.name, kind: 'os', name, ...parsed, packages: defaultPackages(parsed.osname),
        cached: true, cachedAt: at, source: 'preinstalled',
      };
      records.push({ t: 'put-template', template });
    }
  }
  return records;
}

function defaultPackages(osname: string): string[] {
  const common = ['bash', 'coreutils', 'openssh-server', 'iproute', 'procps'];
  return osname === 'ubuntu' || osname === 'debian' ? [...common, 'apt', 'ifupdown'] : [...common, 'yum', 'initscripts'];
}
