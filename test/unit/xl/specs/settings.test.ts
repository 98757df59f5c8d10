import * as assert from 'assert';
import { analyseSpec } from '../../../../server/src/xl/specs';
import { context, fixture } from './fixture';
import { runCases } from './table';

describe('xl spec: rdm', () => {
  runCases('rdm', [{ source: 'strategy=host' }], [
    { source: 'strategy=host,policy=relaxed', code: 'xl/rdm-policy-dropped', at: ',policy=relaxed', says: 'silently ignore the whole rdm setting', severity: 'warning' },
    { source: 'policy=strict,strategy=host', code: 'xl/rdm-policy-dropped', at: 'policy=strict,', says: 'bug', severity: 'warning' },
    { source: 'strategy=host,policy=loose', code: 'xl/rdm-bad-policy', at: 'loose', says: 'Unknown RDM policy: loose', severity: 'warning' },
    { source: 'mode=host', code: 'xl/rdm-unknown-option', at: 'mode', says: 'Unknown RDM state option: mode', severity: 'warning' },
    { source: 'strategy=all', code: 'xl/rdm-bad-strategy', at: 'all', says: 'Unknown RDM strategy option: all', severity: 'warning' },
    { source: 'strategy=host,', code: 'xl/rdm-syntax', at: 'strategy=host,', says: 'ignores the whole rdm setting', severity: 'warning' },
  ]);
  it('offers the quick fix of deleting policy=', () => {
    const doc = fixture('strategy=host,policy=relaxed');
    const [issue] = analyseSpec('rdm', doc.value, context()).issues;
    assert.deepStrictEqual(issue.data, { replacement: '' });
  });
});

describe('xl spec: smbios', () => {
  runCases('smbios', [{ source: ['bios_vendor=Example', 'System_Product_Name=Box 9', 'oem=asset=17'] }], [
    { source: ['bios_vendor'], code: 'xl/smbios-syntax', at: 'bios_vendor', says: 'failed to split "bios_vendor" at \'=\'', severity: 'error' },
    { source: ['bios_vendor='], code: 'xl/smbios-empty-value', at: 'bios_vendor', says: 'empty value not allowed for smbios "bios_vendor="', severity: 'error' },
    { source: ['bios_vendr=x'], code: 'xl/smbios-unknown-type', at: 'bios_vendr', says: "unknown smbios type 'bios_vendr'", severity: 'error' },
  ]);
  it('allows 99 oem strings and refuses the 100th', () => {
    const items = Array.from({ length: 100 }, (_, index) => `oem=${index}`);
    const doc = fixture(items);
    const issues = analyseSpec('smbios', doc.value, context()).issues;
    assert.deepStrictEqual(issues.map((issue) => [issue.code, doc.text.slice(issue.span.start - 1, issue.span.end + 3)]), [['xl/smbios-too-many-oem', "'oem=99"]]);
    assert.ok(issues[0].message.includes('smbios limited to 99 oem strings'));
  });
});

describe('xl spec: cpuid (string form)', () => runCases('cpuid', [
  { source: 'host,tm=0,sse3=0,family=6,aes=k,rdcl-no=1,lfence+=x' },
], [
  { source: 'tm=0,sse3=0', code: 'xl/cpuid-missing-host', at: 'tm=0', says: 'first word must be "host"', severity: 'warning' },
  { source: 'host,sse3', code: 'xl/cpuid-missing-equals', at: 'sse3', says: 'missing "=" in key=value', severity: 'warning' },
  { source: 'host,ssse4=1', code: 'xl/cpuid-unknown-flag', at: 'ssse4', says: 'unknown CPUID flag name', severity: 'warning' },
  { source: 'host,sse3=y', code: 'xl/cpuid-bad-value', at: 'y', says: 'illegal CPUID value (must be: [0|1|x|k|s])', severity: 'warning' },
  { source: 'host,rdcl-no=10', code: 'xl/cpuid-bad-value', at: '10', says: 'single character', severity: 'warning' },
]));

describe('xl spec: cpuid (xend list form)', () => runCases('cpuid', [
  { source: ['0x1:ecx=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx0,edx=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', '7,0:ebx=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] },
], [
  { source: ['leaf:eax=0'], code: 'xl/cpuid-bad-line', at: 'leaf:eax=0', says: 'error #1: illegal leaf number', severity: 'warning' },
  { source: ['1,x:eax=0'], code: 'xl/cpuid-bad-line', at: 'x:eax=0', says: 'error #2: illegal subleaf number', severity: 'warning' },
  { source: ['1 eax=0'], code: 'xl/cpuid-bad-line', at: ' eax=0', says: 'error #3: missing colon', severity: 'warning' },
  { source: ['1:exx=0'], code: 'xl/cpuid-bad-line', at: 'exx=0', says: 'error #4: invalid register name (must be e[abcd]x)', severity: 'warning' },
  { source: ['1:eax=0101'], code: 'xl/cpuid-bad-line', at: '0101', says: 'error #5: policy string must be exactly 32 characters long', severity: 'warning' },
]));

describe('xl spec: viridian', () => runCases('viridian', [
  { source: ['defaults', 'stimer', 'synic', '!hcall_remote_tlb_flush'] },
  { source: ['all', '!hcall_ipi'] },
  { source: ['base', 'Freq'] },
  { source: ['!base'] },
], [
  { source: ['base', '!crashctl'], code: 'xl/viridian-unknown-group', at: 'crashctl', says: "unknown viridian enlightenment 'crashctl'", severity: 'error' },
  { source: ['stimer'], code: 'xl/viridian-missing-base', at: 'stimer', says: 'base group not enabled', severity: 'error' },
  { source: ['defaults', '!base'], code: 'xl/viridian-missing-base', at: '!base', says: 'base group not enabled', severity: 'error' },
  { source: ['!freq', 'all'], code: 'xl/viridian-conflict', at: 'all', says: 'freq group both enabled and disabled', severity: 'error' },
]));

describe('xl spec: arm_sci', () => runCases('arm_sci', [{ source: 'type=scmi_smc' }], [
  { source: 'type=scmi', code: 'xl/arm-sci-bad-type', at: 'scmi', says: 'Unknown ARM_SCI type: scmi', severity: 'error' },
  { source: 'type=none,agent=1', code: 'xl/arm-sci-ignored', at: 'agent=1', says: 'silently ignores', severity: 'warning' },
]));

describe('xl spec: xenstore_quota', () => runCases('xenstore_quota', [{ source: ['nodes=2000', 'watches=0x100'] }], [
  { source: ['nodes'], code: 'xl/xenstore-quota-syntax', at: 'nodes', says: 'Quota specification "nodes" lacks "=".', severity: 'error' },
  { source: ['nodes=many'], code: 'xl/xenstore-quota-bad-value', at: 'many', says: 'Quota specification "nodes=many" uses illegal value "many".', severity: 'error' },
  { source: ['nodes=4294967296'], code: 'xl/xenstore-quota-bad-value', at: '4294967296', says: 'illegal value', severity: 'error' },
  { source: ['nodes='], code: 'xl/xenstore-quota-bad-value', at: '', says: 'illegal value', severity: 'error' },
]));
