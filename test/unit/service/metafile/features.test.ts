import * as assert from 'assert';
import { FoldingRangeKind, type CompletionItem, type MarkupContent } from 'vscode-languageserver-types';
import {
  applyFix, CENTOS_BASE, DEBIAN_BASE, fixesFor, loggedErrors, metafileDocument, NGINX_APP, service, withCursor,
} from './helpers';

function labels(marked: string): string[] {
  const { document, position } = withCursor(marked);
  return service.complete(document, position).items.map((item: CompletionItem) => item.label);
}

function hoverText(marked: string): string | undefined {
  const { document, position } = withCursor(marked);
  const hover = service.hover(document, position);
  return hover ? (hover.contents as MarkupContent).value : undefined;
}

describe('vz-metafile completion', () => {
  afterEach(() => assert.deepStrictEqual(loggedErrors.splice(0), []));

  it('offers section names after % in the first column, replacing the typed name', () => {
    const { document, position } = withCursor('%osname\ndebian\n%pa<|>');
    const items = service.complete(document, position).items;
    const packages = items.find((item) => item.label === '%packages');
    assert.ok(packages, JSON.stringify(items.map((item) => item.label)));
    assert.deepStrictEqual(packages.textEdit && 'range' in packages.textEdit ? packages.textEdit.range : undefined,
      { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } });
    assert.ok(items.some((item) => item.label === '%package_manager'));
    assert.ok(!items.some((item) => item.label === '%osname'), 'a section already given is not offered again');
  });

  it('leaves base-OS-only sections out of an app template', () => {
    const offered = labels(`${NGINX_APP}%<|>`);
    assert.ok(offered.includes('%description'));
    assert.ok(!offered.includes('%package_manager'));
    assert.ok(!offered.includes('%distribution'));
  });

  it('offers the architectures in %osarch', () => {
    assert.deepStrictEqual(labels('%osname\ncentos\n%osarch\n<|>').filter((label) => !label.startsWith('%')), ['x86_64', 'x86', 'ia64']);
  });

  it('offers package managers for the template architecture first', () => {
    const offered = labels('%osarch\nx86\n%package_manager\nrpm<|>').filter((label) => !label.startsWith('%'));
    assert.strictEqual(offered[0], 'rpm41s9x86');
    assert.ok(offered.indexOf('dpkg') < offered.indexOf('rpm44x64'));
  });

  it('offers distributions, `none` for upgradable versions, and url.map placeholders after $', () => {
    assert.ok(labels('%distribution\n<|>').includes('debian'));
    assert.ok(labels('%upgradable_versions\n<|>').includes('none'));
    const { document, position } = withCursor('%repositories\n$CE<|>');
    const item = service.complete(document, position).items.find((candidate) => candidate.label === '$CE_SERVER');
    assert.ok(item);
    assert.deepStrictEqual(item.textEdit && 'range' in item.textEdit ? item.textEdit.range.start : undefined, { line: 1, character: 0 });
  });

  it('offers nothing inside a comment or after a package', () => {
    assert.deepStrictEqual(labels('%packages\n# comm<|>'), []);
    assert.deepStrictEqual(labels('%osarch\nx86_64 <|>'), []);
  });
});

