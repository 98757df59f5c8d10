import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { repoRoot, startServer, type LspSession } from '../support/lsp-client';

const NAME_CLASH = 'xl/duplicate-name-in-workspace';
const fixtures = path.join(repoRoot, 'test', 'fixtures', 'workspace-clash');

/** Publications for one uri, so a test can wait for the one it expects. */
class DiagnosticsLog {
  private readonly seen = new Map<string, Diagnostic[][]>();
  private readonly listeners = new Set<() => void>();

  record(uri: string, diagnostics: Diagnostic[]): void {
    const list = this.seen.get(uri) ?? [];
    list.push(diagnostics);
    this.seen.set(uri, list);
    for (const listener of this.listeners) listener();
  }

  /** Resolves with the first publication for `uri`, from index `from` on, that satisfies `accept`. */
  waitFor(uri: string, accept: (diagnostics: Diagnostic[]) => boolean, from = 0, timeoutMs = 10000): Promise<Diagnostic[]> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const match = (this.seen.get(uri) ?? []).slice(from).find(accept);
        if (match) {
          this.listeners.delete(onPublish);
          clearTimeout(timer);
          resolve(match);
        }
        return match !== undefined;
      };
      const onPublish = (): void => { check(); };
      const timer = setTimeout(() => {
        this.listeners.delete(onPublish);
        reject(new Error(`no matching diagnostics for ${uri}; published: ${JSON.stringify(this.seen.get(uri) ?? [])}`));
      }, timeoutMs);
      this.listeners.add(onPublish);
      check();
    });
  }

  count(uri: string): number {
    return this.seen.get(uri)?.length ?? 0;
  }
}

const hasNameClash = (diagnostics: Diagnostic[]): boolean => diagnostics.some((diagnostic) => diagnostic.code === NAME_CLASH);

function copyFixtures(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hvconf-lsp-ws-'));
  fs.cpSync(fixtures, root, { recursive: true });
  return root;
}

/** What an editor that opened the folder announces: file watching and workspace folders. */
const folderCapabilities = { workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true } };

describe('language server over stdio: cross-file checks', function () {
  this.timeout(20000);

  describe('with the folder as the workspace root', () => {
    let root: string;
    let server: LspSession;
    const log = new DiagnosticsLog();

    before(async () => {
      root = copyFixtures();
      server = await startServer(undefined, {}, { rootUri: pathToFileURL(root).href, capabilities: folderCapabilities });
      server.onDiagnostics((uri, diagnostics) => log.record(uri, diagnostics));
    });
    after(async () => {
      await server.close();
      fs.rmSync(root, { recursive: true, force: true });
    });

    it('warns on an opened config whose domain name another file on disk uses, with related information', async () => {
      const uri = pathToFileURL(path.join(root, 'xen', 'web1.cfg')).href;
      const text = fs.readFileSync(path.join(root, 'xen', 'web1.cfg'), 'utf8');
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'xen-xl', version: 1, text } });
      const diagnostics = await log.waitFor(uri, hasNameClash);
      const clash = diagnostics.find((diagnostic) => diagnostic.code === NAME_CLASH);
      assert.ok(clash);
      assert.deepStrictEqual(clash.range, { start: { line: 1, character: 8 }, end: { line: 1, character: 11 } });
      assert.strictEqual(clash.relatedInformation?.[0].location.uri, pathToFileURL(path.join(root, 'xen', 'web2.cfg')).href);
      // the single-file diagnostics are still there alongside: the fixture is valid, so only workspace codes
      assert.ok(diagnostics.every((diagnostic) => String(diagnostic.code).endsWith('-in-workspace')), JSON.stringify(diagnostics));
    });

    it('asks a client that allows it to watch the config files and to report folder changes', () => {
      const watch = server.registrations.find((registration) => registration.method === 'workspace/didChangeWatchedFiles');
      assert.ok(watch, JSON.stringify(server.registrations));
      const globs = watch.registerOptions?.watchers?.map((watcher) => watcher.globPattern) ?? [];
      assert.ok(globs.includes('**/*.cfg') && globs.includes('**/*.conf'), JSON.stringify(globs));
      assert.ok(server.registrations.some((registration) => registration.method === 'workspace/didChangeWorkspaceFolders'), JSON.stringify(server.registrations));
    });

    it('drops the warning when the other file is renamed on disk and the watcher reports it', async () => {
      const uri = pathToFileURL(path.join(root, 'xen', 'web1.cfg')).href;
      const otherPath = path.join(root, 'xen', 'web2.cfg');
      const before = log.count(uri);
      fs.writeFileSync(otherPath, fs.readFileSync(otherPath, 'utf8').replace('name = "web"', 'name = "web2"'));
      await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(otherPath).href, type: 2 }] });
      const diagnostics = await log.waitFor(uri, (published) => !hasNameClash(published), before);
      assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'xl/duplicate-mac-in-workspace'), 'the MAC still clashes');
    });
  });

  describe('with a folder added after start (workspace/didChangeWorkspaceFolders)', () => {
    let root: string;
    let session: LspSession;

    before(async () => {
      root = copyFixtures();
      session = await startServer();
    });
    after(async () => {
      await session.close();
      fs.rmSync(root, { recursive: true, force: true });
    });

    it('checks an open container config against the added folder, and forgets it when removed', async () => {
      const uri = pathToFileURL(path.join(root, 'vz', 'conf', '102.conf')).href;
      const text = fs.readFileSync(path.join(root, 'vz', 'conf', '102.conf'), 'utf8');
      const opened = session.nextDiagnostics(uri, 1);
      await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'vz-conf', version: 1, text } });
      assert.deepStrictEqual((await opened).filter((d) => String(d.code).endsWith('-in-workspace')), [], 'no folder yet: no clash');

      const folder = { uri: pathToFileURL(root).href, name: 'clash' };
      const added = session.nextDiagnostics(uri);
      await session.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [folder], removed: [] } });
      const withFolder = await added;
      const ip = withFolder.find((d) => d.code === 'vz/duplicate-ip-in-workspace');
      assert.ok(ip, JSON.stringify(withFolder));
      assert.deepStrictEqual(ip.range, { start: { line: 1, character: 21 }, end: { line: 1, character: 29 } });

      const removed = session.nextDiagnostics(uri);
      await session.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [folder] } });
      assert.deepStrictEqual((await removed).filter((d) => String(d.code).endsWith('-in-workspace')), []);
    });
  });
});
