import * as path from 'path';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultSettings, mergeSettings, type ServiceSettings } from '../service/settings';
import {
  applyWorkspaceSettings, clashDiagnostics, collectIdentities, groupIdentities, identitiesOfModel,
  identityKey, IdentityCache, textStamp, type FileIdentities, type Occurrence,
} from '../service/workspace';
import {
  defaultScanLimits, findFiles, forEachLimited, indexedLanguage, isIndexedPath, readIndexedFile,
  type ScanLimits,
} from './scan';
import { canonicalUri, pathOfUri, uriOfPath } from './uris';

/** The open documents, as `TextDocuments` holds them. */
export interface OpenDocuments {
  all(): TextDocument[];
  get(uri: string): TextDocument | undefined;
}

export interface WorkspaceIndexOptions {
  readonly documents: OpenDocuments;
  /** the language service's cached model of an open document, so it is not parsed twice */
  readonly modelOf?: (document: TextDocument) => unknown;
  /** asks the server to validate and publish an open document again */
  readonly republish: (uri: string) => void;
  readonly log?: (message: string) => void;
  readonly limits?: Partial<ScanLimits>;
}

/** A file as read from disk: only its identities are kept, not its text. */
interface OpenState {
  /** versions of the open documents this state was built from */
  readonly stamp: string;
  readonly files: ReadonlyArray<FileIdentities & { readonly key: string }>;
  /** canonical uris of the open documents */
  readonly keys: ReadonlySet<string>;
  readonly groups: Map<string, Occurrence[]>;
}

interface DiskFile {
  readonly uri: string;
  readonly identities: FileIdentities['identities'];
}

/**
 * The HVConf files of the open folders and the clashes between them. Disk
 * files are read once and again only when the watcher reports a change;
 * an open document's live text takes precedence over its file. When one
 * file changes, every other open document whose cross-file diagnostics
 * change is handed to `republish`.
 */
export class WorkspaceIndex {
  private roots: string[] = [];
  private disk = new Map<string, DiskFile>();
  /** while the folders are read again, the map being filled (it replaces `disk` when complete) */
  private rescanning: Map<string, DiskFile> | undefined;
  private readonly cache = new IdentityCache();
  private settings: ServiceSettings = defaultSettings;
  private readonly limits: ScanLimits;
  private readonly log: (message: string) => void;
  /** what `diagnosticsFor` last answered per open document (canonical uri), to republish only real changes */
  private readonly answered = new Map<string, string>();
  private diskGeneration = 0;
  private diskMemo: { generation: number; groups: Map<string, Occurrence[]> } | undefined;
  private openMemo: OpenState | undefined;
  private checkedKey = '';
  private checkScheduled = false;
  private pending = new Set<Promise<void>>();
  private scanToken = 0;

  constructor(private readonly options: WorkspaceIndexOptions) {
    this.limits = { ...defaultScanLimits, ...options.limits };
    this.log = options.log ?? (() => undefined);
  }

  /**
   * Replaces the indexed folders and reads them again. The previous files
   * stay in use until the new reading is complete, so open documents do not
   * lose and regain their warnings meanwhile.
   */
  setRoots(roots: readonly string[]): Promise<void> {
    this.roots = [...new Set(roots.map((root) => path.resolve(root)))];
    const token = ++this.scanToken;
    const fresh = new Map<string, DiskFile>();
    this.rescanning = fresh;
    const scans = Promise.all(this.roots.map((root) => this.scanFolder(root, token, [fresh])));
    return this.track(scans.then(() => {
      if (token !== this.scanToken) return;
      this.disk = fresh;
      this.rescanning = undefined;
      this.changed();
    }));
  }

  addRoots(roots: readonly string[]): Promise<void> {
    const added = roots.map((root) => path.resolve(root)).filter((root) => !this.roots.includes(root));
    this.roots.push(...added);
    const token = this.scanToken;
    return this.track(Promise.all(added.map((root) => this.scanFolder(root, token, this.liveMaps()))).then(() => {
      if (token === this.scanToken) this.changed();
    }));
  }

  removeRoots(roots: readonly string[]): void {
    const removed = new Set(roots.map((root) => path.resolve(root)));
    this.roots = this.roots.filter((root) => !removed.has(root));
    this.dropFiles((filePath) => !this.roots.some((root) => isIndexedPath(root, filePath)));
    this.changed();
  }

