import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { allVzCodes, vzCodes, type VzCode } from '../../../../server/src/service/vz/codes';
import { analyseVz } from '../../../../server/src/service/vz/model';
import { runChecks } from '../../../../server/src/service/vz/validate';
import { vzChecks } from '../../../../server/src/service/vz/checks';
import { defaultSettings } from '../../../../server/src/service/settings';
import { basicConfig, diagnosticsOf, expectDiagnostic, expectNoDiagnostic, GLOBAL_URI, VSWAP, type ExpectedDiagnostic } from './helpers';

interface CodeCase {
  /** a file that must produce the code */
  readonly trigger: string;
  readonly expected?: ExpectedDiagnostic;
  /** a file close to `trigger` that must not */
  readonly clean: string;
  readonly uri?: string;
  /** where `clean` lives, when not at `uri` */
  readonly cleanUri?: string;
}

const VZ7 = '# hvconf: dialect=vz7\n';

const cases: Partial<Record<VzCode, CodeCase>> = {
  'vz/missing-equals': { trigger: `${VSWAP}garbage line\n`, expected: { line: 5, covers: 'garbage line' }, clean: VSWAP },
  'vz/unmatched-quote': { trigger: `${VSWAP}HOSTNAME="web\n`, expected: { covers: '"', severity: 'warning' }, clean: `${VSWAP}HOSTNAME="web"\n` },
  'vz/space-around-equals': { trigger: `${VSWAP}HOSTNAME = "web"\n`, expected: { covers: ' = ' }, clean: `${VSWAP}HOSTNAME="web"\n` },
  'vz/single-quoted': { trigger: `${VSWAP}HOSTNAME='web'\n`, expected: { covers: "'web'" }, clean: `${VZ7}${VSWAP}HOSTNAME='web'\n` },
  'vz/comment-in-value': { trigger: `${VSWAP}NAMESERVER=8.8.8.8 # google\n`, expected: { covers: '# google', severity: 'information' }, clean: `${VSWAP}NAMESERVER="8.8.8.8" # google\n` },
  'vz/unknown-key': { trigger: `${VSWAP}HOSTNMAE="web"\n`, expected: { covers: 'HOSTNMAE', severity: 'hint', message: 'Did you mean HOSTNAME?' }, clean: `${VSWAP}HOSTNAME="web"\n` },
  'vz/duplicate-key': { trigger: `${VSWAP}CPUUNITS="2000"\n`, expected: { line: 5, message: 'keeps the first' }, clean: VSWAP },
  'vz/ignored-key': { trigger: `${VSWAP}VE0CPUUNITS="1000"\n`, expected: { severity: 'hint' }, clean: 'VE0CPUUNITS="1000"\n', cleanUri: GLOBAL_URI },
  'vz/deprecated-key': { trigger: `${VSWAP}VETH=""\n`, expected: { covers: 'VETH' }, clean: VSWAP },
  'vz/invalid-value': { trigger: `${VSWAP}NETDEV="eth1 venet0"\n`, expected: { covers: 'venet0' }, clean: `${VSWAP}NETDEV="eth1"\n` },
  'vz/invalid-number': { trigger: 'PHYSPAGES="0:256M"\nSWAPPAGES="0:lots"\n', expected: { covers: 'lots' }, clean: VSWAP },
  'vz/bad-suffix': { trigger: basicConfig({ NUMPROC: '240K:240K' }), expected: { covers: '240K' }, clean: basicConfig() },
  'vz/out-of-range': { trigger: `${VSWAP}IOPRIO="9"\n`, expected: { covers: '9' }, clean: `${VSWAP}IOPRIO="7"\n` },
  'vz/invalid-enum': { trigger: `${VSWAP}ONBOOT="maybe"\n`, expected: { covers: 'maybe' }, clean: `${VSWAP}ONBOOT="yes"\n` },
  'vz/unlimited-not-allowed': {
    trigger: 'PHYSPAGES="0:256M"\nSWAPPAGES="0:512M"\nDISKSPACE="unlimited"\n', expected: { covers: 'unlimited' },
    clean: `${VZ7}PHYSPAGES="0:256M"\nSWAPPAGES="0:512M"\nDISKSPACE="unlimited"\n`,
  },
  'vz/too-large': { trigger: `${VSWAP}IOLIMIT="4G"\n`, expected: { covers: '4G' }, clean: `${VSWAP}IOLIMIT="10M"\n` },
  'vz/not-shell-safe': { trigger: `${VSWAP}HOSTNAME=web;reboot\n`, expected: { message: "';'" }, clean: `${VSWAP}HOSTNAME="web"\n` },
  'vz/missing-veid': { trigger: 'VE_ROOT="/vz/root"\n', expected: { covers: '/vz/root' }, clean: 'VE_ROOT="/vz/root/$VEID"\n', uri: GLOBAL_URI },
  'vz/numiptent-raised': { trigger: basicConfig({ NUMIPTENT: '8:8' }), expected: { covers: '8' }, clean: basicConfig() },
  'vz/suspicious-unit': { trigger: 'PHYSPAGES="0:512"\nSWAPPAGES="0:512M"\n', expected: { covers: '512', severity: 'information' }, clean: VSWAP },
  'vz/missing-required': { trigger: 'PHYSPAGES="0:256M"\n', expected: { message: 'SWAPPAGES', severity: 'error' }, clean: VSWAP },
  'vz/barrier-above-limit': { trigger: basicConfig({ KMEMSIZE: '14790164:14372700' }), expected: { covers: '14790164', severity: 'error' }, clean: basicConfig() },
  'vz/barrier-not-equal-limit': { trigger: basicConfig({ NUMPROC: '240:250' }), expected: { covers: '250', severity: 'error' }, clean: basicConfig() },
  'vz/limit-not-unlimited': { trigger: basicConfig({ VMGUARPAGES: '33792:40000' }), expected: { covers: '40000' }, clean: basicConfig() },
  'vz/barrier-not-zero': { trigger: 'PHYSPAGES="256M:256M"\nSWAPPAGES="0:512M"\n', expected: { covers: '256M', severity: 'error' }, clean: VSWAP },
  'vz/kmemsize-too-low': { trigger: basicConfig({ KMEMSIZE: '8000000:8500000' }), expected: { covers: '8000000', severity: 'error' }, clean: basicConfig() },
  'vz/dcachesize-too-low': { trigger: basicConfig({ DCACHESIZE: '3000000:3400000' }), expected: { covers: '3400000', severity: 'warning' }, clean: basicConfig() },
  'vz/privvmpages-below-vmguarpages': { trigger: basicConfig({ PRIVVMPAGES: '30000:69632' }), expected: { covers: '30000' }, clean: basicConfig() },
  'vz/sockbuf-gap-too-small': { trigger: basicConfig({ TCPSNDBUF: '1720320:1800000' }), expected: { covers: '1800000', severity: 'error' }, clean: basicConfig() },
  'vz/buffer-too-small': { trigger: basicConfig({ DGRAMRCVBUF: '16384:262144' }), expected: { covers: '16384', severity: 'warning' }, clean: basicConfig() },
  'vz/numfile-too-low': { trigger: basicConfig({ NUMFILE: '1000:1000' }), expected: { covers: '1000', severity: 'warning' }, clean: basicConfig() },
};

