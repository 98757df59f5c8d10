import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateHvconf, closeAllEditors, fixtureUri } from './helpers';

describe('EZ template export and import in the real editor', () => {
  before(async () => {
    const api = await activateHvconf();
    await api.whenServerReady();
  });
  afterEach(closeAllEditors);

  it('exports a metafile into a template area and imports the tree back into a metafile editor', async () => {
    const area = fs.mkdtempSync(path.join(os.tmpdir(), 'hvconf-template-area-'));
    const exported = (await vscode.commands.executeCommand(
      'hvconf.exportTemplate', fixtureUri('templates/debian-12-x86_64-redis.metafile'), vscode.Uri.file(area),
    )) as { directory: string; files: Array<{ relativePath: string }> } | undefined;
    assert.ok(exported, 'the export command answered nothing');
    assert.match(exported.directory, /config\/app\//);
    for (const file of exported.files) assert.ok(fs.existsSync(path.join(area, file.relativePath)), `${file.relativePath} was not written`);

    const document = (await vscode.commands.executeCommand('hvconf.importTemplate', vscode.Uri.file(area))) as vscode.TextDocument | undefined;
    assert.ok(document, 'the import command opened no document');
    assert.strictEqual(document.languageId, 'vz-metafile');
    assert.match(document.getText(), /^%appname\s*$/m);
  });
});
