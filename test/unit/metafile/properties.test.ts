import * as assert from 'assert';
import * as fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseMetafile } from '../../../server/src/metafile/parse';
import { formatMetafileText } from '../../../server/src/service/metafile/format';
import { createLanguageService } from '../../../server/src/service/index';

const logged: string[] = [];
const service = createLanguageService({ logError: (message) => logged.push(message) });

/** Lines built from the pieces that matter to the reader, so edge cases come up often. */
const piece = fc.constantFrom('%', '%osname', '%packages', '%packages_1', '%package_manager', '#', '\\', '\\#', ' ', '\t', '\r', '\n', '\r\n',
  'bash', 'x86_64', 'rpm44x64', 'dpkg', 'none', '$CE_SERVER/', 'http://h/p', '=', ':', ',', '\uFEFF', 'é', '😀');
const metafileLike = fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(''));
const anyText = fc.oneof(metafileLike, fc.string({ unit: 'binary', maxLength: 200 }));

describe('metafile properties', () => {
  afterEach(() => assert.deepStrictEqual(logged.splice(0), []));

  it('the parser never throws and every span lies inside the text', () => {
    fc.assert(fc.property(anyText, (text) => {
      const ast = parseMetafile(text);
      const spans = [
        ...ast.sections.flatMap((section) => [section.span, section.header.span, section.header.nameSpan, ...section.values.flatMap((line) => [line.span, line.effectiveSpan, ...line.words.map((word) => word.span)])]),
        ...ast.strayValues.map((line) => line.span), ...ast.comments.map((comment) => comment.span), ...ast.blankLines,
      ];
      for (const span of spans) assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, JSON.stringify(span));
    }), { numRuns: 400 });
  });

  it('every feature answers on any text, and every diagnostic lies inside the document', () => {
    fc.assert(fc.property(anyText, fc.nat(), (text, seed) => {
      const document = TextDocument.create('file:///p.metafile', 'vz-metafile', 1, text);
      const end = document.positionAt(text.length);
      const inside = (position: { line: number; character: number }): boolean =>
        position.line < end.line || (position.line === end.line && position.character <= end.character);
      for (const diagnostic of service.validate(document)) {
        assert.ok(inside(diagnostic.range.start) && inside(diagnostic.range.end), `${String(diagnostic.code)} at ${JSON.stringify(diagnostic.range)}`);
        assert.strictEqual(document.offsetAt(diagnostic.range.start) <= document.offsetAt(diagnostic.range.end), true);
      }
      const position = document.positionAt(text.length === 0 ? 0 : seed % (text.length + 1));
      service.complete(document, position);
      service.hover(document, position);
      service.symbols(document);
      service.folding(document);
      service.format(document, { tabSize: 2, insertSpaces: true });
      service.forget(document.uri);
    }), { numRuns: 300 });
    assert.deepStrictEqual(logged, []);
  });

  it('formatting is idempotent and changes neither headers nor values vzmktmpl reads', () => {
    fc.assert(fc.property(anyText, (text) => {
      const once = formatMetafileText(text);
      assert.strictEqual(formatMetafileText(once), once);
      const before = parseMetafile(text).sections.map((section) => [section.header.name, section.values.map((line) => line.effective.replace(/[ \t]+$/, ''))]);
      const after = parseMetafile(once).sections.map((section) => [section.header.name, section.values.map((line) => line.effective.replace(/[ \t]+$/, ''))]);
      assert.deepStrictEqual(after, before);
    }), { numRuns: 400 });
  });
});