describe('vz-conf diagnostic codes', () => {
  it('every code is documented with a severity and a summary', () => {
    for (const code of allVzCodes) {
      assert.match(code, /^vz\/[a-z0-9]+(?:-[a-z0-9]+)*$/);
      assert.ok(vzCodes[code].summary.length > 10, code);
    }
  });

  it('every code has a test case (check-failed is tested separately)', () => {
    const missing = allVzCodes.filter((code) => code !== 'vz/check-failed' && !cases[code]);
    assert.deepStrictEqual(missing, []);
  });

  for (const [code, testCase] of Object.entries(cases) as [VzCode, CodeCase][]) {
    it(`${code}: triggered`, () => {
      expectDiagnostic(testCase.trigger, code, { ...testCase.expected, uri: testCase.uri });
    });
    it(`${code}: not triggered on the corrected file`, () => {
      expectNoDiagnostic(testCase.clean, code, testCase.cleanUri ?? testCase.uri);
    });
  }

  it('vz/check-failed: a crashing rule becomes one diagnostic and the other rules still run', () => {
    const text = `${VSWAP}HOSTNMAE="x"\n`;
    const document = TextDocument.create('file:///etc/vz/conf/101.conf', 'vz-conf', 1, text);
    const crashing = { name: 'crashing', run: () => { throw new Error('boom'); } };
    const found = runChecks([crashing, ...vzChecks], analyseVz(text, defaultSettings), document);
    assert.ok(found.some((d) => d.code === 'vz/check-failed' && d.message.includes('boom')));
    assert.ok(found.some((d) => d.code === 'vz/unknown-key'));
    const normal = runChecks(vzChecks, analyseVz(text, defaultSettings), document);
    assert.ok(!normal.some((d) => d.code === 'vz/check-failed'));
  });

  it('the basic non-VSwap sample and a VSwap config have no diagnostics at all', () => {
    assert.deepStrictEqual(diagnosticsOf(basicConfig()).map((d) => d.message), []);
    assert.deepStrictEqual(diagnosticsOf(VSWAP).map((d) => d.message), []);
  });

  it('vzcfgvalidate recommendations are information, warnings below them', () => {
    const recommendation = expectDiagnostic(basicConfig({ DGRAMRCVBUF: '65536:262144' }), 'vz/buffer-too-small', { covers: '65536' });
    assert.strictEqual(recommendation.severity, DiagnosticSeverity.Information);
    const rcvGap = expectDiagnostic(basicConfig({ TCPRCVBUF: '1720320:1800000' }), 'vz/sockbuf-gap-too-small', { covers: '1800000' });
    assert.strictEqual(rcvGap.severity, DiagnosticSeverity.Warning);
  });

  it('non-VSwap rules do not apply to VSwap configs, nor to Virtuozzo 7 ones', () => {
    assert.deepStrictEqual(diagnosticsOf(`${VSWAP}NUMPROC="240:250"\n`).filter((d) => d.code === 'vz/barrier-not-equal-limit'), []);
    const vz7 = `${VZ7}PHYSPAGES="65536:65536"\nSWAPPAGES="65536"\n`;
    assert.deepStrictEqual(diagnosticsOf(vz7).map((d) => d.code), []);
  });

  it('a non-VSwap config missing parameters names them all', () => {
    const found = expectDiagnostic(basicConfig({ NUMFILE: undefined, DCACHESIZE: undefined }), 'vz/missing-required');
    assert.match(found.message, /NUMFILE/);
    assert.match(found.message, /DCACHESIZE/);
  });

  it('rules about required parameters do not apply to vz.conf', () => {
    expectNoDiagnostic('LOCKDIR="/vz/lock"\n', 'vz/missing-required', GLOBAL_URI);
  });

  it('a duplicate points at the first occurrence; ignored keys fade, deprecated ones are struck through', () => {
    const duplicate = expectDiagnostic(`${VSWAP}CPUUNITS="2000"\n`, 'vz/duplicate-key');
    assert.strictEqual(duplicate.relatedInformation?.[0].location.range.start.line, 4);
    assert.deepStrictEqual(expectDiagnostic(`${VSWAP}VE0CPUUNITS="1"\n`, 'vz/ignored-key').tags, [1]);
    assert.deepStrictEqual(expectDiagnostic(`${VSWAP}VETH=""\n`, 'vz/deprecated-key').tags, [2]);
  });

  it('a formula diagnostic points at the parameters it reads', () => {
    const found = expectDiagnostic(basicConfig({ NUMFILE: '1000:1000' }), 'vz/numfile-too-low');
    const related = (found.relatedInformation ?? []).map((info) => info.message);
    assert.ok(related.includes('NUMTCPSOCK is used in this rule') && related.includes('NUMPTY is used in this rule'), JSON.stringify(related));
  });

  it('a skipped first line does not make the second a duplicate (vzctl only remembers readable values)', () => {
    expectNoDiagnostic(`PHYSPAGES="0:256M"\nSWAPPAGES="0:512M"\nCPUUNITS="5"\nCPUUNITS="1000"\n`, 'vz/duplicate-key');
  });
});
