import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../../server/src/service';
import { expandSnippet } from './expand-snippet';

interface Snippet { prefix: string | string[]; description: string; body: string | string[] }

const snippetFile = path.resolve(__dirname, '..', '..', '..', '..', 'snippets', 'xen-xl.json');
const snippets = JSON.parse(fs.readFileSync(snippetFile, 'utf8')) as Record<string, Snippet>;

/** A clean PV guest to which the single-line snippets are appended. */
const baseGuest = [
  'name = "snippet-host"',
  'type = "pv"',
  'kernel = "/var/lib/xen/boot/vmlinuz-6.1.0-21-amd64"',
  'memory = 1024',
  '',
].join('\n');

function lint(text: string): string[] {
  const service = createLanguageService({ logError: (message) => assert.fail(message) });
  const document = TextDocument.create('file:///etc/xen/snippet.cfg', 'xen-xl', 1, text);
  return service.validate(document).map((d) => `${d.code} (line ${d.range.start.line + 1}): ${d.message}`);
}

describe('xen-xl snippets', () => {
  it('expand placeholders the way accepting the defaults does', () => {
    assert.strictEqual(expandSnippet(['a = "${1:web01}"', 'b = ${2|raw,qcow2|}$0']), 'a = "web01"\nb = raw');
  });

  it('offer a PV, a PVH and an HVM guest and disk, vif and pci entries', () => {
    const prefixes = Object.values(snippets).flatMap((snippet) => [snippet.prefix].flat());
    for (const wanted of ['xl-pv', 'xl-pvh', 'xl-hvm', 'xl-disk', 'xl-vif', 'xl-pci']) {
      assert.ok(prefixes.includes(wanted), `a snippet with prefix ${wanted}`);
    }
  });

  for (const [title, snippet] of Object.entries(snippets)) {
    it(`"${title}" expands to a config with no diagnostics`, () => {
      const expanded = expandSnippet(snippet.body);
      const isWholeGuest = /^name\s*=/m.test(expanded);
      const text = isWholeGuest ? expanded : baseGuest + expanded + '\n';
      assert.deepStrictEqual(lint(text), []);
    });
  }

  it('the lint check is able to fail on a broken expansion', () => {
    assert.notDeepStrictEqual(lint(baseGuest + "disk = [ 'format=qcow3, vdev=xvdb, target=/dev/vg/x' ]\n"), []);
  });
});
