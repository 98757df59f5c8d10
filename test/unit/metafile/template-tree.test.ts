import * as assert from 'assert';
import * as fc from 'fast-check';
import { printMetafile, type PrintedSection } from '../../../server/src/metafile/print';
import { exportTemplateTree, importTemplateTree, type TemplateFile } from '../../../server/src/metafile/template-tree';
import { packageManagers } from '../../../server/src/schema/metafile/index';

function exported(text: string): Extract<ReturnType<typeof exportTemplateTree>, { ok: true }> {
  const result = exportTemplateTree(text);
  assert.ok(result.ok, `export failed: ${JSON.stringify(!result.ok && result.errors)}`);
  return result;
}

function filesByName(files: readonly TemplateFile[]): Record<string, string> {
  return Object.fromEntries(files.map((file) => [file.relativePath, file.content]));
}

const DEBIAN = `# a Debian base OS template
%osname
debian
%osver
12
%osarch
x86_64
%package_manager
dpkgx64
%packages_0
base-files base-passwd
dpkg
%packages_1
bash
%packages
openssh-server
\\# kept as a comment line in the packages file
%repositories
$DEB_SERVER/debian bookworm main
%upgradable_versions
none
%description
Debian 12
for x86_64
%requires
vzpkgenvdebx64 >= 4.6.0-2
`;

describe('template tree export (vzmktmpl layout, reference §2.1–2.2, §2.5)', () => {
  it('lays a base OS template out in config/os/default with the files vzmktmpl writes', () => {
    const result = exported(DEBIAN);
    assert.strictEqual(result.directory, 'debian/12/x86_64/config/os/default');
    assert.strictEqual(result.rpmName, 'debian-12-x86_64-ez-1.0-1.noarch.rpm');
    assert.deepStrictEqual(result.rpmOnly, ['requires']);
    const dir = 'debian/12/x86_64/config/os/default/';
    assert.deepStrictEqual(filesByName(result.files), {
      [`${dir}packages`]: 'openssh-server\n# kept as a comment line in the packages file\n',
      [`${dir}packages_0`]: 'base-files base-passwd\ndpkg\n',
      [`${dir}packages_1`]: 'bash\n',
      [`${dir}description`]: 'Debian 12 for x86_64\n',
      [`${dir}summary`]: 'debian-12-x86_64 Virtuozzo ostemplate\n',
      [`${dir}package_manager`]: 'dpkgx64\n',
      [`${dir}repositories`]: '$DEB_SERVER/debian bookworm main\n',
      [`${dir}upgradable_versions`]: '',
      [`${dir}version`]: '1.0\n',
      [`${dir}release`]: '1\n',
    });
  });

  it('puts an app set in config/app/<app>/<set> and drops base-OS-only sections with a warning', () => {
    const result = exported('%osname\ncentos\n%osver\n7\n%osarch\nx86\n%appname\nmysql\n%setname\nserver\n%distribution\ncentos\n%packages\nmariadb-server\n%version\n2.0\n');
    assert.strictEqual(result.directory, 'centos/7/x86/config/app/mysql/server');
    assert.strictEqual(result.rpmName, 'mysql-centos-7-x86-server-ez-2.0-1.noarch.rpm');
    assert.deepStrictEqual(result.warnings, ['%distribution is not valid for an OS template set or an app template; ignored']);
    const names = result.files.map((file) => file.relativePath.split('/').pop());
    assert.deepStrictEqual(names, ['packages', 'description', 'summary', 'version', 'release']);
    assert.strictEqual(filesByName(result.files)['centos/7/x86/config/app/mysql/server/description'], 'mysql-server for centos-7-x86 Virtuozzo template\n');
  });

  it('refuses a metafile vzmktmpl would stop on, saying where', () => {
    const result = exportTemplateTree('%osname\ncentos\n%osarch\nx86_64\n%packages\nbash\n');
    assert.ok(!result.ok);
    assert.ok(result.errors.some((error) => /osver/.test(error)), JSON.stringify(result.errors));
    assert.ok(result.errors.some((error) => /package_manager/.test(error)));
    assert.ok(result.errors.some((error) => /^line \d+: /.test(error)));
  });
});