  get folders(): readonly string[] {
    return this.roots;
  }

  updateSettings(patch: Partial<ServiceSettings>): void {
    const before = this.settings;
    this.settings = mergeSettings(this.settings, patch);
    this.cache.clear();
    this.openMemo = undefined;
    // the dialect and the size limit change how files are read, so their identities; severities do not
    if (before.vzDialect !== this.settings.vzDialect || before.maxValidatedChars !== this.settings.maxValidatedChars) {
      void this.setRoots(this.roots);
    } else {
      this.changed();
    }
  }

  /** The cross-file diagnostics of an open document, settings and suppressions applied. */
  diagnosticsFor(document: TextDocument): Diagnostic[] {
    const result = applyWorkspaceSettings(this.clashesOf(document), document.getText(), this.settings);
    this.answered.set(canonicalUri(document.uri), JSON.stringify(result));
    this.scheduleCheck();
    return result;
  }

  /** A watched file was created or changed on disk (or a folder appeared). */
  fileChanged(uri: string): Promise<void> {
    const filePath = pathOfUri(uri);
    if (filePath === undefined) return Promise.resolve();
    return this.track(this.refreshPath(filePath));
  }

  /** A watched file or folder was deleted. */
  fileDeleted(uri: string): void {
    const filePath = pathOfUri(uri);
    if (filePath === undefined) return;
    const prefix = filePath.endsWith(path.sep) ? filePath : filePath + path.sep;
    if (this.dropFiles((candidate) => candidate === filePath || candidate.startsWith(prefix))) this.changed();
  }

  /** Forgets the disk files whose path matches, in the files in use and in a reading under way. */
  private dropFiles(matches: (filePath: string) => boolean): boolean {
    let removed = false;
    for (const map of this.liveMaps()) {
      for (const [key, file] of map) {
        const filePath = pathOfUri(file.uri);
        if (filePath !== undefined && !matches(filePath)) continue;
        map.delete(key);
        this.cache.delete(key);
        removed = true;
      }
    }
    return removed;
  }

  /** The client closed a document: its file on disk (if any) counts again, read afresh. */
  documentClosed(uri: string): Promise<void> {
    const key = canonicalUri(uri);
    this.answered.delete(key);
    this.changed();
    const filePath = pathOfUri(uri);
    if (filePath === undefined || !this.disk.has(key)) return Promise.resolve();
    return this.track(this.refreshPath(filePath));
  }

  /** Resolves when every scan and read started so far has finished (for tests and benches). */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  /** Files of the folders currently held from disk (open documents not counted). */
  get diskFileCount(): number {
    return this.disk.size;
  }

  private async scanFolder(root: string, token: number, targets: ReadonlyArray<Map<string, DiskFile>>): Promise<void> {
    const result = await findFiles(root, this.limits, () => token !== this.scanToken);
    if (token !== this.scanToken) return;
    if (result.truncated && result.truncated !== 'cancelled') this.log(`hvconf: workspace index: ${result.truncated}; the rest is not checked across files`);
    await forEachLimited(result.files, 16, async (file) => {
      if (token === this.scanToken) await this.readInto(file.path, file.languageId, targets);
    });
  }

  private async refreshPath(filePath: string): Promise<void> {
    const root = this.roots.find((candidate) => isIndexedPath(candidate, filePath));
    if (root === undefined) return;
    const languageId = indexedLanguage(filePath);
    if (languageId === undefined) {
      // maybe a folder that appeared (moved or copied in): index what it holds
      const result = await findFiles(filePath, { ...this.limits, maxFiles: Math.max(0, this.limits.maxFiles - this.disk.size) });
      await forEachLimited(result.files, 16, (file) => this.readInto(file.path, file.languageId, this.liveMaps()));
    } else {
      await this.readInto(filePath, languageId, this.liveMaps());
    }
    this.changed();
  }

  /** Where a change reported now must go: the files in use, and the reading under way if any. */
  private liveMaps(): Array<Map<string, DiskFile>> {
    return this.rescanning ? [this.disk, this.rescanning] : [this.disk];
  }

