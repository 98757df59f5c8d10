import * as assert from 'assert';
import { workbenchUrl } from '../../e2e/support/workbench-url';

describe('workbenchUrl (code-server payload)', () => {
  it('names the folder and passes extension and tests as vscode-remote URIs of the same host:port', () => {
    const url = new URL(workbenchUrl({
      origin: 'http://127.0.0.1:41234',
      folder: '/work/main/test/fixtures/e2e-workspace',
      extensionDevelopmentPath: '/work/main',
      extensionTestsPath: '/work/main/out/test/e2e/suite/index.js',
    }));
    assert.strictEqual(url.origin, 'http://127.0.0.1:41234');
    assert.strictEqual(url.searchParams.get('folder'), '/work/main/test/fixtures/e2e-workspace');
    const payload = JSON.parse(url.searchParams.get('payload') ?? 'null') as [string, string][];
    assert.deepStrictEqual(payload, [
      ['skipWelcome', 'true'],
      ['extensionDevelopmentPath', 'vscode-remote://127.0.0.1:41234/work/main'],
      ['extensionTestsPath', 'vscode-remote://127.0.0.1:41234/work/main/out/test/e2e/suite/index.js'],
    ]);
  });

  it('leaves out what is not given, e.g. the tests for npm start', () => {
    const url = new URL(workbenchUrl({ origin: 'http://127.0.0.1:8080', folder: '/srv/samples', extensionDevelopmentPath: '/srv/hvconf' }));
    const payload = JSON.parse(url.searchParams.get('payload') ?? 'null') as [string, string][];
    assert.deepStrictEqual(payload.map(([name]) => name), ['skipWelcome', 'extensionDevelopmentPath']);
  });

  it('keeps blanks and non-ASCII characters of paths intact through the query', () => {
    const folder = '/home/anna/Xen configs/gäste';
    const url = new URL(workbenchUrl({ origin: 'http://127.0.0.1:8080', folder, extensionDevelopmentPath: folder }));
    assert.strictEqual(url.searchParams.get('folder'), folder);
    const payload = JSON.parse(url.searchParams.get('payload') ?? 'null') as [string, string][];
    assert.strictEqual(payload[1]?.[1], `vscode-remote://127.0.0.1:8080${folder}`);
  });
});
