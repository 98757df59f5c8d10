import * as assert from 'assert';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { allMetafileCodes, metafileCodes, type MetafileCode } from '../../../../server/src/service/metafile/codes';
import {
  CENTOS_BASE, codesOf, coveredText, DEBIAN_BASE, diagnosticsOf, loggedErrors, MINIMAL_SET, NGINX_APP,
} from './helpers';

interface CodeCase {
  /** a file that must produce the code */
  readonly bad: string;
  /** the text the diagnostic covers in `bad` */
  readonly covers?: string;
  /** a close variant that must not produce it */
  readonly good: string;
}

const replace = (text: string, from: string, to: string): string => {
  assert.ok(text.includes(from), `test setup: "${from}" not in the base text`);
  return text.replace(from, to);
};

const CASES: Record<MetafileCode, CodeCase> = {
  'metafile/carriage-return': { bad: DEBIAN_BASE.replace(/\n/g, '\r\n'), good: DEBIAN_BASE },
  'metafile/byte-order-mark': { bad: `\uFEFF${DEBIAN_BASE}`, good: DEBIAN_BASE },
  'metafile/value-outside-section': { bad: `debian template\n${DEBIAN_BASE}`, covers: 'debian template', good: `# debian template\n${DEBIAN_BASE}` },
  'metafile/unknown-section': { bad: `${NGINX_APP}%descripton\ntext\n`, covers: 'descripton', good: `${NGINX_APP}%description\ntext\n` },
  'metafile/hook-as-section': { bad: `${NGINX_APP}%post-install\necho hi\n`, covers: 'post-install', good: `${NGINX_APP}# post-install is passed to vzmktmpl\n` },
  'metafile/text-after-header': { bad: replace(NGINX_APP, '%appname\nnginx', '%appname nginx\nnginx'), covers: 'nginx', good: replace(NGINX_APP, '%appname\nnginx', '%appname \nnginx') },
  'metafile/indented-header': { bad: `${NGINX_APP} %summary\n`, covers: ' %summary', good: `${NGINX_APP}%summary\nnginx\n` },
  'metafile/duplicate-section': { bad: `${NGINX_APP}%packages\nnginx-extras\n`, covers: 'packages', good: replace(NGINX_APP, 'nginx\n', 'nginx\nnginx-extras\n').replace('%appname\nnginx-extras', '%appname\nnginx') },
  'metafile/empty-section': { bad: `${NGINX_APP}%summary\n`, covers: 'summary', good: `${NGINX_APP}%summary\nnginx for Debian\n` },
  'metafile/missing-section': { bad: replace(NGINX_APP, '%osver\n12\n', ''), good: NGINX_APP },
  'metafile/missing-repositories': { bad: replace(DEBIAN_BASE, '%repositories\n$DEB_SERVER/debian bookworm main\n', ''), good: replace(DEBIAN_BASE, '%repositories', '%mirrorlist').replace('$DEB_SERVER/debian bookworm main', 'http://mirrors.example.com/debian.list') },
  'metafile/missing-packages': { bad: replace(NGINX_APP, '%packages\nnginx\n', ''), good: NGINX_APP },
  'metafile/missing-debian-stages': { bad: replace(DEBIAN_BASE, '%packages_1\nbash\n', ''), covers: 'package_manager', good: DEBIAN_BASE },
  'metafile/packages-gap': { bad: `${DEBIAN_BASE}%packages_3\nextra\n`, covers: 'packages_3', good: `${DEBIAN_BASE}%packages_2\nextra\n` },
  'metafile/ignored-outside-base-os': { bad: `${NGINX_APP}%distribution\ndebian\n`, covers: 'distribution', good: `${DEBIAN_BASE}%distribution\ndebian\n` },
  'metafile/bad-osarch': { bad: replace(NGINX_APP, 'x86_64', 'amd64'), covers: 'amd64', good: replace(NGINX_APP, 'x86_64', 'ia64') },
  'metafile/multiple-lines': { bad: `${NGINX_APP}%version\n1.0\n2.0\n`, covers: '2.0', good: `${NGINX_APP}%version\n1.0\n` },
  'metafile/bad-name': { bad: replace(NGINX_APP, '%appname\nnginx', '%appname\nnginx web'), covers: 'nginx web', good: replace(NGINX_APP, '%appname\nnginx', '%appname\nnginx-web') },
  'metafile/unknown-package-manager': { bad: replace(CENTOS_BASE, 'rpm44x64', 'yum'), covers: 'yum', good: replace(CENTOS_BASE, 'rpm44x64', 'rpm49x64') },
  'metafile/package-manager-arch': { bad: replace(CENTOS_BASE, 'rpm44x64', 'rpm44x86'), covers: 'rpm44x86', good: CENTOS_BASE },
  'metafile/unknown-distribution': { bad: replace(CENTOS_BASE, '%distribution\ncentos', '%distribution\ncentso'), covers: 'centso', good: replace(CENTOS_BASE, '%distribution\ncentos', '%distribution\nredhat-el5') },
  'metafile/distribution-mismatch': { bad: replace(CENTOS_BASE, '%distribution\ncentos', '%distribution\ndebian'), covers: 'debian', good: CENTOS_BASE },
  'metafile/bad-package-spec': { bad: replace(CENTOS_BASE, '%packages\nbash', '%packages\nbash=5.1'), covers: 'bash=5.1', good: replace(CENTOS_BASE, '%packages\nbash', '%packages\n1:bash-5.1-2.el9.x86_64') },
  'metafile/bad-url': { bad: replace(CENTOS_BASE, '$CE_SERVER/centos/5/os/x86_64', 'mirror.centos.org/centos/5/os/x86_64'), covers: 'mirror.centos.org/centos/5/os/x86_64', good: replace(CENTOS_BASE, '$CE_SERVER/centos/5/os/x86_64', 'https://mirror.centos.org/centos/5/os/x86_64') },
  'metafile/unknown-url-variable': { bad: replace(CENTOS_BASE, '$CE_SERVER', '$CENTOS_SERVER'), covers: '$CENTOS_SERVER', good: replace(CENTOS_BASE, '$CE_SERVER', '$SW_SERVER') },
  'metafile/disabled-url-variable': { bad: replace(CENTOS_BASE, '$CE_SERVER', '$RH_SERVER'), covers: '$RH_SERVER', good: CENTOS_BASE },
  'metafile/apt-source-incomplete': { bad: replace(DEBIAN_BASE, '$DEB_SERVER/debian bookworm main', '$DEB_SERVER/debian'), covers: '$DEB_SERVER/debian', good: replace(DEBIAN_BASE, '$DEB_SERVER/debian bookworm main', '$DEB_SERVER/debian bookworm') },
  'metafile/inline-comment': { bad: replace(NGINX_APP, '%packages\nnginx', '%packages\nnginx # web'), covers: '# web', good: replace(NGINX_APP, '%packages\nnginx', '%packages\n# web\nnginx') },
  'metafile/not-a-number': { bad: `${CENTOS_BASE}%cache_type\nall\n`, covers: 'all', good: `${CENTOS_BASE}%cache_type\n3\n` },
  'metafile/none-with-versions': { bad: `${CENTOS_BASE}%upgradable_versions\nnone\n4\n`, covers: 'none', good: `${CENTOS_BASE}%upgradable_versions\nnone\n` },
};

