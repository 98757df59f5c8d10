import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { WorkspaceIndex } from '../../../../server/src/workspace-index/workspace-index';
import { findFiles, isIndexedPath } from '../../../../server/src/workspace-index/scan';
import { rootsOf } from '../../../../server/src/workspace-index/uris';
import { clashFixtures, codesOf } from './helpers';

/** The open documents of a fake client. */
class Documents {
  private readonly open = new Map<string, TextDocument>();
  all(): TextDocument[] { return [...this.open.values()]; }
  get(uri: string): TextDocument | undefined { return this.open.get(uri); }
  set(uri: string, languageId: string, text: string): TextDocument {
    const document = TextDocument.create(uri, languageId, (this.open.get(uri)?.version ?? 0) + 1, text);
    this.open.set(uri, document);
    return document;
  }
  close(uri: string): void { this.open.delete(uri); }
}

/** Waits for the index's next-turn check (it runs on setImmediate). */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('WorkspaceIndex (server side of the cross-file checks)', () => {
  let root: string;
  let documents: Documents;
  let republished: string[];
  let index: WorkspaceIndex;
  const uriOf = (relative: string): string => pathToFileURL(path.join(root, relative)).href;

  beforeEach(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'hvconf-ws-'));
    fs.cpSync(clashFixtures, root, { recursive: true });
    // clashing copies in folders the index must skip
    fs.mkdirSync(path.join(root, 'node_modules', 'xen'), { recursive: true });
    fs.writeFileSync(path.join(root, 'node_modules', 'xen', 'db.cfg'), 'name = "db"\n');
    documents = new Documents();
    republished = [];
    index = new WorkspaceIndex({ documents, republish: (uri) => republished.push(uri) });
    await index.setRoots([root]);
    await index.idle();
  });

  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('indexes the folder, skipping node_modules and dot-folders', async () => {
    assert.strictEqual(index.diskFileCount, 6);
    const db = documents.set(uriOf('xen/db.cfg'), 'xen-xl', fs.readFileSync(path.join(root, 'xen/db.cfg'), 'utf8'));
    assert.deepStrictEqual(index.diagnosticsFor(db), []);
  });

  it('answers an open document with the clashes against files on disk', () => {
    const web1 = documents.set(uriOf('xen/web1.cfg'), 'xen-xl', fs.readFileSync(path.join(root, 'xen/web1.cfg'), 'utf8'));
    const diagnostics = index.diagnosticsFor(web1);
    assert.deepStrictEqual(codesOf(diagnostics), ['xl/duplicate-mac-in-workspace', 'xl/duplicate-name-in-workspace', 'xl/duplicate-uuid-in-workspace']);
    const name = diagnostics.find((diagnostic) => diagnostic.code === 'xl/duplicate-name-in-workspace');
    assert.strictEqual(name?.relatedInformation?.[0].location.uri, uriOf('xen/web2.cfg'));
  });

  it('lets the live text of an open document win over its file, and republishes the other open document', async () => {
    const web1 = documents.set(uriOf('xen/web1.cfg'), 'xen-xl', fs.readFileSync(path.join(root, 'xen/web1.cfg'), 'utf8'));
    const web2Text = fs.readFileSync(path.join(root, 'xen/web2.cfg'), 'utf8');
    let web2 = documents.set(uriOf('xen/web2.cfg'), 'xen-xl', web2Text);
    assert.ok(codesOf(index.diagnosticsFor(web1)).includes('xl/duplicate-name-in-workspace'));
    assert.ok(codesOf(index.diagnosticsFor(web2)).includes('xl/duplicate-name-in-workspace'));
    await nextTurn();
    republished = [];

    // rename the domain in the unsaved buffer only
    web2 = documents.set(web2.uri, 'xen-xl', web2Text.replace('name = "web"', 'name = "web2"'));
    assert.ok(!codesOf(index.diagnosticsFor(web2)).includes('xl/duplicate-name-in-workspace'));
    await nextTurn();
    assert.deepStrictEqual(republished, [web1.uri]);
    assert.ok(!codesOf(index.diagnosticsFor(web1)).includes('xl/duplicate-name-in-workspace'));
    await nextTurn();
    assert.deepStrictEqual(republished, [web1.uri], 'a settled index republishes nothing more');
  });

  it('follows changes on disk reported by the watcher, and deletions', async () => {
    const web1 = documents.set(uriOf('xen/web1.cfg'), 'xen-xl', fs.readFileSync(path.join(root, 'xen/web1.cfg'), 'utf8'));
    index.diagnosticsFor(web1);
    await nextTurn();
    republished = [];

    fs.writeFileSync(path.join(root, 'xen/web2.cfg'), 'name = "renamed"\nvif = [ "mac=00:16:3e:00:00:01" ]\n');
    await index.fileChanged(uriOf('xen/web2.cfg'));
    await nextTurn();
    assert.deepStrictEqual(republished, [web1.uri]);
    assert.deepStrictEqual(codesOf(index.diagnosticsFor(web1)), ['xl/duplicate-mac-in-workspace']);

    fs.rmSync(path.join(root, 'xen/web2.cfg'));
    index.fileDeleted(uriOf('xen/web2.cfg'));
    assert.deepStrictEqual(index.diagnosticsFor(web1), []);
  });

  it('picks up a file created in the folder but ignores one in a skipped folder', async () => {
    const db = documents.set(uriOf('xen/db.cfg'), 'xen-xl', fs.readFileSync(path.join(root, 'xen/db.cfg'), 'utf8'));
    assert.deepStrictEqual(index.diagnosticsFor(db), []);
    fs.writeFileSync(path.join(root, 'node_modules', 'xen', 'db2.cfg'), 'name = "db"\n');
    await index.fileChanged(uriOf('node_modules/xen/db2.cfg'));
    assert.deepStrictEqual(index.diagnosticsFor(db), []);
    fs.writeFileSync(path.join(root, 'xen', 'db-copy.cfg'), 'name = "db"\n');
    await index.fileChanged(uriOf('xen/db-copy.cfg'));
    assert.deepStrictEqual(codesOf(index.diagnosticsFor(db)), ['xl/duplicate-name-in-workspace']);
  });

  it('reads a closed document back from disk, dropping unsaved text', async () => {
    const web2 = documents.set(uriOf('xen/web2.cfg'), 'xen-xl', 'name = "unsaved"\n');
    const web1 = documents.set(uriOf('xen/web1.cfg'), 'xen-xl', fs.readFileSync(path.join(root, 'xen/web1.cfg'), 'utf8'));
    assert.ok(!codesOf(index.diagnosticsFor(web1)).includes('xl/duplicate-name-in-workspace'));
    documents.close(web2.uri);
    await index.documentClosed(web2.uri);
    assert.ok(codesOf(index.diagnosticsFor(web1)).includes('xl/duplicate-name-in-workspace'));
  });

  it('applies severity settings and disable comments of the open document', () => {
    const web1 = documents.set(uriOf('xen/web1.cfg'), 'xen-xl', fs.readFileSync(path.join(root, 'xen/web1.cfg'), 'utf8').replace('uuid =', '# hvconf-disable xl/duplicate-uuid-in-workspace\nuuid ='));
    assert.deepStrictEqual(codesOf(index.diagnosticsFor(web1)), ['xl/duplicate-mac-in-workspace', 'xl/duplicate-name-in-workspace']);
    index.updateSettings({ severity: { 'xl/duplicate-mac-in-workspace': 'off' } });
    assert.deepStrictEqual(codesOf(index.diagnosticsFor(web1)), ['xl/duplicate-name-in-workspace']);
    index.updateSettings({ validation: false });
    assert.deepStrictEqual(index.diagnosticsFor(web1), []);
  });

  it('keeps its files while a dialect change makes it read the folders again', async () => {
    const ct = documents.set(uriOf('vz/conf/102.conf'), 'vz-conf', fs.readFileSync(path.join(root, 'vz/conf/102.conf'), 'utf8'));
    assert.deepStrictEqual(codesOf(index.diagnosticsFor(ct)), ['vz/duplicate-ip-in-workspace']);
    index.updateSettings({ vzDialect: 'vz7' });
    assert.deepStrictEqual(codesOf(index.diagnosticsFor(ct)), ['vz/duplicate-ip-in-workspace'], 'during the new reading');
    await index.idle();
    assert.deepStrictEqual(codesOf(index.diagnosticsFor(ct)), ['vz/duplicate-ip-in-workspace'], 'after it');
    assert.strictEqual(index.diskFileCount, 6);
  });

  it('holds no more files than the cap, all folders together', async () => {
    const capped = new WorkspaceIndex({ documents, republish: () => undefined, limits: { maxFiles: 4 } });
    await capped.setRoots([root, path.join(root, 'xen')]);
    assert.strictEqual(capped.diskFileCount, 4);
  });

  it('drops the files of a removed folder', async () => {
    index.removeRoots([root]);
    assert.strictEqual(index.diskFileCount, 0);
    await index.addRoots([root]);
    assert.strictEqual(index.diskFileCount, 6);
  });
});