describe('vz-metafile hover', () => {
  afterEach(() => assert.deepStrictEqual(loggedErrors.splice(0), []));

  it('documents a section on its header', () => {
    const text = hoverText('%package_<|>manager\nrpm44x64\n');
    assert.match(text ?? '', /\*\*%package_manager\*\*/);
    assert.match(text ?? '', /Required \(vzmktmpl stops without it\) for: base OS template/);
    assert.match(text ?? '', /Written to `package_manager`/);
  });

  it('says whether the section is required or ignored in this kind of template', () => {
    assert.match(hoverText('%package_<|>manager\nrpm44x64\n') ?? '', /_Required in this base OS template\._/);
    assert.match(hoverText('%appname\nnginx\n%distri<|>bution\ndebian\n') ?? '', /_Ignored in this application template: vzmktmpl warns and drops it\._/);
    assert.doesNotMatch(hoverText('%sum<|>mary\nx\n') ?? '', /_Required|_Ignored/);
  });

  it('names the template and its directory on the identity sections', () => {
    assert.match(hoverText(`${NGINX_APP.replace('%appname', '%app<|>name')}`) ?? '', /an application template named `nginx`, installed in `\$TEMPLATE\/debian\/12\/x86_64\/config\/app\/nginx\/default\/`/);
    assert.match(hoverText(`${DEBIAN_BASE.replace('%osver', '%os<|>ver')}`) ?? '', /a base OS template named `debian-12-x86_64`, installed in `\$TEMPLATE\/debian\/12\/x86_64\/config\/os\/default\/`/);
  });

  it('explains unknown sections and hooks written as sections', () => {
    assert.match(hoverText('%foo<|>bar\nx\n') ?? '', /not a section vzmktmpl reads/);
    assert.match(hoverText('%pre-<|>cache\nx\n') ?? '', /--pre-cache FILE/);
  });

  it('documents values: package managers, distributions, placeholders, golden_image and `\\#` lines', () => {
    assert.match(hoverText('%package_manager\nrpm4<|>4x64\n') ?? '', /RHEL 5 and CentOS 5, 64-bit[\s\S]*`rpm` prefix/);
    assert.match(hoverText('%package_manager\nrpm4<|>9x64\n') ?? '', /RPM packages/);
    assert.match(hoverText('%distribution\ndeb<|>ian\n') ?? '', /Debian and Ubuntu/);
    assert.match(hoverText('%repositories\n$UBU_<|>SERVER/ubuntu jammy main\n') ?? '', /Ubuntu mirror/);
    assert.match(hoverText('%golden_image\nno<|>\n') ?? '', /stays out of Golden Images/);
    assert.match(hoverText('%packages\n\\# a no<|>te\n') ?? '', /writes this line as `# a note`/);
    assert.match(hoverText('%packages\n1:bash-5.1<|>-2.el9.x86_64\n') ?? '', /epoch 1/);
  });

  it('answers nothing on blank space', () => {
    assert.strictEqual(hoverText('%osname\ndebian\n<|>\n%osver\n12\n'), undefined);
  });
});

describe('vz-metafile outline and folding', () => {
  afterEach(() => assert.deepStrictEqual(loggedErrors.splice(0), []));

  it('lists one symbol per section with its value or a package count', () => {
    const symbols = service.symbols(metafileDocument(DEBIAN_BASE));
    assert.deepStrictEqual(symbols.map((symbol) => `${symbol.name}: ${symbol.detail}`), [
      '%osname: debian', '%osver: 12', '%osarch: x86_64', '%package_manager: dpkgx64',
      '%packages_0: 2 packages', '%packages_1: 1 package', '%packages: 1 package', '%repositories: $DEB_SERVER/debian bookworm main',
    ]);
    assert.deepStrictEqual(symbols[4].selectionRange, { start: { line: 8, character: 1 }, end: { line: 8, character: 11 } });
  });

  it('folds sections of several lines and blocks of comments', () => {
    const text = '# one\n# two\n%packages\na\nb\n\n%osname\nx\n%summary\n';
    const ranges = service.folding(metafileDocument(text));
    assert.deepStrictEqual(ranges, [
      { startLine: 0, endLine: 1, kind: FoldingRangeKind.Comment },
      { startLine: 2, endLine: 4 },
      { startLine: 6, endLine: 7 },
    ]);
  });
});

describe('vz-metafile formatting', () => {
  afterEach(() => assert.deepStrictEqual(loggedErrors.splice(0), []));

  const format = (text: string): string => {
    const edits = service.format(metafileDocument(text), { tabSize: 2, insertSpaces: true });
    return edits.length === 0 ? text : edits[0].newText;
  };

  it('trims blanks vzmktmpl ignores, squeezes blank lines and ends with one line break', () => {
    assert.strictEqual(format('\n\n%osname  \ndebian \n\n\n\n# note  \n%packages\nbash\t\n\n\n'), '%osname\ndebian\n\n# note\n%packages\nbash\n');
  });

  it('keeps trailing blanks of free text and the line endings', () => {
    assert.strictEqual(format('%description\nsome text  \n'), '%description\nsome text  \n');
    assert.strictEqual(format('%osname \r\ndebian\r\n'), '%osname\r\ndebian\r\n');
  });

  it('answers no edit for a formatted file', () => {
    assert.deepStrictEqual(service.format(metafileDocument(DEBIAN_BASE), { tabSize: 2, insertSpaces: true }), []);
  });
});

