import * as assert from 'assert';
import {
  exportTemplateTreeCommand, importTemplateTreeCommand, TemplateCommandError,
} from '../../../server/src/metafile/template-commands';

const APP = '%osname\ndebian\n%osver\n12\n%osarch\nx86_64\n%appname\nnginx\n%packages\nnginx\n';

describe('template tree executeCommand handlers', () => {
  it('exports and imports through JSON-shaped arguments', () => {
    const exported = exportTemplateTreeCommand([{ text: APP, productName: 'OpenVZ' }]);
    assert.ok(exported.ok);
    const description = exported.files.find((file) => file.relativePath.endsWith('/description'));
    assert.strictEqual(description?.content, 'nginx for debian-12-x86_64 OpenVZ template\n');
    const imported = importTemplateTreeCommand([{ files: JSON.parse(JSON.stringify(exported.files)), productName: 'OpenVZ' }]);
    assert.ok(imported.ok);
    assert.strictEqual(imported.text, '%osname\ndebian\n\n%osver\n12\n\n%osarch\nx86_64\n\n%appname\nnginx\n\n%packages\nnginx\n');
  });

  it('takes an identity for bare file names', () => {
    const imported = importTemplateTreeCommand([{ files: [{ relativePath: 'packages', content: 'bash\n' }], identity: { osname: 'centos', osver: '7', osarch: 'x86_64', setname: 'minimal' } }]);
    assert.ok(imported.ok && /%setname\nminimal/.test(imported.text));
  });

  it('refuses malformed arguments with a clear message', () => {
    assert.throws(() => exportTemplateTreeCommand([]), (error: Error) => error instanceof TemplateCommandError && /expected one object argument/.test(error.message));
    assert.throws(() => exportTemplateTreeCommand([{ text: 3 }]), /"text" must be the metafile text/);
    assert.throws(() => exportTemplateTreeCommand([{ text: APP, productName: 1 }]), /"productName" must be a string/);
    assert.throws(() => importTemplateTreeCommand([{ files: 'x' }]), /"files" must be a list/);
    assert.throws(() => importTemplateTreeCommand([{ files: [{ relativePath: 'a' }] }]), /files\[0\] needs a string relativePath and content/);
    assert.throws(() => importTemplateTreeCommand([{ files: [], identity: { osname: 'a', osver: '' } }]), /identity\.osver must be a non-empty string/);
  });
});