describe('workspace scan', () => {
  it('stops at the file cap and says so', async () => {
    const result = await findFiles(clashFixtures, { maxFiles: 2, maxEntries: 1000, maxFileBytes: 1 << 20 });
    assert.strictEqual(result.files.length, 2);
    assert.match(result.truncated ?? '', /more than 2 HVConf files/);
  });

  it('finds only xl and container configs, never in dot-folders', async () => {
    const result = await findFiles(clashFixtures);
    const relative = result.files.map((file) => path.relative(clashFixtures, file.path).split(path.sep).join('/')).sort();
    assert.deepStrictEqual(relative, ['node2/vz/conf/101.conf', 'vz/conf/101.conf', 'vz/conf/102.conf', 'xen/db.cfg', 'xen/web1.cfg', 'xen/web2.cfg']);
    assert.strictEqual(result.truncated, undefined);
  });

  it('tells paths inside the folder from skipped and outside ones', () => {
    assert.strictEqual(isIndexedPath('/ws', '/ws/xen/a.cfg'), true);
    assert.strictEqual(isIndexedPath('/ws', '/ws/.git/xen/a.cfg'), false);
    assert.strictEqual(isIndexedPath('/ws', '/ws/a/node_modules/xen/a.cfg'), false);
    assert.strictEqual(isIndexedPath('/ws', '/other/xen/a.cfg'), false);
  });

  it('reads the folders of an initialize request', () => {
    assert.deepStrictEqual(rootsOf({ workspaceFolders: [{ uri: 'file:///a' }, { uri: 'file:///b' }], rootUri: 'file:///c' }), ['/a', '/b']);
    assert.deepStrictEqual(rootsOf({ workspaceFolders: null, rootUri: 'file:///c' }), ['/c']);
    assert.deepStrictEqual(rootsOf({ rootUri: null, rootPath: '/d' }), ['/d']);
    assert.deepStrictEqual(rootsOf({ rootUri: null }), []);
  });
});
