import * as assert from 'assert';
import { xlCodes } from '../../../../server/src/service/xl/codes';
import { expectDiagnostic, expectNoDiagnostic, loggedErrors, type ExpectedDiagnostic } from './helpers';

const pv = 'name = "web"\nkernel = "/boot/vmlinuz"\n';
const hvm = 'name = "win"\ntype = "hvm"\n';

interface CodeCase {
  /** a config that must trigger the code */
  readonly bad: string;
  readonly expected: ExpectedDiagnostic;
  /** the nearest config that must not */
  readonly good: string;
}

/** One triggering and one passing config per code the xl checks emit. */
const cases: Readonly<Record<string, CodeCase>> = {
  'xl/unknown-key': { bad: `${pv}memroy = 512\n`, expected: { severity: 'hint', covers: 'memroy', message: 'Did you mean `memory`' }, good: `${pv}memory = 512\n` },
  'xl/undocumented-key': { bad: `${pv}period = 10\n`, expected: { severity: 'hint', covers: 'period' }, good: `${pv}vcpus = 2\n` },
  'xl/duplicate-key': { bad: `${pv}memory = 512\nmemory = 1024\n`, expected: { severity: 'warning', line: 2, covers: 'memory' }, good: `${pv}cmdline = "ro"\ncmdline += " quiet"\n` },
  'xl/not-a-number': { bad: `${pv}memory = "lots"\n`, expected: { severity: 'warning', covers: '"lots"', message: 'is not a valid number' }, good: `${pv}memory = "0x200"\n` },
  'xl/bad-boolean': { bad: `${pv}acpi = "yes"\n`, expected: { severity: 'warning', covers: '"yes"' }, good: `${pv}acpi = 1\n` },
  'xl/scalar-for-list': { bad: `${pv}disk = "/dev/vg/web,raw,xvda,rw"\n`, expected: { severity: 'warning', message: 'boots with no disk' }, good: `${pv}disk = [ "/dev/vg/web,raw,xvda,rw" ]\n` },
  'xl/list-for-scalar': { bad: `${pv}memory = [ 512 ]\n`, expected: { severity: 'warning', covers: '[ 512 ]' }, good: `${pv}memory = 512\n` },
  'xl/plus-equals-number': { bad: `${pv}memory = 512\nmemory += 1\n`, expected: { severity: 'warning', covers: '+=', message: '"5121"' }, good: `${pv}cmdline = "ro"\ncmdline += " quiet"\n` },
  'xl/invalid-enum': { bad: `${pv}on_crash = "explode"\n`, expected: { severity: 'error', covers: '"explode"', message: 'Unknown on_crash action "explode" specified' }, good: `${pv}on_crash = "restart"\n` },
  'xl/deprecated-value': { bad: `${hvm}tsc_mode = "native_paravirt"\n`, expected: { severity: 'warning' }, good: `${hvm}tsc_mode = "native"\n` },
  'xl/deprecated-integer-form': { bad: `${hvm}tsc_mode = 2\n`, expected: { severity: 'warning', message: 'e.g. tsc_mode="native"' }, good: `${hvm}tsc_mode = "native"\n` },
  'xl/out-of-range': { bad: `${pv}cpu_weight = 70000\n`, expected: { severity: 'error', covers: '70000' }, good: `${pv}cpu_weight = 512\n` },
  'xl/missing-name': { bad: 'kernel = "/boot/vmlinuz"\n', expected: { severity: 'error', message: 'Domain name must be specified.' }, good: pv },
  'xl/invalid-type': { bad: `${pv}type = "xen"\n`, expected: { severity: 'error', message: 'Invalid domain type xen.' }, good: `${pv}type = "pvh"\n` },
  'xl/builder-type-conflict': { bad: `${pv}type = "pv"\nbuilder = "hvm"\n`, expected: { severity: 'error', message: 'Contradicting "builder" and "type" options specified.' }, good: `${hvm}builder = "hvm"\n` },
  'xl/type-prefix': { bad: 'name = "win"\ntype = "h"\n', expected: { severity: 'information', covers: '"h"' }, good: hvm },
  'xl/maxvcpus-below-vcpus': { bad: `${pv}vcpus = 4\nmaxvcpus = 2\n`, expected: { severity: 'error', covers: '2', message: 'maxvcpus < vcpus' }, good: `${pv}vcpus = 2\nmaxvcpus = 4\n` },
  'xl/bad-uuid': { bad: `${pv}uuid = "1234"\n`, expected: { severity: 'error', message: 'Failed to parse UUID: 1234' }, good: `${pv}uuid = "4dea22b3-1d52-d8f3-2516-782e98a23fa0"\n` },
  'xl/no-boot-source': { bad: 'name = "web"\nmemory = 512\n', expected: { severity: 'error', message: 'Neither kernel nor bootloader specified' }, good: 'name = "web"\nbootloader = "pygrub"\n' },
  'xl/kernel-and-firmware': { bad: `${pv}firmware = "pvgrub64"\n`, expected: { severity: 'error', covers: 'firmware' }, good: 'name = "web"\nfirmware = "pvgrub64"\n' },
  'xl/bad-pv-firmware': { bad: 'name = "web"\nfirmware = "ovmf"\n', expected: { severity: 'error', covers: '"ovmf"' }, good: `${hvm}firmware = "ovmf"\n` },
  'xl/refused-for-guest-type': { bad: `${pv}timer_mode = "delay_for_missed_ticks"\n`, expected: { severity: 'error', message: 'not supported for PV guests' }, good: `${hvm}timer_mode = "delay_for_missed_ticks"\n` },
  'xl/vnc-display-twice': { bad: `${hvm}vnclisten = "0.0.0.0:1"\nvncdisplay = 1\n`, expected: { severity: 'error', covers: '"0.0.0.0:1"' }, good: `${hvm}vnclisten = "0.0.0.0"\nvncdisplay = 1\n` },
  'xl/hvmloader-kernel': { bad: `${hvm}kernel = "/usr/lib/xen/boot/hvmloader"\n`, expected: { severity: 'warning' }, good: `${hvm}kernel = "/boot/vmlinuz"\n` },
  'xl/bios-path-without-bios': { bad: `${hvm}bios_path_override = "/opt/fw.bin"\n`, expected: { severity: 'warning' }, good: `${hvm}bios = "ovmf"\nbios_path_override = "/opt/fw.bin"\n` },
  'xl/dm-override-without-version': { bad: `${hvm}device_model_override = "/opt/qemu"\n`, expected: { severity: 'warning' }, good: `${hvm}device_model_override = "/opt/qemu"\ndevice_model_version = "qemu-xen"\n` },
  'xl/bootloader-args-string': { bad: 'name = "web"\nbootloader = "pygrub"\nbootloader_args = "-q --entry=0"\n', expected: { severity: 'warning' }, good: 'name = "web"\nbootloader = "pygrub"\nbootloader_args = [ "-q", "--entry=0" ]\n' },
  'xl/not-for-guest-type': { bad: `${pv}pae = 1\n`, expected: { severity: 'warning', covers: 'pae', message: 'HVM' }, good: `${hvm}pae = 1\n` },
  'xl/not-for-arch': { bad: `${hvm}pae = 1\ngic_version = "v3"\n`, expected: { severity: 'warning', covers: 'gic_version' }, good: '# hvconf: arch=arm\nname = "a"\nkernel = "/boot/Image"\ngic_version = "v3"\n' },
  'xl/deprecated-key': { bad: 'name = "win"\nbuilder = "hvm"\n', expected: { severity: 'warning', covers: 'builder' }, good: hvm },
  'xl/cmdline-overrides-root-extra': { bad: `${pv}cmdline = "ro"\nextra = "quiet"\n`, expected: { severity: 'warning', covers: 'extra' }, good: `${pv}cmdline = "ro quiet"\n` },
  'xl/duplicate-vdev': { bad: `${pv}disk = [ "/dev/vg/a,raw,xvda,rw", "/dev/vg/b,raw,xvda,rw" ]\n`, expected: { severity: 'error', line: 2 }, good: `${pv}disk = [ "/dev/vg/a,raw,xvda,rw", "/dev/vg/b,raw,xvdb,rw" ]\n` },
  'xl/duplicate-mac': { bad: `${pv}vif = [ "mac=00:16:3e:00:00:01", "mac=00:16:3E:00:00:01,bridge=br1" ]\n`, expected: { severity: 'warning' }, good: `${pv}vif = [ "mac=00:16:3e:00:00:01", "mac=00:16:3e:00:00:02" ]\n` },
  'xl/mac-not-xen-oui': { bad: `${pv}vif = [ "mac=52:54:00:12:34:56" ]\n`, expected: { severity: 'information', covers: '52:54:00:12:34:56' }, good: `${pv}vif = [ "mac=00:16:3e:12:34:56" ]\n` },
  'xl/multicast-mac': { bad: `${pv}vif = [ "mac=01:16:3e:12:34:56" ]\n`, expected: { severity: 'warning', covers: '01:16:3e:12:34:56' }, good: `${pv}vif = [ "mac=02:16:3e:12:34:56" ]\n` },
  'xl/looks-like-xm': { bad: `${pv}vcpus = -1\n`, expected: { severity: 'hint' }, good: `${pv}vcpus = "1"\n` },
};

describe('xl diagnostic codes', () => {
  afterEach(() => assert.deepStrictEqual(loggedErrors.splice(0), []));

  it('every code in the table has a case, and every case is a documented code', () => {
    assert.deepStrictEqual(Object.keys(cases).sort(), Object.keys(xlCodes).sort());
  });

  for (const [code, testCase] of Object.entries(cases)) {
    describe(code, () => {
      it('is reported', () => { expectDiagnostic(testCase.bad, code, testCase.expected); });
      it('is not reported for the corrected config', () => { expectNoDiagnostic(testCase.good, code); });
    });
  }
});
