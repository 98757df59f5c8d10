import * as assert from 'assert';
import { analyseSpec } from '../../../../server/src/xl/specs';
import { context, expectClean, expectIssue, fixture } from './fixture';

function pci(...items: string[]) {
  const doc = fixture(items);
  return { doc, analysis: analyseSpec('pci', doc.value, context()) };
}

describe('xl spec: pci', () => {
  it('accepts the documented forms and normalises the address', () => {
    const { doc, analysis } = pci('03:00.0', '0000:04:1f.7@1f,permissive=1,seize=1', '05:00.*', 'bdf=06:00.1,rdm_policy=RELAXED', 'name=gpu0,vslot=0x3');
    expectClean(doc, analysis);
    assert.deepStrictEqual(analysis.items.map((item) => item.essence), ['pci 0000:03:00.0', 'pci 0000:04:1f.7', 'pci 0000:05:00.*', 'pci 0000:06:00.1', 'pci name=gpu0']);
    assert.strictEqual(analysis.items[1].facts.vslot, '1f');
  });

  it('refuses the documentation\'s own @20 example: vslot is hex and at most 1f', () => {
    const { doc, analysis } = pci('36:00.0@20', '36:00.0,vslot=20');
    const issues = analysis.issues.filter((issue) => issue.code === 'xl/pci-bad-vslot');
    assert.deepStrictEqual(issues.map((issue) => doc.text.slice(issue.span.start, issue.span.end)), ['20', '20']);
    assert.ok(issues[0].message.includes('for slot 20 write 14'), issues[0].message);
    assert.ok(issues[0].message.includes("unable to parse PCI_SPEC_STRING `36:00.0@20' for passthrough"));
  });

  const errors: [string, string, string][] = [
    ['03:20.0', 'xl/pci-bad-bdf', '03:20.0'],
    ['100:00.0', 'xl/pci-bad-bdf', '100:00.0'],
    ['03:00.8', 'xl/pci-bad-bdf', '8'],
    ['03-00-0', 'xl/pci-bad-bdf', '03-00-0'],
    ['bdf=03:00', 'xl/pci-bad-bdf', '03:00'],
    ['03:00.0 ,seize=1', 'xl/pci-syntax', ' '],
    ['03:00.0,seize', 'xl/pci-syntax', 'seize'],
    ['03:00.0,colour=1', 'xl/pci-unknown-key', 'colour'],
    ['03:00.0,rdm_policy=loose', 'xl/pci-bad-rdm-policy', 'loose'],
    ['03:00.0,name=gpu', 'xl/pci-bdf-and-name', '03:00.0,name=gpu'],
    ['permissive=1', 'xl/pci-missing-bdf', 'permissive=1'],
  ];
  for (const [spec, code, at] of errors) {
    it(`refuses '${spec}' with ${code}`, () => {
      const { doc, analysis } = pci(spec);
      const issue = expectIssue(doc, analysis, code, at);
      assert.strictEqual(issue.severity, 'error');
      assert.ok(issue.message.includes(`unable to parse PCI_SPEC_STRING \`${spec}' for passthrough`), issue.message);
    });
  }

  it('names the unknown option and the bad RDM policy as xl does', () => {
    assert.ok(pci('03:00.0,colour=1').analysis.issues[0].message.includes('Unknown PCI_SPEC_STRING option: colour'));
    assert.ok(pci('03:00.0,rdm_policy=loose').analysis.issues[0].message.includes('Unknown RDM policy: loose'));
  });

  it('warns when a 0/1 option is not a number (xl reads it as 0)', () => {
    const { doc, analysis } = pci('03:00.0,permissive=yes');
    assert.strictEqual(expectIssue(doc, analysis, 'xl/pci-not-a-number', 'yes').severity, 'warning');
  });
});
