import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { parseMetafile } from '../../../../server/src/metafile/parse';
import { buildModel } from '../../../../server/src/service/metafile/model';
import { buildTemplateSpec, isTemplateSpec } from '../../../../server/src/service/metafile/template-spec';
import { expandSnippet } from '../../snippets/expand-snippet';
import { DEBIAN_BASE, diagnosticsOf, MINIMAL_SET, NGINX_APP } from './helpers';

const spec = (text: string) => buildTemplateSpec(buildModel(parseMetafile(text), { maxValidatedChars: 1e9 }), 'test.metafile');

describe('vz-metafile template spec', () => {
  it('builds an OS template with every install stage', () => {
    const result = spec(DEBIAN_BASE);
    assert.ok(isTemplateSpec(result));
    assert.deepStrictEqual(result, {
      kind: 'os', name: 'debian-12-x86_64', osname: 'debian', osver: '12', osarch: 'x86_64',
      packages: ['base-files', 'base-passwd', 'bash', 'openssh-server'], source: 'test.metafile',
    });
  });

  it('names an app template after its OS template and records the base', () => {
    const result = spec(NGINX_APP);
    assert.ok(isTemplateSpec(result));
    assert.strictEqual(result.kind, 'app');
    assert.strictEqual(result.name, 'debian-12-x86_64-nginx');
    assert.strictEqual(result.baseOs, 'debian-12-x86_64');
    const set = spec(MINIMAL_SET);
    assert.ok(isTemplateSpec(set) && set.name === 'centos-7-x86_64-minimal' && set.kind === 'os');
  });

  it('returns located errors for a metafile vzmktmpl refuses', () => {
    const result = spec(NGINX_APP.replace('x86_64', 'amd64'));
    assert.ok(!isTemplateSpec(result));
    assert.match(result.errors[0], /^test\.metafile:6: .*Bad osarch/);
  });
});

describe('vz-metafile snippets', () => {
  const file = path.resolve(__dirname, '..', '..', '..', '..', '..', 'snippets', 'vz-metafile.json');
  const snippets = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { prefix: string[]; body: string[]; description: string }>;

  it('has an OS, a set and an app template snippet', () => {
    assert.deepStrictEqual(Object.keys(snippets).sort(), ['Application template', 'Base OS template (Debian family)', 'Extra OS template set']);
  });

  for (const [name, snippet] of Object.entries(snippets)) {
    it(`${name}: expands to a metafile without errors or warnings`, () => {
      const text = expandSnippet(snippet.body);
      const problems = diagnosticsOf(text).filter((d) => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning);
      assert.deepStrictEqual(problems.map((d) => `${d.code}: ${d.message}`), []);
      assert.ok(isTemplateSpec(spec(text)));
    });
  }
});