describe('template tree import', () => {
  it('reads an exported tree back into the same template', () => {
    const result = exported(DEBIAN);
    const imported = importTemplateTree(result.files);
    assert.ok(imported.ok);
    assert.deepStrictEqual(imported.warnings, []);
    assert.deepStrictEqual(filesByName(exported(imported.text).files), filesByName(result.files));
    assert.match(imported.text, /^%upgradable_versions\nnone$/m);
    assert.match(imported.text, /^\\# kept as a comment line/m);
    assert.doesNotMatch(imported.text, /%summary/, 'the default summary is not written back');
  });

  it('turns hook scripts and doc files into vzmktmpl options and reports stray files', () => {
    const dir = 'centos/7/x86_64/config/os/minimal/';
    const imported = importTemplateTree([
      { relativePath: `${dir}packages`, content: 'bash\n' },
      { relativePath: `${dir}post-install`, content: '#!/bin/sh\n', executable: true },
      { relativePath: `${dir}doc/README`, content: 'x' },
      { relativePath: `${dir}package_manager`, content: 'rpm44x64\n' },
      { relativePath: `${dir}notes.txt`, content: 'x' },
    ]);
    assert.ok(imported.ok);
    assert.deepStrictEqual(imported.vzmktmplOptions, ['--doc', 'doc/README', '--post-install', 'post-install']);
    assert.match(imported.text, /^# Build with: vzmktmpl --doc doc\/README --post-install post-install METAFILE$/m);
    assert.match(imported.text, /%setname\nminimal/);
    assert.doesNotMatch(imported.text, /%package_manager/);
    assert.strictEqual(imported.warnings.length, 2, JSON.stringify(imported.warnings));
  });

  it('refuses a directory without packages, files of two templates, and bare files without identity', () => {
    const noPackages = importTemplateTree([{ relativePath: 'a/1/x86/config/os/default/summary', content: 'x\n' }]);
    assert.ok(!noPackages.ok && /no `packages` file/.test(noPackages.errors[0]));
    const two = importTemplateTree([
      { relativePath: 'a/1/x86/config/os/default/packages', content: 'x\n' },
      { relativePath: 'b/1/x86/config/os/default/packages', content: 'x\n' },
    ]);
    assert.ok(!two.ok && /2 template directories/.test(two.errors[0]));
    const bare = importTemplateTree([{ relativePath: 'packages', content: 'x\n' }]);
    assert.ok(!bare.ok && /cannot tell the template/.test(bare.errors[0]));
    const named = importTemplateTree([{ relativePath: 'packages', content: 'x\n' }], { identity: { osname: 'a', osver: '1', osarch: 'x86', appname: 'tool' } });
    assert.ok(named.ok && /%appname\ntool/.test(named.text));
  });
});

/* Generated metafiles, printed canonically (sections in the usual order, one value per single-value section). */
const word = fc.stringMatching(/^[a-z][a-z0-9.+-]{0,10}$/);
const packageLine = fc.oneof(
  { weight: 5, arbitrary: fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' ')) },
  { weight: 1, arbitrary: word.map((text) => `# ${text}`) },
);
const packageList = fc.array(packageLine, { minLength: 1, maxLength: 5 }).filter((lines) => lines.some((line) => !line.startsWith('#')));
const url = fc.tuple(fc.constantFrom('$CE_SERVER', '$SW_SERVER', 'http://mirror.example.com', 'https://repo.example.org'), word).map(([host, path]) => `${host}/${path}`);
const text = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => `About ${words.join(' ')}`);
const optional = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arbitrary, { nil: undefined });

