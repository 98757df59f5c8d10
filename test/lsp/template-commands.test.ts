import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot, startServer, type LspSession } from '../support/lsp-client';

interface ExportAnswer { ok: boolean; directory: string; files: Array<{ relativePath: string; content: string }>; rpmOnly: string[]; errors?: string[] }
interface ImportAnswer { ok: boolean; text: string; errors?: string[] }

describe('EZ template export/import over workspace/executeCommand', function () {
  this.timeout(20000);
  let session: LspSession;
  before(async () => {
    session = await startServer();
  });
  after(async () => {
    await session.close();
  });

  const execute = <T>(command: string, argument: unknown): Promise<T> =>
    session.connection.sendRequest('workspace/executeCommand', { command, arguments: [argument] }) as Promise<T>;

  it('exports a metafile as a template tree, and the imported metafile exports to the same tree', async () => {
    const text = fs.readFileSync(path.join(repoRoot, 'samples', 'virtuozzo', 'templates', 'debian-12-x86_64.metafile'), 'utf8');
    const exported = await execute<ExportAnswer>('hvconf.exportTemplateTree', { text });
    assert.ok(exported.ok, JSON.stringify(exported.errors));
    assert.strictEqual(exported.directory, 'debian/12/x86_64/config/os/default');
    assert.ok(exported.files.every((file) => file.relativePath.startsWith(`${exported.directory}/`)));
    assert.ok(exported.files.some((file) => file.relativePath.endsWith('/packages')));

    const imported = await execute<ImportAnswer>('hvconf.importTemplateTree', { files: exported.files });
    assert.ok(imported.ok, JSON.stringify(imported.errors));
    // the imported metafile lays out the very same tree again
    const again = await execute<ExportAnswer>('hvconf.exportTemplateTree', { text: imported.text });
    assert.ok(again.ok, JSON.stringify(again.errors));
    assert.deepStrictEqual(again.files, exported.files);
  });

  it('refuses a metafile vzmktmpl would refuse, and a bad argument, with clear errors', async () => {
    const refused = await execute<ExportAnswer>('hvconf.exportTemplateTree', { text: '%osname\ndebian\n' });
    assert.strictEqual(refused.ok, false);
    assert.ok((refused.errors ?? []).length > 0);
    await assert.rejects(execute('hvconf.exportTemplateTree', { text: 42 }), /"text" must be the metafile text/);
  });
});
