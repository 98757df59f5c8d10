import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { createLanguageService } from '../../../server/src/service';

const text = 'name = "a"\nkernel = "/k"\nmemmory = 1\n';
const open = (source: string) => TextDocument.create('file:///srv/xen/a.cfg', 'xen-xl', 1, source);

describe('language service façade', () => {
  it('applies per-code severity settings, including off', () => {
    const service = createLanguageService({ settings: { severity: { 'xl/unknown-key': 'error' } } });
    const unknown = service.validate(open(text)).find((d) => d.code === 'xl/unknown-key');
    assert.strictEqual(unknown?.severity, DiagnosticSeverity.Error);
    service.updateSettings({ severity: { 'xl/unknown-key': 'off' } });
    assert.ok(!service.validate(open(text)).some((d) => d.code === 'xl/unknown-key'));
  });

  it('turns a feature off with its switch', () => {
    const service = createLanguageService({ settings: { validation: false, hover: false } });
    assert.deepStrictEqual(service.validate(open(text)), []);
    assert.strictEqual(service.hover(open(text), { line: 0, character: 1 }), null);
  });

  it('answers nothing for a language it does not know', () => {
    const service = createLanguageService();
    const plain = TextDocument.create('file:///a.txt', 'plaintext', 1, text);
    assert.deepStrictEqual(service.validate(plain), []);
    assert.strictEqual(service.supports('plaintext'), false);
    assert.strictEqual(service.supports('xen-xl'), true);
  });
});

describe('settings updates', () => {
  it('drops a severity override the user removed', () => {
    const service = createLanguageService();
    service.updateSettings({ severity: { 'xl/unknown-key': 'off' } });
    assert.ok(!service.validate(open(text)).some((d) => d.code === 'xl/unknown-key'));
    service.updateSettings({ severity: {} });
    assert.ok(service.validate(open(text)).some((d) => d.code === 'xl/unknown-key'));
  });
});