const generatedMetafile = fc.record({
  kind: fc.constantFrom('base-os', 'os-set', 'app'),
  osname: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/),
  osver: fc.stringMatching(/^[0-9]{1,2}(\.[0-9]{1,2})?$/),
  osarch: fc.constantFrom('x86', 'x86_64', 'ia64'),
  name: fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/),
  set: optional(fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/)),
  packages: packageList,
  stages: fc.array(packageList, { maxLength: 3 }),
  repositories: fc.array(url, { maxLength: 3 }),
  mirrorlist: fc.array(url, { maxLength: 2 }),
  packageManager: fc.constantFrom(...packageManagers.map((entry) => entry.value)),
  distribution: optional(fc.constantFrom('centos', 'suse', 'gentoo')),
  upgradable: optional(fc.oneof(fc.constant(['none']), fc.array(fc.stringMatching(/^[0-9]{1,2}$/), { minLength: 1, maxLength: 3 }))),
  cacheType: optional(fc.nat({ max: 15 }).map(String)),
  description: optional(text),
  summary: optional(text),
  version: optional(fc.stringMatching(/^[2-9]\.[0-9]$/)),
  release: optional(fc.stringMatching(/^[2-9][0-9]?$/)),
  goldenImage: optional(fc.constantFrom('yes', 'no')),
}).map((g): PrintedSection[] => {
  const sections: PrintedSection[] = [
    { name: 'osname', lines: [g.osname] }, { name: 'osver', lines: [g.osver] }, { name: 'osarch', lines: [g.osarch] },
    { name: 'packages', lines: g.packages },
    ...g.stages.map((lines, index) => ({ name: `packages_${index}`, lines })),
  ];
  const add = (name: string, lines: readonly string[] | undefined): void => {
    if (lines && lines.length > 0) sections.push({ name, lines });
  };
  if (g.kind === 'app') add('appname', [g.name]);
  if (g.kind === 'os-set' || (g.kind === 'app' && g.set)) add('setname', [g.set ?? g.name]);
  add('repositories', g.kind === 'base-os' && g.repositories.length + g.mirrorlist.length === 0 ? ['$SW_SERVER/base'] : g.repositories);
  add('mirrorlist', g.mirrorlist);
  if (g.kind === 'base-os') {
    add('package_manager', [g.packageManager]);
    add('distribution', g.distribution ? [g.distribution] : undefined);
    add('upgradable_versions', g.upgradable);
    add('cache_type', g.cacheType ? [g.cacheType] : undefined);
  }
  add('description', g.description ? [g.description] : undefined);
  add('summary', g.summary ? [g.summary] : undefined);
  add('version', g.version ? [g.version] : undefined);
  add('release', g.release ? [g.release] : undefined);
  add('golden_image', g.goldenImage ? [g.goldenImage] : undefined);
  return sections;
});

/** Comments, blank lines and a shuffled order: the same template for vzmktmpl. */
function reorderWithNoise(sections: readonly PrintedSection[], order: readonly number[]): string {
  const shuffled = order.map((index) => sections[index % sections.length]).filter((section, index, all) => all.indexOf(section) === index);
  const rest = sections.filter((section) => !shuffled.includes(section));
  return [...shuffled, ...rest].map((section) => `# about ${section.name}\n%${section.name}\n\n${section.lines.map((line) => (line.startsWith('#') ? `\\${line}` : line)).join('\n')}\n`).join('\n\n');
}

describe('template tree round trip (property)', () => {
  it('import(export(metafile)) gives back the metafile', () => {
    fc.assert(fc.property(generatedMetafile, (sections) => {
      const original = printMetafile(sections);
      const result = exported(original);
      const imported = importTemplateTree(result.files);
      assert.ok(imported.ok, JSON.stringify(!imported.ok && imported.errors));
      assert.deepStrictEqual(imported.warnings, []);
      assert.strictEqual(imported.text, original);
    }), { numRuns: 200 });
  });

  it('layout, comments and section order do not change the exported tree', () => {
    fc.assert(fc.property(generatedMetafile, fc.array(fc.nat(), { maxLength: 30 }), (sections, order) => {
      const canonical = exported(printMetafile(sections)).files;
      const noisy = exported(reorderWithNoise(sections, order)).files;
      assert.deepStrictEqual(filesByName(noisy), filesByName(canonical));
    }), { numRuns: 150 });
  });
});