describe('vz-metafile quick fixes', () => {
  afterEach(() => assert.deepStrictEqual(loggedErrors.splice(0), []));

  it('renames a misspelt section', () => {
    assert.strictEqual(applyFix('%osname\ncentos\n%pakages\nbash\n', 'metafile/unknown-section', 'Change to %packages'), '%osname\ncentos\n%packages\nbash\n');
  });

  it('moves text off a header line', () => {
    assert.strictEqual(applyFix(`${NGINX_APP}%summary nginx\n`, 'metafile/text-after-header'), `${NGINX_APP}%summary\nnginx\n`);
  });

  it('splits a tab-separated header', () => {
    assert.strictEqual(applyFix(`${NGINX_APP}%summary\tnginx\n`, 'metafile/unknown-section'), `${NGINX_APP}%summary\nnginx\n`);
  });

  it('removes a section an app template may not have', () => {
    assert.strictEqual(applyFix(`${NGINX_APP}%distribution\ndebian\n%summary\nx\n`, 'metafile/ignored-outside-base-os'), `${NGINX_APP}%summary\nx\n`);
  });

  it('fixes architecture, package manager twin, distribution and placeholder typos', () => {
    assert.match(applyFix(NGINX_APP.replace('x86_64', 'x86-64'), 'metafile/bad-osarch'), /%osarch\nx86_64\n/);
    assert.match(applyFix(CENTOS_BASE.replace('rpm44x64', 'rpm44x86'), 'metafile/package-manager-arch'), /%package_manager\nrpm44x64\n/);
    assert.match(applyFix(CENTOS_BASE.replace('%distribution\ncentos', '%distribution\ncentso'), 'metafile/unknown-distribution'), /%distribution\ncentos\n/);
    assert.match(applyFix(CENTOS_BASE.replace('$CE_SERVER', '$CE_SEVER'), 'metafile/unknown-url-variable'), /\$CE_SERVER\/centos/);
  });

  it('moves an inline comment onto its own line, removes indentation, converts CRLF, drops a BOM', () => {
    assert.match(applyFix(NGINX_APP.replace('%packages\nnginx', '%packages\nnginx # web'), 'metafile/inline-comment'), /%packages\n# web\nnginx\n/);
    assert.match(applyFix(`${NGINX_APP} %summary\n`, 'metafile/indented-header'), /\n%summary\n$/);
    assert.strictEqual(applyFix(DEBIAN_BASE.replace(/\n/g, '\r\n'), 'metafile/carriage-return'), DEBIAN_BASE);
    assert.strictEqual(applyFix(`\uFEFF${DEBIAN_BASE}`, 'metafile/byte-order-mark'), DEBIAN_BASE);
  });

  it('a fixed file no longer has the diagnostic', () => {
    const fixed = applyFix(`${NGINX_APP}%summary nginx\n`, 'metafile/text-after-header');
    assert.throws(() => fixesFor(fixed, 'metafile/text-after-header'));
  });
});

describe('vz-metafile features at token boundaries and with CRLF', () => {
  afterEach(() => assert.deepStrictEqual(loggedErrors.splice(0), []));

  it('keeps offering the section being retyped on its own header', () => {
    assert.ok(labels('%osna<|>me\ndebian\n').includes('%osname'));
  });

  it('hovers at the very end of a header name and of a value', () => {
    assert.match(hoverText('%osarch<|>\nx86_64\n') ?? '', /\*\*%osarch\*\*/);
    assert.match(hoverText('%osarch\nx86_64<|>\n') ?? '', /64-bit x86/);
    assert.match(hoverText('%osarch\n<|>x86_64\n') ?? '', /64-bit x86/);
  });

  it('completes and hovers in a CRLF file without counting the CR into names', () => {
    const crlf = '%osname\r\ndebian\r\n%osarch\r\n<|>\r\n';
    assert.deepStrictEqual(labels(crlf).filter((label) => !label.startsWith('%')), ['x86_64', 'x86', 'ia64']);
    assert.match(hoverText('%osarch\r\nx86_<|>64\r\n') ?? '', /64-bit x86/);
    const symbols = service.symbols(metafileDocument('%osname\r\ndebian\r\n'));
    assert.deepStrictEqual(symbols.map((symbol) => `${symbol.name}=${symbol.detail}`), ['%osname=debian']);
  });
});
