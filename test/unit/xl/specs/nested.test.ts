import * as assert from 'assert';
import { analyseSpec } from '../../../../server/src/xl/specs';
import { context, expectClean, fixture } from './fixture';
import { runCases } from './table';

describe('xl spec: vsnd', () => {
  runCases('vsnd', [
    { source: [['CARD, short-name=Main, sample-rates=44100;48000, sample-formats=s16_le;f32_le', 'pcm, name=out', 'STREAM, unique-id=0, type=p']] },
  ], [
    { source: [['CARD, short-name=x', 'PCM, name=out', 'STREAM, id=0, type=p']], code: 'xl/vsnd-unknown-key', at: 'id', says: 'only knows unique-id=', severity: 'error' },
    { source: [['CARD, sample-formats=s16_le;float_le']], code: 'xl/vsnd-bad-format', at: 'float_le', says: 'Invalid pcm format: float_le', severity: 'error' },
    { source: [['CARD, sample-formats=s17_le']], code: 'xl/vsnd-bad-format', at: 's17_le', says: 'Invalid pcm format: s17_le', severity: 'error' },
    { source: [['DEVICE, name=x']], code: 'xl/vsnd-bad-item', at: 'DEVICE', says: 'Invalid key: DEVICE', severity: 'error' },
    { source: [['STREAM, type=x']], code: 'xl/vsnd-bad-stream-type', at: 'x', says: 'Invalid stream type: x', severity: 'error' },
    { source: [['CARD, name=x']], code: 'xl/vsnd-unknown-key', at: 'name', says: 'Invalid parameter: name=x', severity: 'error' },
  ]);
  it('suggests the IDL names for the manual\'s float formats', () => {
    const doc = fixture([['CARD, sample-formats=float64_be']]);
    const [issue] = analyseSpec('vsnd', doc.value, context()).issues;
    assert.deepStrictEqual(issue.data, { replacement: 'f64_be' });
  });
});

describe('xl spec: vnuma', () => {
  const nodes = [
    ['pnode=0', 'size=1024', 'vcpus=0-1', 'vdistances=10,20'],
    ['pnode=1', 'size=1024', 'vcpus=2,3', 'vdistances=20,10'],
  ];
  runCases('vnuma', [{ source: nodes, settings: { maxvcpus: 4, maxmem: 2048 } }, { source: nodes }], [
    { source: nodes, settings: { maxvcpus: 3 }, code: 'xl/vnuma-vcpus-mismatch', at: 'pnode=0', says: 'vnuma vcpus and maxvcpus= mismatch', severity: 'error' },
    { source: nodes, settings: { maxmem: 4096 }, code: 'xl/vnuma-memory-mismatch', at: 'pnode=0', says: 'maxmem and vnuma memory size mismatch', severity: 'error' },
    { source: [['pnode', 'size=1', 'vcpus=0', 'vdistances=10']], code: 'xl/vnuma-syntax', at: 'pnode', says: 'failed to split "pnode" into pair', severity: 'error' },
    { source: [['pnode=x', 'size=1', 'vcpus=0', 'vdistances=10']], code: 'xl/vnuma-bad-number', at: 'x', says: 'failed to convert "x" to number', severity: 'error' },
    { source: [['pnode=0', 'size=1', 'vcpus=0-x', 'vdistances=10']], code: 'xl/vnuma-bad-vcpus', at: '0-x', says: 'does not report it', severity: 'warning' },
    { source: [['pnode=0', 'size=1', 'vcpus=0', 'vdistances=10,20']], code: 'xl/vnuma-too-many-distances', at: '10,20', says: '2 distances for 1 virtual node', severity: 'warning' },
    { source: [['pnode=0', 'size=1', 'vcpus=0', 'vdistances=10', 'colour=red']], code: 'xl/vnuma-unknown-key', at: 'colour', says: 'silently ignores', severity: 'warning' },
    { source: [['pnode=0', 'size=1', 'vcpus=0']], code: 'xl/vnuma-missing-key', at: 'pnode=0', says: 'does not set vdistances', severity: 'warning' },
  ]);
  it('skips nested lists inside a vnode, as xl does', () => {
    const doc = fixture([['pnode=0', ['x'], 'size=512', 'vcpus=0', 'vdistances=10']]);
    const analysis = analyseSpec('vnuma', doc.value, context({ maxmem: 512, maxvcpus: 1 }));
    expectClean(doc, analysis);
    assert.strictEqual(analysis.items.length, 4);
  });

  it('skips the totals when maxvcpus cannot be read', () => {
    const doc = fixture(nodes);
    expectClean(doc, analyseSpec('vnuma', doc.value, context({ maxvcpus: 'four' })));
  });
});