describe('vz-metafile diagnostic codes', () => {
  afterEach(() => assert.deepStrictEqual(loggedErrors.splice(0), []));

  it('has a case for every code, and every code is documented with a severity and summary', () => {
    assert.deepStrictEqual(Object.keys(CASES).sort(), [...allMetafileCodes].sort());
    for (const code of allMetafileCodes) {
      assert.match(code, /^metafile\/[a-z]+(?:-[a-z]+)*$/);
      assert.ok(metafileCodes[code].summary.length > 20, `${code} needs a summary`);
    }
  });

  for (const base of [['Debian base OS', DEBIAN_BASE], ['CentOS base OS', CENTOS_BASE], ['nginx app', NGINX_APP], ['minimal set', MINIMAL_SET]] as const) {
    it(`the ${base[0]} test base is clean`, () => {
      const problems = diagnosticsOf(base[1]).filter((d) => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning);
      assert.deepStrictEqual(problems.map((d) => `${d.code}: ${d.message}`), []);
    });
  }

  for (const code of allMetafileCodes) {
    const entry = CASES[code];
    it(`${code}: triggered by the bad case, with its default severity`, () => {
      const found = diagnosticsOf(entry.bad).filter((diagnostic) => diagnostic.code === code);
      assert.ok(found.length > 0, `expected ${code}; got ${JSON.stringify(codesOf(entry.bad))}`);
      if (entry.covers !== undefined) assert.deepStrictEqual(found.map((d) => coveredText(entry.bad, d)), [entry.covers]);
      const severity = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint }[metafileCodes[code].severity];
      assert.strictEqual(found[0].severity, severity);
      assert.ok(found[0].message.length > 10);
    });
    it(`${code}: not raised by the good variant`, () => {
      assert.ok(!codesOf(entry.good).includes(code), `${code} raised for the good case: ${JSON.stringify(codesOf(entry.good))}`);
    });
  }
});