  private async readInto(filePath: string, languageId: string, targets: ReadonlyArray<Map<string, DiskFile>>): Promise<void> {
    const uri = uriOfPath(filePath);
    const key = canonicalUri(uri);
    const read = await readIndexedFile(filePath, this.limits);
    if (read.kind !== 'text') {
      if (read.kind === 'skipped') this.log(`hvconf: workspace index: skipped ${read.reason}`);
      for (const target of targets) target.delete(key);
      return;
    }
    // the folder may have been removed while the file was being read
    if (!this.roots.some((root) => isIndexedPath(root, filePath))) return;
    const identities = this.cache.get(key, textStamp(languageId, read.text), () => collectIdentities(languageId, read.text, { uri, settings: this.settings, logError: this.log }));
    for (const target of targets) {
      if (target.has(key) || target.size < this.limits.maxFiles) target.set(key, { uri, identities });
    }
  }

  /**
   * The clashes of one open document. The disk files are grouped once per
   * change on disk; a keystroke only re-reads the edited document and looks
   * its identities up, so its cost does not grow with the folder.
   */
  private clashesOf(document: TextDocument): Diagnostic[] {
    const open = this.openState();
    const own = canonicalUri(document.uri);
    const file = open.files.find((candidate) => candidate.key === own);
    if (!file) return [];
    const disk = this.diskGroups();
    return clashDiagnostics(file, (identity) => {
      const key = identityKey(identity);
      // disk uris are canonical; an open document's file on disk is replaced by its live text
      const fromDisk = (disk.get(key) ?? []).filter((other) => other.uri !== own && !open.keys.has(other.uri));
      const fromOpen = (open.groups.get(key) ?? []).filter((other) => other.uri !== document.uri);
      return [...fromDisk, ...fromOpen];
    });
  }

  private diskGroups(): Map<string, Occurrence[]> {
    if (this.diskMemo?.generation !== this.diskGeneration) {
      this.diskMemo = { generation: this.diskGeneration, groups: groupIdentities([...this.disk.values()]) };
    }
    return this.diskMemo.groups;
  }

  /** The open xl and container documents with their identities, recomputed when one of them changed. */
  private openState(): OpenState {
    const documents = this.options.documents.all().filter((document) => document.languageId === 'xen-xl' || document.languageId === 'vz-conf');
    const stamp = documents.map((document) => `${document.uri}@${document.version}:${document.languageId}`).join('|');
    if (this.openMemo?.stamp === stamp) return this.openMemo;
    const files = documents.map((document) => {
      const key = canonicalUri(document.uri);
      const identities = this.cache.get(key, `open:${document.languageId}:${document.version}`, () => this.identitiesOfOpen(document));
      return { key, uri: document.uri, identities };
    });
    this.openMemo = { stamp, files, keys: new Set(files.map((file) => file.key)), groups: groupIdentities(files) };
    return this.openMemo;
  }

  private identitiesOfOpen(document: TextDocument): FileIdentities['identities'] {
    const model = this.options.modelOf?.(document);
    if (model !== undefined) return identitiesOfModel(document.languageId, model, document.uri, this.log);
    return collectIdentities(document.languageId, document.getText(), { uri: document.uri, settings: this.settings, logError: this.log });
  }

  private changed(): void {
    this.diskGeneration++;
    this.scheduleCheck();
  }

  /**
   * After any change, on the next turn: every open document whose answer
   * would differ from the last one is republished. A republished document
   * asks `diagnosticsFor` again, which records the new answer, so this settles.
   */
  private scheduleCheck(): void {
    if (this.checkScheduled) return;
    this.checkScheduled = true;
    setImmediate(() => {
      this.checkScheduled = false;
      const key = `${this.diskGeneration}|${this.openState().stamp}`;
      if (key === this.checkedKey) return;
      this.checkedKey = key;
      for (const document of this.options.documents.all()) {
        const canonical = canonicalUri(document.uri);
        const now = JSON.stringify(applyWorkspaceSettings(this.clashesOf(document), document.getText(), this.settings));
        const before = this.answered.get(canonical) ?? '[]';
        if (now !== before) this.options.republish(document.uri);
      }
    });
  }

  private track(work: Promise<void>): Promise<void> {
    const guarded = work.catch((error: unknown) => this.log(`hvconf: workspace index failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`));
    this.pending.add(guarded);
    void guarded.finally(() => this.pending.delete(guarded));
    return guarded;
  }
}
