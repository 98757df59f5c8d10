import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SymbolKind } from 'vscode-languageserver-types';
import { createLanguageService } from '../../../../server/src/service/index';
import { analyseVz } from '../../../../server/src/service/vz/model';
import { buildContainerSpec } from '../../../../server/src/service/vz/container-spec';
import { defaultSettings } from '../../../../server/src/service/settings';
import type { ContainerSpec } from '../../../../server/src/schema/guest-spec';
import { basicConfig, codesOf, service, VSWAP, vzDocument } from './helpers';

function format(text: string): string {
  const document = vzDocument(text);
  return TextDocument.applyEdits(document, service.format(document, { tabSize: 2, insertSpaces: true }));
}

describe('vz-conf formatting', () => {
  it('quotes plain values, trims blanks, keeps comments, adds the final line break', () => {
    assert.strictEqual(format('  ONBOOT=yes   \n# note  \nCPUUNITS="1000" # weight'), 'ONBOOT="yes"\n# note\nCPUUNITS="1000" # weight\n');
  });

  it('never touches blanks around = or values whose meaning would change', () => {
    const text = 'HOSTNAME = "x"\nNAMESERVER=inherit # copy\nA=$(x)\nB=\'q\'\n';
    assert.strictEqual(format(text), text);
  });

  it('keeps CRLF line ends', () => {
    assert.strictEqual(format('A=1\r\nB="2"'), 'A="1"\r\nB="2"\r\n');
  });

  it('returns no edits for a formatted file', () => {
    const document = vzDocument(VSWAP);
    assert.deepStrictEqual(service.format(document, { tabSize: 2, insertSpaces: true }), []);
  });
});

describe('vz-conf symbols and folding', () => {
  it('lists each assignment with its value and topic', () => {
    const symbols = service.symbols(vzDocument('# c\nPHYSPAGES="0:256M"\nHOSTNAME="web"\n'));
    assert.deepStrictEqual(symbols.map((s) => [s.name, s.detail, s.kind]), [
      ['PHYSPAGES', '0:256M · ubc', SymbolKind.Number],
      ['HOSTNAME', 'web · misc', SymbolKind.Property],
    ]);
    assert.deepStrictEqual(symbols[0].selectionRange, { start: { line: 1, character: 0 }, end: { line: 1, character: 9 } });
  });

  it('folds comment blocks and paragraphs', () => {
    const ranges = service.folding(vzDocument('# a\n# b\nA="1"\nB="2"\n\nC="3"\n'));
    assert.deepStrictEqual(ranges.map((r) => [r.startLine, r.endLine, r.kind]), [[0, 1, 'comment'], [0, 3, 'region']]);
  });
});

describe('vz-conf through the service façade', () => {
  it('the vzDialect setting changes how the file is read', () => {
    const text = `${VSWAP}HOSTNAME='web'\n`;
    const legacy = createLanguageService({ settings: { vzDialect: 'legacy' } });
    const vz7 = createLanguageService({ settings: { vzDialect: 'vz7' } });
    const document = (): TextDocument => TextDocument.create('file:///etc/vz/conf/101.conf', 'vz-conf', 1, text);
    assert.ok(legacy.validate(document()).some((d) => d.code === 'vz/single-quoted'));
    assert.ok(!vz7.validate(document()).some((d) => d.code === 'vz/single-quoted'));
  });

  it('# hvconf-disable silences one code on the next line', () => {
    assert.ok(codesOf(`${VSWAP}HOSTNMAE="x"\n`).includes('vz/unknown-key'));
    assert.ok(!codesOf(`${VSWAP}# hvconf-disable vz/unknown-key\nHOSTNMAE="x"\n`).includes('vz/unknown-key'));
  });

  it('per-code severity settings apply', () => {
    const strict = createLanguageService({ settings: { severity: { 'vz/unknown-key': 'error', 'vz/duplicate-key': 'off' } } });
    const found = strict.validate(TextDocument.create('file:///etc/vz/conf/101.conf', 'vz-conf', 1, `${VSWAP}FOO="1"\nCPUUNITS="5"\nCPUUNITS="6"\n`));
    assert.strictEqual(found.find((d) => d.code === 'vz/unknown-key')?.severity, 1);
    assert.ok(!found.some((d) => d.code === 'vz/duplicate-key'));
  });

  it('diagnostics land on the same characters with CRLF line ends', () => {
    const text = `${VSWAP}NUMPROC="240K"\n`.replace(/\n/g, '\r\n');
    const document = vzDocument(text);
    const diagnostic = service.validate(document).find((d) => d.code === 'vz/bad-suffix');
    assert.ok(diagnostic);
    assert.strictEqual(document.getText(diagnostic.range), '240K');
  });
});

describe('vz-conf container spec', () => {
  function spec(text: string, source = '/etc/vz/conf/101.conf'): ContainerSpec {
    const result = buildContainerSpec(analyseVz(text, defaultSettings), source);
    assert.ok(!('errors' in result), JSON.stringify(result));
    return result;
  }

  it('builds a VSwap container: CTID from the file name, RAM/swap in MiB, disk in GiB', () => {
    const built = spec(`${VSWAP}HOSTNAME="web1"\nIP_ADDRESS="10.0.0.101 0.0.0.0"\nNAMESERVER="8.8.8.8"\nONBOOT="yes"\nCPUS="2"\nOSTEMPLATE="centos-7-x86_64"\n`);
    assert.deepStrictEqual(
      { ctid: built.ctid, hostname: built.hostname, ip: built.ipAddresses, ns: built.nameservers, ram: built.ramMiB, swap: built.swapMiB, disk: built.diskspaceGiB, cpus: built.cpus, onboot: built.onboot, os: built.ostemplate },
      { ctid: 101, hostname: 'web1', ip: ['10.0.0.101'], ns: ['8.8.8.8'], ram: 256, swap: 512, disk: 2, cpus: 2, onboot: true, os: 'centos-7-x86_64' },
    );
    assert.strictEqual(built.params.PHYSPAGES, '0:256M');
  });

  it('a non-VSwap container has no RAM figure; inherit gives no nameservers', () => {
    const built = spec(basicConfig({}, 'NAMESERVER="inherit"\n'), '/etc/vz/conf/102.conf');
    assert.strictEqual(built.ramMiB, undefined);
    assert.deepStrictEqual(built.nameservers, []);
    assert.strictEqual(built.ctid, 102);
  });

  it('takes the workload from a # hvconf: workload= comment', () => {
    assert.strictEqual(spec(`# hvconf: workload=database\n${VSWAP}`).workload, 'database');
    assert.strictEqual(spec(VSWAP).workload, undefined);
  });

  it('refuses a config with errors, naming them', () => {
    const result = buildContainerSpec(analyseVz('PHYSPAGES="0:256M"\n', defaultSettings), '/etc/vz/conf/103.conf');
    assert.ok('errors' in result);
    assert.match(result.errors[0], /103\.conf:1: .*SWAPPAGES.*\[vz\/missing-required\]/);
  });
});
