import * as assert from 'assert';
import { parse } from '../../../../server/src/xl/parse';
import { analyseSpec } from '../../../../server/src/xl/specs';
import type { XlValue } from '../../../../server/src/xl/ast';
import type { SpecContext } from '../../../../server/src/xl/specs/types';

/** Runs the real parser, then the spec analysers on its values: the spans must land on the document. */
function analyse(text: string, key: string, language: Parameters<typeof analyseSpec>[0]) {
  const file = parse(text);
  const values = new Map<string, XlValue>();
  for (const assignment of file.assignments) if (assignment.value) values.set(assignment.key.name, assignment.value);
  const value = values.get(key);
  assert.ok(value, `${key} parsed`);
  const context: SpecContext = { guestType: 'hvm', lookup: (name) => values.get(name) };
  const analysis = analyseSpec(language, value, context);
  return analysis.issues.map((issue) => [issue.code, text.slice(issue.span.start, issue.span.end)]);
}

describe('xl specs on values from the real parser', () => {
  it('lands disk and vif issues on the exact text, across escapes and line breaks inside the list', () => {
    const text = [
      'name = "web"',
      'disk = [ "format=qcow3, vdev=xvda, target=/dev/vg/web",',
      '         \'/img/b.raw,raw\\t,xvdb,\\trw\' ]',
      'vif = [ "mac=00:16:3e:zz:00:01, rate=10Mbps" ]',
      '',
    ].join('\n');
    assert.deepStrictEqual(analyse(text, 'disk', 'disk'), [['xl/disk-bad-format', 'qcow3'], ['xl/disk-bad-format', 'raw\\t']]);
    assert.deepStrictEqual(analyse(text, 'vif', 'vif'), [['xl/vif-bad-mac', '00:16:3e:zz:00:01'], ['xl/vif-bad-rate', '10Mbps']]);
  });

  it('reads maxvcpus and maxmem through the context for vnuma', () => {
    const text = [
      'maxvcpus = 4',
      'maxmem = 1024',
      "vnuma = [ [ 'pnode=0', 'size=512', 'vcpus=0-1', 'vdistances=10,20' ],",
      "          [ 'pnode=0', 'size=512', 'vcpus=2', 'vdistances=20,10' ] ]",
      '',
    ].join('\n');
    assert.deepStrictEqual(analyse(text, 'vnuma', 'vnuma'), [['xl/vnuma-vcpus-mismatch', 'pnode=0']]);
  });

  it('analyses the string form of cpus', () => {
    assert.deepStrictEqual(analyse('cpus = "0-3,^all"\n', 'cpus', 'cpulist'), [['xl/cpulist-negated-all', '^all']]);
  });

  const fixes: [string, string, Parameters<typeof analyseSpec>[0]][] = [
    ['rdm = "strategy=host,policy=relaxed"\n', 'rdm', 'rdm'],
    ['rdm = "policy=strict,strategy=host"\n', 'rdm', 'rdm'],
    ['channel = [ "name=agent, connection=PTY" ]\n', 'channel', 'channel'],
    ['vif = [ "netdev=eth0" ]\n', 'vif', 'vif'],
    ["vsnd = [ [ 'CARD, sample-formats=float_le', 'PCM', 'STREAM, id=0' ] ]\n", 'vsnd', 'vsnd'],
  ];
  for (const [text, key, language] of fixes) {
    it(`offers a replacement that cleans ${JSON.stringify(text.trim())}`, () => {
      let current = text;
      for (let round = 0; round < 3; round++) {
        const file = parse(current);
        const value = file.assignments.find((assignment) => assignment.key.name === key)?.value;
        assert.ok(value);
        const fixable = analyseSpec(language, value, { guestType: 'hvm', lookup: () => undefined }).issues.find((issue) => issue.data?.replacement !== undefined);
        if (!fixable) break;
        current = current.slice(0, fixable.span.start) + (fixable.data?.replacement ?? '') + current.slice(fixable.span.end);
      }
      assert.deepStrictEqual(analyse(current, key, language), [], `after the fixes: ${current}`);
    });
  }
});
