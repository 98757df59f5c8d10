import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parse } from '../../../../server/src/xl/parse';
import { buildModel } from '../../../../server/src/service/xl/model';
import { validateXl, xlChecks } from '../../../../server/src/service/xl/validate';
import type { XlCheck } from '../../../../server/src/service/xl/checks/check';
import { buildDomainSpec } from '../../../../server/src/service/xl/domain-spec';
import { expectDiagnostic, expectNoDiagnostic, expectNoErrors } from './helpers';

const pv = 'name = "web"\nkernel = "/boot/vmlinuz"\n';

describe('xl validation registry', () => {
  it('turns a throwing check into a logged no-op', () => {
    const logged: string[] = [];
    const broken: XlCheck = { name: 'broken', run() { throw new Error('boom'); } };
    const model = buildModel(parse('kernel = "/k"\n'));
    const diagnostics = validateXl(model, 'file:///t.cfg', [broken, ...xlChecks], (message) => logged.push(message));
    assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'xl/missing-name'));
    assert.strictEqual(logged.length, 1);
    assert.match(logged[0], /broken.*boom/);
  });
});

describe('xl validation fidelity', () => {
  it('does not check values xl never reads (overridden by a later =)', () => {
    expectNoDiagnostic(`${pv}memory = "lots"\nmemory = 512\n`, 'xl/not-a-number');
    expectNoDiagnostic(`${pv}on_crash = "explode"\non_crash = "destroy"\n`, 'xl/invalid-enum');
  });

  it('reports a bad value of a key ignored for this guest type as a warning only', () => {
    expectDiagnostic(`${pv}vga = "vesa"\n`, 'xl/invalid-enum', { severity: 'warning' });
    expectDiagnostic('name = "w"\ntype = "hvm"\nvga = "vesa"\n', 'xl/invalid-enum', { severity: 'error', message: 'Unknown vga "vesa" specified' });
  });

  it('compares case-insensitive enums as libxl does', () => {
    expectNoDiagnostic('name = "w"\ntype = "hvm"\nhdtype = "AHCI"\n', 'xl/invalid-enum');
    expectDiagnostic(`${pv}on_crash = "Restart"\n`, 'xl/invalid-enum', { severity: 'error' });
  });

  it('makes any bad grant-frame value fatal, as xl exits silently', () => {
    expectDiagnostic(`${pv}max_grant_frames = "many"\n`, 'xl/not-a-number', { severity: 'error' });
    expectDiagnostic(`${pv}max_grant_frames = [ 32 ]\n`, 'xl/list-for-scalar', { severity: 'error' });
  });

  it('treats a list name as missing', () => {
    expectDiagnostic('name = [ "web" ]\nkernel = "/k"\n', 'xl/missing-name', { severity: 'error' });
  });

  it('needs a boot source for PVH too, but not for HVM', () => {
    expectDiagnostic('name = "a"\ntype = "pvh"\n', 'xl/no-boot-source', { message: 'PVH' });
    expectNoErrors('name = "a"\ntype = "hvm"\n');
  });

  it('accepts an abbreviated firmware name for PV', () => {
    expectNoDiagnostic('name = "a"\nfirmware = "pvgrub"\n', 'xl/bad-pv-firmware');
  });

  it('accepts maxvcpus = 0 (meaning: same as vcpus)', () => {
    expectNoDiagnostic(`${pv}vcpus = 4\nmaxvcpus = 0\n`, 'xl/maxvcpus-below-vcpus');
  });

  it('relates a duplicate key to the value xl keeps', () => {
    const diagnostic = expectDiagnostic(`${pv}memory = 512\nmemory = 1024\n`, 'xl/duplicate-key', { line: 2 });
    assert.strictEqual(diagnostic.relatedInformation?.[0].location.range.start.line, 3);
  });
});

describe('xl domain spec', () => {
  const build = (text: string) => buildDomainSpec(buildModel(parse(text)), 'file:///etc/xen/web.cfg');

  it('resolves defaults, the last value and devices', () => {
    const spec = build('# hvconf: workload=web\nname = "web"\nkernel = "/boot/vmlinuz"\nmemory = 256\nmemory = 1024\nvcpus = 2\nroot = "/dev/xvda1"\nextra = "quiet"\n' +
      "disk = [ '/dev/vg/web,raw,xvda,rw', 'vdev=xvdc,cdrom' ]\nvif = [ 'mac=00:16:3e:00:00:01,bridge=xenbr0,rate=10MB/s' ]\n");
    assert.ok(!('errors' in spec));
    assert.strictEqual(spec.name, 'web');
    assert.strictEqual(spec.type, 'pv');
    assert.strictEqual(spec.memoryMiB, 1024);
    assert.strictEqual(spec.maxmemMiB, 1024);
    assert.deepStrictEqual([spec.vcpus, spec.maxvcpus], [2, 2]);
    assert.strictEqual(spec.cmdline, 'root=/dev/xvda1 quiet');
    assert.deepStrictEqual(spec.disks.map((disk) => [disk.vdev, disk.target, disk.access, disk.cdrom]), [['xvda', '/dev/vg/web', 'rw', false], ['xvdc', '', 'ro', true]]);
    assert.strictEqual(spec.vifs[0].mac, '00:16:3e:00:00:01');
    assert.strictEqual(spec.vifs[0].bridge, 'xenbr0');
    assert.ok((spec.vifs[0].rateBytesPerSecond ?? 0) > 0);
    assert.deepStrictEqual([spec.onPoweroff, spec.onReboot, spec.onCrash], ['destroy', 'restart', 'destroy']);
    assert.strictEqual(spec.workload, 'web');
    assert.strictEqual(spec.resolved.memory, '1024');
  });

  it('uses 32 MiB when no memory is given, and maxmem when only it is', () => {
    const none = build(pv);
    const onlyMax = build(`${pv}maxmem = 2048\n`);
    assert.ok(!('errors' in none) && !('errors' in onlyMax));
    assert.strictEqual(none.memoryMiB, 32);
    assert.deepStrictEqual([onlyMax.memoryMiB, onlyMax.maxmemMiB], [2048, 2048]);
  });

  it('refuses a config xl would refuse, with the errors', () => {
    const refused = build('kernel = "/k"\n');
    assert.ok('errors' in refused);
    assert.ok(refused.errors.some((diagnostic) => diagnostic.code === 'xl/missing-name'));
  });

  it('is reachable from the cached model of a document', () => {
    const document = TextDocument.create('file:///w.cfg', 'xen-xl', 1, pv);
    const model = buildModel(parse(document.getText()));
    assert.ok(!('errors' in buildDomainSpec(model, document.uri)));
  });
});

describe('xl spec strings in values xl drops', () => {
  it('does not parse the spec of a single-value disk, which xl ignores', () => {
    expectNoDiagnostic(`${pv}disk = "/img,qcow3,xvda"\n`, 'xl/disk-bad-format');
    expectDiagnostic(`${pv}disk = [ "/img,qcow3,xvda" ]\n`, 'xl/disk-bad-format', { severity: 'error', covers: 'qcow3' });
  });

  it('launches no disk from a single-value disk', () => {
    const spec = buildDomainSpec(buildModel(parse(`${pv}disk = "/img,raw,xvda"\n`)), 'file:///t.cfg');
    assert.ok(!('errors' in spec));
    assert.deepStrictEqual(spec.disks, []);
  });
});
