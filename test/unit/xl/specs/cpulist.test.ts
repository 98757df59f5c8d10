import * as assert from 'assert';
import { analyseSpec } from '../../../../server/src/xl/specs';
import { context, expectClean, expectIssue, fixture } from './fixture';

describe('xl spec: cpulist (cpus, cpus_soft)', () => {
  it('accepts every documented form, as a string and as a list', () => {
    const single = fixture('all,^3,node:0,nodes:1-2,4-7, 9');
    expectClean(single, analyseSpec('cpulist', single.value, context()));
    const list = fixture(['2', '3-4', 'nodes:0-1,^5']);
    expectClean(list, analyseSpec('cpulist', list.value, context({ maxvcpus: 4 })));
  });

  const bad: [string, string, string][] = [
    ['3-1', '3-1', 'Invalid pcpu range: 3-1.'],
    ['0-3,x', 'x', 'Invalid pcpu range: x.'],
    ['4 ', '4 ', 'Invalid pcpu range: 4 .'],
    ['node:a', 'node:a', 'Invalid pcpu range: a.'],
    [' all', ' all', 'Invalid pcpu range:  all.'],
    ['2-', '2-', 'Invalid pcpu range: 2-.'],
  ];
  for (const [spec, at, xlMessage] of bad) {
    it(`refuses "${spec}"`, () => {
      const doc = fixture(spec);
      const issue = expectIssue(doc, analyseSpec('cpulist', doc.value, context()), 'xl/cpulist-bad-range', at);
      assert.strictEqual(issue.severity, 'error');
      assert.ok(issue.message.includes(xlMessage), issue.message);
    });
  }

  it('refuses ^all and ^nodes:all', () => {
    const doc = fixture('1,^all,^nodes:all');
    const analysis = analyseSpec('cpulist', doc.value, context());
    const issues = analysis.issues.filter((issue) => issue.code === 'xl/cpulist-negated-all');
    assert.deepStrictEqual(issues.map((issue) => doc.text.slice(issue.span.start, issue.span.end)), ['^all', '^nodes:all']);
    assert.ok(issues[0].message.includes('Can\'t combine "^" and "all".'));
  });

  it('warns about list entries beyond maxvcpus (else vcpus), which xl ignores', () => {
    const doc = fixture(['0', '1', '2']);
    const analysis = analyseSpec('cpulist', doc.value, context({ vcpus: 2 }));
    expectIssue(doc, analysis, 'xl/cpulist-extra-entry', '2');
    const roomy = analyseSpec('cpulist', doc.value, context({ vcpus: 2, maxvcpus: 3 }));
    expectClean(doc, roomy);
    const unknown = analyseSpec('cpulist', doc.value, context({ maxvcpus: 'lots' }));
    expectClean(doc, unknown);
    const vnuma = analyseSpec('cpulist', doc.value, context({ vcpus: 2, vnuma: 'layout' }));
    expectClean(doc, vnuma);
  });
});
