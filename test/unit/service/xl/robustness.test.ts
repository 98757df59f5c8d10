import * as assert from 'assert';
import * as fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { expectDiagnostic, loggedErrors, service, xlDocument } from './helpers';

const fragments = [
  'name', 'memory', 'disk', 'vif', 'type', 'builder', ' = ', '+=', '=', '"', "'", '[', ']', ',', ';', '\n', '\r\n', '#', ' ',
  '512', '-1', '1.5', '0x1F', '"hvm"', "'phy:/dev/vg/a,xvda,w'", "'mac=00:16:3e:00:00:01'", '\\x41', '\ufeff', 'é', 'import os',
];

function inRange(document: TextDocument, position: { line: number; character: number }): boolean {
  const offset = document.offsetAt(position);
  const back = document.positionAt(offset);
  return back.line === position.line && back.character === position.character;
}

describe('xl service robustness', () => {
  afterEach(() => assert.deepStrictEqual(loggedErrors.splice(0), []));

  it('any text gets diagnostics without throwing, each inside the document', () => {
    const text = fc.oneof(fc.string({ maxLength: 200 }), fc.array(fc.constantFrom(...fragments), { maxLength: 40 }).map((parts) => parts.join('')));
    fc.assert(fc.property(text, (input) => {
      const document = xlDocument(input);
      const diagnostics = service.validate(document);
      for (const diagnostic of diagnostics) {
        assert.ok(inRange(document, diagnostic.range.start) && inRange(document, diagnostic.range.end), `range outside the document: ${JSON.stringify(diagnostic.range)}`);
        assert.ok(document.offsetAt(diagnostic.range.start) <= document.offsetAt(diagnostic.range.end));
      }
      const end = document.positionAt(input.length);
      service.complete(document, end);
      service.hover(document, { line: 0, character: 1 });
      service.symbols(document);
    }), { numRuns: 300 });
  });

  it('reports lexical errors on CRLF files once, and still checks the keys', () => {
    const text = 'name = "web"\r\nkernel = "/k"\r\nmemroy = 512\r\n';
    expectDiagnostic(text, 'xl/crlf-line-end', { severity: 'error', line: 0 });
    expectDiagnostic(text, 'xl/unknown-key', { line: 2, covers: 'memroy' });
  });

  it('places diagnostics on the exact token at line ends and file ends', () => {
    expectDiagnostic('name = "web"\nkernel = "/k"\nvcpus = 4\nmaxvcpus = 2', 'xl/maxvcpus-below-vcpus', { line: 3, covers: '2' });
    expectDiagnostic('name="web";kernel="/k";memory=[512]', 'xl/list-for-scalar', { covers: '[512]' });
  });

  it('treats a statement separated by ";" like a line', () => {
    expectDiagnostic('name = "web"; kernel = "/k"; memory = 512; memory = 256\n', 'xl/duplicate-key', { covers: 'memory', line: 0 });
  });

  it('accepts the example configs shipped with Xen without errors', () => {
    const pvh = 'name = "example.pvhlinux"\ntype = "pvh"\nkernel = "/boot/vmlinuz"\ncmdline = "console=hvc0 earlyprintk=xen root=/dev/xvda1"\nmemory = 128\nvcpus = 2\nvif = [ \'\' ]\ndisk = [ \'/dev/vg/guest-volume,raw,xvda,rw\' ]\n';
    const hvm = 'type = "hvm"\nname = "example.hvm"\nmemory = 128\nvcpus = 2\nvif = [ \'\' ]\ndisk = [ \'/dev/vg/guest-volume,raw,xvda,rw\' ]\nvnc = 1\nvnclisten = "127.0.0.1"\nvncpasswd = ""\n';
    for (const text of [pvh, hvm]) {
      const errors = service.validate(xlDocument(text)).filter((diagnostic) => diagnostic.severity === 1);
      assert.deepStrictEqual(errors.map((d) => `${d.code}: ${d.message}`), []);
    }
  });

  it('only checks syntax in files over the size limit', () => {
    const limited = require('../../../../server/src/service/index') as typeof import('../../../../server/src/service/index');
    const small = limited.createLanguageService({ settings: { maxValidatedChars: 10 } });
    const codes = small.validate(xlDocument('memroy = 512\nvcpus = -1\n')).map((d) => d.code);
    assert.ok(codes.includes('xl/unquoted-negative'));
    assert.ok(!codes.includes('xl/unknown-key'));
  });
});
