import * as assert from 'assert';
import { analyseSpec } from '../../../../server/src/xl/specs';
import { context, expectClean, expectIssue, fixture, spanText } from './fixture';

function disk(...items: string[]) {
  const doc = fixture(items);
  return { doc, analysis: analyseSpec('disk', doc.value, context()) };
}

describe('xl spec: disk', () => {
  it('accepts the key=value form and reports its facts and essence', () => {
    const { doc, analysis } = disk('format=raw, vdev=xvda, access=rw, target=/dev/vg/web');
    expectClean(doc, analysis);
    const [item] = analysis.items;
    assert.deepStrictEqual(item.facts, { vdev: 'xvda', target: '/dev/vg/web', format: 'raw', access: 'rw', cdrom: '0' });
    assert.strictEqual(item.essence, 'xvda ← /dev/vg/web');
    const vdev = item.fields.find((field) => field.key === 'vdev');
    assert.ok(vdev && vdev.keySpan);
    assert.strictEqual(spanText(doc, vdev.valueSpan), 'xvda');
    assert.strictEqual(spanText(doc, vdev.keySpan), 'vdev');
  });

  it('accepts the positional form and an empty format slot', () => {
    const { doc, analysis } = disk('/dev/vg/web,raw,xvda,rw', '/img/a.qcow2,qcow2,xvdb,r', '/dev/x,,xvdc');
    expectClean(doc, analysis);
    assert.deepStrictEqual(analysis.items.map((item) => [item.facts.vdev, item.facts.format, item.facts.access]), [
      ['xvda', 'raw', 'rw'], ['xvdb', 'qcow2', 'ro'], ['xvdc', 'raw', 'rw'],
    ]);
  });

  it('lets target= swallow the rest of the string, commas included', () => {
    const { doc, analysis } = disk('vdev=xvda, target=rbd:pool/img,id=admin');
    expectClean(doc, analysis);
    assert.strictEqual(analysis.items[0].facts.target, 'rbd:pool/img,id=admin');
  });

  it('accepts an empty CD-ROM drive, the old ",hdc:cdrom,r" form and the flags', () => {
    const { doc, analysis } = disk('vdev=xvda,cdrom', ',hdc:cdrom,r', '/i,raw,xvdd,rw,discard,direct-io-safe,untrusted', 'vdev=xvde,target=/x,grant_usage=1,specification=virtio');
    assert.deepStrictEqual(analysis.issues.map((issue) => issue.code), ['xl/disk-deprecated-devtype']);
    assert.strictEqual(spanText(doc, analysis.issues[0].span), ':cdrom');
    assert.deepStrictEqual(analysis.items[0].facts, { vdev: 'xvda', target: '', format: 'empty', access: 'ro', cdrom: '1' });
    assert.strictEqual(analysis.items[1].facts.vdev, 'hdc');
    assert.strictEqual(analysis.items[1].facts.cdrom, '1');
  });

  it('warns about ignored prefixes and hints at deprecated ones', () => {
    const { doc, analysis } = disk('phy:/dev/sda1,xvda,w', 'tap:aio:/img/a,xvdb,w', 'qcow2:/img/b,xvdc,w', 'iscsi:iqn.x,xvdd,r');
    const codes = analysis.issues.map((issue) => [issue.code, spanText(doc, issue.span)]);
    assert.deepStrictEqual(codes, [
      ['xl/disk-ignored-prefix', 'phy:'], ['xl/disk-ignored-prefix', 'tap:'], ['xl/disk-ignored-prefix', 'aio:'],
      ['xl/disk-deprecated-prefix', 'qcow2:'], ['xl/disk-deprecated-prefix', 'iscsi:'],
    ]);
    assert.ok(analysis.issues.every((issue) => issue.severity !== 'error'));
    assert.strictEqual(analysis.items[0].facts.target, '/dev/sda1');
    assert.strictEqual(analysis.items[2].facts.format, 'qcow2');
  });

  const errors: [string, string, string, string][] = [
    ['/img,qcow3,xvda', 'xl/disk-bad-format', 'qcow3', 'unknown value for format'],
    ['format=vmdk,vdev=xvda,target=/x', 'xl/disk-bad-format', 'vmdk', 'unknown value for format'],
    ['/img,raw,xvda,rx', 'xl/disk-bad-access', 'rx', 'unknown value for access'],
    ['vdev=xvda,devtype=floppy,target=/x', 'xl/disk-bad-devtype', 'floppy', 'unknown value for type'],
    ['vdev=xvda,backendtype=nbd,target=/x', 'xl/disk-bad-backendtype', 'nbd', 'unknown value for backendtype'],
    ['vdev=xvda,specification=scsi,target=/x', 'xl/disk-bad-specification', 'scsi', 'unknown value for specification'],
    ['vdev=xvda,vdev=xvdb,target=/x', 'xl/disk-respecified', 'xvdb', 'vdev respecified'],
    ['/img,raw,xvda,format=qcow2', 'xl/disk-respecified', 'qcow2', 'format respecified'],
    ['vdev=xvda,colour=red,target=/x', 'xl/disk-unknown-key', 'colour=red', 'unknown parameter'],
    ['foo:/img,xvda,w', 'xl/disk-unknown-prefix', 'foo:', 'unknown deprecated disk prefix'],
    [',hdc:floppy,r', 'xl/disk-bad-devtype', 'floppy', 'unknown deprecated type'],
    ['/img,raw,xvda,w,extra', 'xl/disk-too-many-positional', 'extra', 'too many positional parameters'],
    ['Format=raw,vdev=xvda', 'xl/disk-syntax', '=raw,vdev=xvda', 'bad disk syntax'],
    ['vdev=xvda,grant_usage=2,target=/x', 'xl/disk-syntax', '=2,target=/x', 'bad disk syntax'],
    ['target=/img', 'xl/disk-missing-vdev', 'target=/img', 'no vdev specified'],
    ['vdev=xvda', 'xl/disk-missing-target', 'vdev=xvda', 'no target specified (and device not removable)'],
    ['vdev=xvda,colo-port=0,target=/x', 'xl/disk-bad-colo-port', '0', 'unknown value for colo_port'],
    ['/img,raw,xda,w', 'xl/disk-bad-vdev', 'xda', 'Invalid or unsupported virtual disk identifier xda'],
    ['vdev=hde,target=/x', 'xl/disk-bad-vdev', 'hde', 'Invalid or unsupported virtual disk identifier hde'],
    ['/img,,xvda01', 'xl/disk-bad-vdev', 'xvda01', 'virtual disk identifier'],
  ];
  for (const [spec, code, at, xlMessage] of errors) {
    it(`refuses '${spec}' with ${code} on "${at}"`, () => {
      const { doc, analysis } = disk(spec);
      const issue = expectIssue(doc, analysis, code, at);
      assert.strictEqual(issue.severity, 'error');
      assert.ok(issue.message.includes(xlMessage), issue.message);
    });
  }

  it('lets a stray last character pass with a warning, as the flex scanner does', () => {
    const ignored = disk('vdev=xvda,/x,raw=');
    assert.deepStrictEqual(ignored.analysis.issues.map((issue) => [issue.code, issue.severity, spanText(ignored.doc, issue.span)]), [
      ['xl/disk-ignored-trailing', 'warning', '='],
    ]);
    const missing = disk('/img=');
    assert.deepStrictEqual(missing.analysis.issues.map((issue) => issue.code), ['xl/disk-ignored-trailing', 'xl/disk-missing-vdev']);
  });

  it('accepts every vdev form libxl maps to a device', () => {
    const { doc, analysis } = disk('/a,,xvda', '/b,,xvdaa15', '/c,,hdd63', '/d,,sdp', '/e,,d3p7', '/f,,51712', '/g,,sda1');
    expectClean(doc, analysis);
  });

  // expectations checked against the real libxlu scanner built from the pinned Xen tree
  const scannerCases: [string, string | Record<string, string>][] = [
    ['raw:abc,xvda', { vdev: 'xvda', target: 'abc', format: 'raw', access: 'rw', cdrom: '0' }],
    ['cdrom=1,vdev=xvda', 'xl/disk-unknown-key'],
    ['vdev=xvda,target=/x,grant_usage=10', { vdev: 'xvda', target: '/x,grant_usage=10', format: 'raw', access: 'rw', cdrom: '0' }],
    ['grant_usage=10,vdev=xvda,target=/x', 'xl/disk-respecified'],
    ['/x,xvda:disk', 'xl/disk-bad-format'],
    ['/x,,hda:cdrom', { vdev: 'hda', target: '/x', format: 'raw', access: 'ro', cdrom: '1' }],
    ['vdev=xvda, cdromx', { vdev: 'xvda', target: 'cdromx', format: 'raw', access: 'rw', cdrom: '0' }],
    ['tap:aio:qcow2:/x,xvda,r', { vdev: 'xvda', target: '/x', format: 'qcow2', access: 'ro', cdrom: '0' }],
  ];
  for (const [spec, expected] of scannerCases) {
    it(`scans '${spec}' as libxlu does`, () => {
      const { analysis } = disk(spec);
      const errors = analysis.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.code);
      if (typeof expected === 'string') assert.deepStrictEqual(errors, [expected]);
      else {
        assert.deepStrictEqual(errors, []);
        assert.deepStrictEqual(analysis.items[0].facts, expected);
      }
    });
  }

  it('keeps trailing blanks in a value, as the lexer does', () => {
    const { doc, analysis } = disk('format=raw ,vdev=xvda,target=/x');
    expectIssue(doc, analysis, 'xl/disk-bad-format', 'raw ');
  });

  it('maps spans through escapes inside the quotes', () => {
    const doc = fixture(['"vdev=xvda,\\tformat=qcow9,target=/x"']);
    const analysis = analyseSpec('disk', doc.value, context());
    expectIssue(doc, analysis, 'xl/disk-bad-format', 'qcow9');
  });

  it('stops at a nested list, as xl\'s item loop does', () => {
    const doc = fixture(['vdev=xvda,target=/x', ['nested'], 'format=bogus']);
    const analysis = analyseSpec('disk', doc.value, context());
    expectClean(doc, analysis);
    assert.strictEqual(analysis.items.length, 1);
  });

  it('ignores a disk value that is not a list (the validator reports the shape)', () => {
    const doc = fixture('vdev=xvda,format=bogus');
    assert.deepStrictEqual(analyseSpec('disk', doc.value, context()), { items: [], issues: [] });
  });
});
