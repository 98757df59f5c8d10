import * as assert from 'assert';
import { analyseSpec } from '../../../../server/src/xl/specs';
import { context, expectClean, expectIssue, fixture } from './fixture';

function vif(...items: string[]) {
  const doc = fixture(items);
  return { doc, analysis: analyseSpec('vif', doc.value, context()) };
}

describe('xl spec: vif', () => {
  it('accepts a full spec, an empty item, and reports facts', () => {
    const { doc, analysis } = vif('mac=00:16:3E:aa:bb:cc, bridge=xenbr1, ip=192.0.2.10, rate=10MB/s@20ms, model=e1000, type=ioemu', '');
    expectClean(doc, analysis);
    const [first, second] = analysis.items;
    assert.deepStrictEqual(first.facts, {
      devid: '0', mac: '00:16:3e:aa:bb:cc', bridge: 'xenbr1', ip: '192.0.2.10', rate: '10000000', rateIntervalUs: '20000', model: 'e1000', type: 'ioemu',
    });
    assert.strictEqual(first.essence, 'vif 00:16:3e:aa:bb:cc → xenbr1');
    assert.strictEqual(second.essence, 'vif (random MAC) → xenbr0');
    assert.strictEqual(second.facts.devid, '1');
  });

  const rates: [string, string][] = [['100Mb/s', '12500000'], ['1GB/s', '1000000000'], ['5KB/s@1s', '5000'], ['7B/s@100us', '7'], ['3MB/s@2', '3000000']];
  for (const [rate, bytes] of rates) {
    it(`reads rate=${rate} as ${bytes} bytes/s`, () => {
      const { doc, analysis } = vif(`rate=${rate}`);
      expectClean(doc, analysis);
      assert.strictEqual(analysis.items[0].facts.rate, bytes);
    });
  }

  const badRates: [string, string, string][] = [
    ['rate=10M/s', '10M/s', 'invalid rate'],
    ['rate=10 MB/s', '10 MB/s', 'invalid rate'],
    ['rate=0MB/s', '0MB/s', 'rate overflow'],
    ['rate=5000000000B/s', '5000000000B/s', 'rate overflow'],
    ['rate=10MB/s@20xs', '20xs', 'invalid replenishment interval'],
    ['rate=10MB/s@0ms', '0ms', 'replenishment interval overflow'],
    ['rate=10MB/s@5000s', '5000s', 'replenishment interval overflow'],
    ['rate=@20ms', '@20ms', 'no rate specified'],
  ];
  for (const [spec, at, message] of badRates) {
    it(`refuses ${spec} (${message})`, () => {
      const { doc, analysis } = vif(spec);
      const issue = expectIssue(doc, analysis, 'xl/vif-bad-rate', at);
      assert.strictEqual(issue.severity, 'error');
      assert.ok(issue.message.includes(`config parsing error in vif: ${message} in \``), issue.message);
    });
  }

  it('warns about a bad MAC, a bad type and unknown keys without failing', () => {
    const { doc, analysis } = vif('mac=00:16:3e:zz:00:01, type=pv, bridg=xenbr0, mtu');
    expectIssue(doc, analysis, 'xl/vif-bad-mac', '00:16:3e:zz:00:01');
    expectIssue(doc, analysis, 'xl/vif-bad-type', 'pv');
    const unknown = analysis.issues.filter((issue) => issue.code === 'xl/vif-unknown-key');
    assert.deepStrictEqual(unknown.map((issue) => doc.text.slice(issue.span.start, issue.span.end)), ['bridg', 'mtu']);
    assert.ok(unknown[0].message.includes('Did you mean "bridge"?'));
    assert.ok(unknown[0].message.includes("unrecognized argument `bridg=xenbr0'"));
    assert.ok(analysis.issues.every((issue) => issue.severity === 'warning'));
  });

  it('reports a MAC with too few octets and one above ff', () => {
    const { doc, analysis } = vif('mac=00:16:3e', 'mac=00:16:3e:100:00:01');
    assert.deepStrictEqual(analysis.issues.map((issue) => [issue.code, doc.text.slice(issue.span.start, issue.span.end)]), [
      ['xl/vif-bad-mac', '00:16:3e'], ['xl/vif-bad-mac', '00:16:3e:100:00:01'],
    ]);
  });

  it('refuses a non-numeric mtu and devid', () => {
    const { doc, analysis } = vif('mtu=large', 'devid=-1');
    assert.deepStrictEqual(analysis.issues.map((issue) => [issue.code, issue.severity, doc.text.slice(issue.span.start, issue.span.end)]), [
      ['xl/vif-bad-number', 'error', 'large'], ['xl/vif-bad-number', 'error', '-1'],
    ]);
    assert.ok(analysis.issues[0].message.includes('failed to convert "large" to number'));
  });

  it('flags netdev as deprecated with a replacement, and accel as unsupported', () => {
    const { doc, analysis } = vif('netdev=eth0, accel=x');
    const netdev = expectIssue(doc, analysis, 'xl/vif-deprecated-netdev', 'netdev');
    assert.deepStrictEqual(netdev.data, { replacement: 'gatewaydev' });
    expectIssue(doc, analysis, 'xl/vif-accel-unsupported', 'accel');
  });

  it('warns about a part of blanks only, which xl reads as an empty argument', () => {
    const { doc, analysis } = vif('bridge=xenbr0,  ');
    const issue = expectIssue(doc, analysis, 'xl/vif-unknown-key', '  ');
    assert.ok(issue.message.includes("unrecognized argument `'"));
  });

  it('strips leading blanks but keeps trailing ones (strtok semantics)', () => {
    const { doc, analysis } = vif('  type=vif ');
    expectIssue(doc, analysis, 'xl/vif-bad-type', 'vif ');
  });
});
