import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { expandSnippet } from '../../snippets/expand-snippet';
import { diagnosticsOf, VSWAP } from './helpers';

interface Snippet { prefix: string | string[]; description: string; body: string | string[] }

const snippetFile = path.resolve(__dirname, '..', '..', '..', '..', '..', 'snippets', 'vz-conf.json');
const snippets = JSON.parse(fs.readFileSync(snippetFile, 'utf8')) as Record<string, Snippet>;

function lint(text: string): string[] {
  return diagnosticsOf(text).map((d) => `${String(d.code)} (line ${d.range.start.line + 1}): ${d.message}`);
}

describe('vz-conf snippets', () => {
  it('offer a VSwap container and a container without VSwap', () => {
    const prefixes = Object.values(snippets).flatMap((snippet) => [snippet.prefix].flat());
    for (const wanted of ['vz-vswap', 'vz-basic']) assert.ok(prefixes.includes(wanted), wanted);
  });

  for (const [title, snippet] of Object.entries(snippets)) {
    it(`"${title}" expands to a config with no diagnostics at all`, () => {
      const expanded = expandSnippet(snippet.body);
      const whole = /^#/.test(expanded);
      assert.deepStrictEqual(lint(whole ? expanded : `${VSWAP}${expanded}\n`), []);
    });
  }

  it('the lint is able to fail: the basic snippet with a broken pair', () => {
    const basic = expandSnippet(snippets['Container without VSwap (basic sample)'].body);
    assert.notDeepStrictEqual(lint(basic.replace('NUMPROC="240:240"', 'NUMPROC="240:300"')), []);
  });
});
