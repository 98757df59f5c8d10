import * as assert from 'assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseVzConf } from '../../../server/src/vz/parse';
import { createLanguageService } from '../../../server/src/service/index';

/** Text that looks like a vz-conf file often enough to reach deep code paths. */
const vzLike = fc.array(
  fc.oneof(
    fc.constantFrom(
      'PHYSPAGES="0:256M"', 'SWAPPAGES="0:512M"', 'NUMPROC="240:240"', 'KMEMSIZE="1:2"', 'HOSTNAME = "x"', "A='b'",
      'NETIF="ifname=eth0,mac=00:11:22:33:44:55;ifname=eth1"', '# hvconf: dialect=vz7', '# c', 'DISKSPACE="2G:2.2G"',
      'FEATURES="nfs:on"', 'IP_ADDRESS="10.0.0.1/24 ::1"', 'CPULIMIT="50%"', 'X="unterminated', 'garbage', '=', '"', '\\',
      'DEVICES="c:10:200:rw"', 'DISK="uuid=x,image=/y"', 'NAMESERVER=inherit # c', 'VE_ROOT="/vz/root/$VEID"',
    ),
    fc.string({ maxLength: 30 }),
    fc.string({ unit: fc.constantFrom('A', '=', '"', "'", ':', '#', ' ', '\\', '\r', '\n', '1', 'M', ';', ',', '$'), maxLength: 30 }),
  ),
  { maxLength: 12 },
).chain((lines) => fc.constantFrom('\n', '\r\n').map((eol) => lines.join(eol)));

const anyText = fc.oneof(vzLike, fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 80 }));

describe('vz-conf properties', () => {
  const errors: string[] = [];
  const service = createLanguageService({ logError: (message) => errors.push(message) });
  let version = 0;
  const documentOf = (text: string, uri = 'file:///etc/vz/conf/101.conf'): TextDocument => TextDocument.create(uri, 'vz-conf', ++version, text);

  afterEach(() => assert.deepStrictEqual(errors.splice(0), []));

  it('the parser never throws and every span lies inside the text', () => {
    fc.assert(fc.property(anyText, (text) => {
      const file = parseVzConf(text);
      for (const a of file.assignments) {
        for (const span of [a.key.span, a.equals, a.value.span, a.span]) {
          assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, JSON.stringify(span));
        }
      }
    }), { numRuns: 400 });
  });

  it('validation never fails and every diagnostic range lies inside the document', () => {
    fc.assert(fc.property(anyText, fc.constantFrom('file:///etc/vz/conf/101.conf', 'file:///etc/vz/vz.conf'), (text, uri) => {
      const document = documentOf(text, uri);
      const diagnostics = service.validate(document);
      const end = document.positionAt(text.length);
      for (const d of diagnostics) {
        assert.ok(typeof d.code === 'string' && d.code.startsWith('vz/'));
        for (const position of [d.range.start, d.range.end]) {
          assert.ok(position.line < end.line || (position.line === end.line && position.character <= end.character), JSON.stringify(d.range));
        }
        assert.ok(document.offsetAt(d.range.start) <= document.offsetAt(d.range.end));
      }
    }), { numRuns: 300 });
  });

  it('formatting is idempotent and keeps every key and value as vzctl reads them', () => {
    fc.assert(fc.property(vzLike, (text) => {
      const document = documentOf(text);
      const once = TextDocument.applyEdits(document, service.format(document, { tabSize: 2, insertSpaces: true }));
      const second = documentOf(once);
      const twice = TextDocument.applyEdits(second, service.format(second, { tabSize: 2, insertSpaces: true }));
      assert.strictEqual(twice, once);
      const before = parseVzConf(text).assignments.map((a) => [a.key.name, a.value.text]);
      const after = parseVzConf(once).assignments.map((a) => [a.key.name, a.value.text]);
      assert.deepStrictEqual(after, before);
    }), { numRuns: 300 });
  });

  it('every quick fix offered applies cleanly and removes its own diagnostic from that spot', () => {
    fc.assert(fc.property(vzLike, (text) => {
      const document = documentOf(text);
      for (const diagnostic of service.validate(document)) {
        for (const action of service.codeActions(document, diagnostic.range, [diagnostic])) {
          const edits = action.edit?.changes?.[document.uri] ?? [];
          assert.ok(edits.length > 0, action.title);
          const fixed = TextDocument.applyEdits(document, edits);
          if (diagnostic.code === 'vz/missing-required' || diagnostic.code === 'vz/duplicate-key') continue;
          const again = service.validate(documentOf(fixed));
          const same = again.filter((d) => d.code === diagnostic.code && d.range.start.line === diagnostic.range.start.line
            && d.range.start.character === diagnostic.range.start.character && d.message === diagnostic.message);
          assert.deepStrictEqual(same.map((d) => d.message), [], `${action.title} on ${JSON.stringify(text)}`);
        }
      }
    }), { numRuns: 300 });
  });

  it('completion, hover, symbols and folding answer at every position without failing', () => {
    fc.assert(fc.property(vzLike, fc.nat(), (text, seed) => {
      const document = documentOf(text);
      const offset = text.length === 0 ? 0 : seed % (text.length + 1);
      const position = document.positionAt(offset);
      service.complete(document, position);
      service.hover(document, position);
      service.symbols(document);
      service.folding(document);
    }), { numRuns: 200 });
  });
});
