import * as assert from 'assert';
import type { EnumValue } from '../../../server/src/schema/types';
import type { XlKeyDef, XlReadAs } from '../../../server/src/schema/xl/key-def';
import { allXlKeys } from '../../../server/src/schema/xl/index';
import { hvmKeys } from '../../../server/src/schema/xl/keys-hvm';
import { graphicsKeys } from '../../../server/src/schema/xl/keys-graphics';
import { deviceModelKeys } from '../../../server/src/schema/xl/keys-device-model';
import { armKeys } from '../../../server/src/schema/xl/keys-arm';
import { x86Keys } from '../../../server/src/schema/xl/keys-x86';

interface ReferenceRow {
  readonly name: string;
  readonly summary: string;
  readonly reads: string;
  readonly applies: string;
  readonly onBadValue: string;
}

/** Keys #81–#161 of reference xl-keys.json, in order, with the fields the tests compare against. */
const REFERENCE_ROWS: readonly ReferenceRow[] = [
  { name: 'oos', summary: 'Out-of-sync shadow page tables.', reads: 'bool', applies: 'hvm, pvh (shadow mode)', onBadValue: '' },
  { name: 'shadow_memory', summary: 'Memory reserved for shadow/HAP/P2M state.', reads: 'long', applies: 'hvm, pvh (Arm: P2M pool)', onBadValue: '' },
  { name: 'bios', summary: 'Virtual firmware type.', reads: 'str (hvm only)', applies: 'hvm', onBadValue: '\'ERROR: invalid value "X" for "bios"\' exit 1; libxl rejects rombios with qemu-xen' },
  { name: 'bios_path_override', summary: 'Custom firmware blob (must match bios=).', reads: 'str (hvm only)', applies: 'hvm', onBadValue: 'without bios= -> \'WARNING: bios_path_override given without specific bios name\'' },
  { name: 'pae', summary: 'Expose PAE to the guest.', reads: 'bool (hvm only)', applies: 'hvm (x86)', onBadValue: '' },
  { name: 'acpi', summary: 'Expose ACPI tables.', reads: 'bool', applies: 'hvm (doc); read for all types', onBadValue: '' },
  { name: 'acpi_s3', summary: 'Advertise S3 (suspend to RAM).', reads: 'bool (hvm only)', applies: 'hvm', onBadValue: '' },
  { name: 'acpi_s4', summary: 'Advertise S4 (suspend to disk).', reads: 'bool (hvm only)', applies: 'hvm', onBadValue: '' },
  { name: 'acpi_laptop_slate', summary: 'Add the Windows laptop/slate switch device.', reads: 'bool (hvm only)', applies: 'hvm', onBadValue: '' },
  { name: 'apic', summary: 'Emit MP/PIR tables for single-vCPU guests.', reads: 'bool (hvm only)', applies: 'hvm (x86)', onBadValue: '' },
  { name: 'nx', summary: 'Expose the No-eXecute bit (needs PAE).', reads: 'bool (hvm only)', applies: 'hvm (x86)', onBadValue: '' },
  { name: 'hpet', summary: 'Emulated HPET timer.', reads: 'bool (hvm only)', applies: 'hvm (x86)', onBadValue: '' },
  { name: 'altp2m', summary: 'Alternate-p2m (multiple memory views) access mode.', reads: 'long, else str', applies: 'hvm (x86)', onBadValue: '\'ERROR: invalid value X for "altp2m"\' exit 1' },
  { name: 'altp2mhvm', summary: 'Old switch for in-guest altp2m.', reads: 'bool (hvm only)', applies: 'hvm', onBadValue: 'prints \'WARNING: Specifying "altp2mhvm" is deprecated. Please use "altp2m" instead.\'' },
  { name: 'altp2m_count', summary: 'Number of altp2m views.', reads: 'long, silent', applies: 'hvm (x86)', onBadValue: '\'ERROR: invalid value X for "altp2m_count"\' exit 1' },
  { name: 'nestedhvm', summary: 'Expose VMX/SVM to the guest (nested virtualisation).', reads: 'bool', applies: 'hvm, pvh', onBadValue: 'libxl: \'nestedhvm and altp2mhvm cannot be used together\'' },
  { name: 'cpuid', summary: 'Override CPUID bits seen by the guest.', reads: 'list, else str', applies: 'hvm (doc); read for all types', onBadValue: 'errors print \'while parsing CPUID ...\' but are NOT fatal' },
  { name: 'acpi_firmware', summary: 'Extra ACPI tables.', reads: 'str (hvm only)', applies: 'hvm', onBadValue: '' },
  { name: 'smbios_firmware', summary: 'Extra/overriding SMBIOS structures from a file.', reads: 'str (hvm only)', applies: 'hvm', onBadValue: '' },
  { name: 'smbios', summary: 'Individual SMBIOS string overrides.', reads: 'list (hvm only)', applies: 'hvm', onBadValue: '\'xl: unknown smbios type\' / \'failed to split\' / \'empty value not allowed\' exit' },
  { name: 'ms_vm_genid', summary: 'Provide a Microsoft VM Generation ID.', reads: 'str (hvm only)', applies: 'hvm', onBadValue: '\'ERROR: "ms_vm_genid" option must be "generate" or "none"\' exit 1' },
  { name: 'tsc_mode', summary: 'How guest TSC reads are handled.', reads: 'long, else str', applies: 'all (x86)', onBadValue: 'integer -> \'WARNING: specifying "tsc_mode" as an integer is deprecated.\'; invalid -> exit 1' },
  { name: 'localtime', summary: 'RTC in local time instead of UTC.', reads: 'bool', applies: 'hvm (doc); read for all', onBadValue: '' },
  { name: 'rtc_timeoffset', summary: 'RTC offset.', reads: 'long', applies: 'hvm (doc); read for all', onBadValue: '' },
  { name: 'vpt_align', summary: 'Align virtual periodic timers.', reads: 'bool (hvm only)', applies: 'hvm', onBadValue: '' },
  { name: 'timer_mode', summary: 'Virtual timer missed-tick policy.', reads: 'long, else str', applies: 'hvm, pvh', onBadValue: 'PV -> \'ERROR: "timer_mode" option is not supported for PV guests.\' exit' },
  { name: 'mmio_hole', summary: 'Size of MMIO hole below 4 GiB.', reads: 'long (hvm only)', applies: 'hvm (qemu-xen)', onBadValue: '\'ERROR: invalid value N for "mmio_hole"\' exit 1' },
  { name: 'xen_platform_pci', summary: 'Xen platform PCI device (enables PV drivers).', reads: 'bool (hvm only)', applies: 'hvm', onBadValue: '' },
  { name: 'xen_platform_pci_bar_uc', summary: 'Mark the platform device BAR uncacheable.', reads: 'bool (hvm only)', applies: 'hvm (x86)', onBadValue: '' },
  { name: 'viridian', summary: 'Hyper-V enlightenments for Windows.', reads: 'list, else bool (hvm only)', applies: 'hvm', onBadValue: '"xl: unknown viridian enlightenment \'X\'" exit' },
  { name: 'hvm_pirq', summary: 'Let the guest route interrupts over event channels.', reads: 'bool (hvm only)', applies: 'hvm', onBadValue: '' },
  { name: 'videoram', summary: 'Emulated video RAM.', reads: 'long', applies: 'hvm', onBadValue: 'too small -> libxl \'videoram must be at least ...\'' },
  { name: 'stdvga', summary: 'Old switch selecting stdvga.', reads: 'long (hvm only; ignored if vga set)', applies: 'hvm', onBadValue: '' },
  { name: 'vga', summary: 'Emulated graphics card.', reads: 'str (hvm only)', applies: 'hvm', onBadValue: '\'Unknown vga "X" specified\' exit 1' },
  { name: 'vnc', summary: 'Enable VNC display.', reads: 'bool (hvm) / long (pv)', applies: 'hvm; pv/pvh (synthesises a vfb when no vfb list)', onBadValue: '' },
  { name: 'vnclisten', summary: 'Address (and optional display) VNC listens on.', reads: 'str', applies: 'hvm; pv via vnc', onBadValue: 'display in both vnclisten and vncdisplay -> \'ERROR: Display specified both in vnclisten and vncdisplay!\' exit 1 (hvm)' },
  { name: 'vncdisplay', summary: 'VNC display number.', reads: 'long', applies: 'hvm; pv via vnc', onBadValue: '' },
  { name: 'vncunused', summary: 'Pick a free VNC port.', reads: 'bool', applies: 'hvm; pv via vnc', onBadValue: '' },
  { name: 'vncpasswd', summary: 'VNC password.', reads: 'str', applies: 'hvm; pv via vnc', onBadValue: '' },
  { name: 'keymap', summary: 'Keyboard layout for VNC/SDL.', reads: 'str', applies: 'hvm; pv via vnc', onBadValue: '' },
  { name: 'sdl', summary: 'Display in a local SDL window.', reads: 'bool', applies: 'hvm; pv via vnc', onBadValue: '' },
  { name: 'nographic', summary: 'Disable the emulated graphics device.', reads: 'bool (hvm only)', applies: 'hvm', onBadValue: '' },
  { name: 'spice', summary: 'Enable SPICE remote display.', reads: 'bool (hvm only)', applies: 'hvm', onBadValue: '' },
  { name: 'spicehost', summary: 'Address SPICE listens on.', reads: 'str (hvm only)', applies: 'hvm', onBadValue: '' },
  { name: 'spiceport', summary: 'SPICE port.', reads: 'long (hvm only)', applies: 'hvm', onBadValue: '' },
  { name: 'spicetls_port', summary: 'SPICE TLS port.', reads: 'long (hvm only)', applies: 'hvm', onBadValue: '' },
  { name: 'spicedisable_ticketing', summary: 'Allow SPICE clients without password.', reads: 'bool (hvm only)', applies: 'hvm', onBadValue: '' },
  { name: 'spicepasswd', summary: 'SPICE password.', reads: 'str (hvm only)', applies: 'hvm', onBadValue: '' },
  { name: 'spiceagent_mouse', summary: 'Use SPICE agent for client mouse mode.', reads: 'bool (hvm only)', applies: 'hvm', onBadValue: '' },
  { name: 'spicevdagent', summary: 'Enable the SPICE vdagent channel.', reads: 'bool (hvm only)', applies: 'hvm', onBadValue: '' },
  { name: 'spice_clipboard_sharing', summary: 'SPICE clipboard copy/paste (needs spicevdagent).', reads: 'bool (hvm only)', applies: 'hvm', onBadValue: '' },
  { name: 'spiceusbredirection', summary: 'SPICE USB redirection channels.', reads: 'long (hvm only)', applies: 'hvm', onBadValue: 'conflicts with usb/usbdevice -> libxl error' },
  { name: 'spice_image_compression', summary: 'SPICE image compression.', reads: 'str (hvm only, not validated by xl)', applies: 'hvm', onBadValue: '' },
  { name: 'spice_streaming_video', summary: 'SPICE video streaming mode.', reads: 'str (hvm only, not validated by xl)', applies: 'hvm', onBadValue: '' },
  { name: 'serial', summary: 'Emulated serial port back-ends.', reads: 'list, else str (hvm only)', applies: 'hvm', onBadValue: '\'xl: Unable to parse serial.\' exit' },
  { name: 'soundhw', summary: 'Emulated sound card.', reads: 'str (hvm only)', applies: 'hvm', onBadValue: '' },
  { name: 'vkb_device', summary: 'Provide a PV keyboard when vkb is unset.', reads: 'bool (hvm only)', applies: 'hvm', onBadValue: '' },
  { name: 'usb', summary: 'Emulated USB bus.', reads: 'bool (hvm only)', applies: 'hvm', onBadValue: '' },
  { name: 'usbversion', summary: 'Emulated USB controller version (qemu-xen).', reads: 'long (hvm only)', applies: 'hvm', onBadValue: 'combined with usb/usbdevice -> libxl \'usbversion and/or usbredirection cannot be enabled with usb and/or usbdevice parameters.\'' },
  { name: 'usbdevice', summary: 'Devices on the emulated USB bus.', reads: 'list, else str (hvm only)', applies: 'hvm', onBadValue: '\'xl: Unable to parse usbdevice.\' exit' },
  { name: 'vendor_device', summary: 'xen-pvdevice variant.', reads: 'str (hvm only)', applies: 'hvm (qemu-xen)', onBadValue: '"xl: unknown vendor_device \'X\'" exit' },
  { name: 'device_model_version', summary: 'Device-model flavour.', reads: 'str', applies: 'hvm (and pv with qemu backends)', onBadValue: '\'Unknown device_model_version "X" specified\' exit 1' },
  { name: 'device_model_override', summary: 'Path to a custom device-model binary.', reads: 'str', applies: 'all', onBadValue: 'without device_model_version -> \'WARNING: device model override given without specific DM version\'' },
  { name: 'stubdomain_kernel', summary: 'Kernel for the device-model stub domain.', reads: 'str', applies: 'hvm', onBadValue: '' },
  { name: 'stubdomain_cmdline', summary: 'Stub-domain kernel command line.', reads: 'str', applies: 'hvm', onBadValue: '' },
  { name: 'stubdomain_ramdisk', summary: 'Ramdisk for the stub domain.', reads: 'str', applies: 'hvm', onBadValue: '' },
  { name: 'stubdomain_memory', summary: 'Stub-domain RAM.', reads: 'long', applies: 'hvm', onBadValue: '' },
  { name: 'device_model_stubdomain_override', summary: 'Force stub-domain device model on/off.', reads: 'bool', applies: 'hvm', onBadValue: '' },
  { name: 'device_model_stubdomain_seclabel', summary: 'XSM label for the stub domain.', reads: 'str', applies: 'hvm', onBadValue: '' },
  { name: 'device_model_args', summary: 'Extra device-model arguments.', reads: 'list', applies: 'all', onBadValue: 'non-list -> \'xl: Unable to parse device_model_args.\' exit' },
  { name: 'device_model_args_pv', summary: 'Extra arguments for a PV device model only.', reads: 'list', applies: 'pv', onBadValue: 'as device_model_args' },
  { name: 'device_model_args_hvm', summary: 'Extra arguments for an HVM device model only.', reads: 'list', applies: 'hvm', onBadValue: 'as device_model_args' },
  { name: 'gic_version', summary: 'Emulated interrupt-controller version.', reads: 'str, silent', applies: 'arm', onBadValue: '\'Unknown gic_version "X" specified\' exit' },
  { name: 'vuart', summary: 'Emulated UART console model.', reads: 'str', applies: 'arm', onBadValue: '\'ERROR: invalid value "X" for "vuart"\' exit 1' },
  { name: 'sve', summary: 'Maximum SVE vector length.', reads: 'str, silent', applies: 'arm (AArch64)', onBadValue: '\'Unknown sve "X" specified\' exit' },
  { name: 'llc_colors', summary: 'Last-level-cache colouring for the guest.', reads: 'list', applies: 'arm (doc section)', onBadValue: '\'xl: Invalid LLC color range: X\' / \'Start LLC color is greater than end\' exit 1' },
  { name: 'nr_spis', summary: 'Number of SPIs for the guest.', reads: 'long', applies: 'arm', onBadValue: '' },
  { name: 'trap_unmapped_accesses', summary: 'Trap (vs read-as-ones) accesses to unmapped addresses.', reads: 'bool', applies: 'arm', onBadValue: '' },
  { name: 'arm_sci', summary: 'Arm SCMI firmware-call forwarding.', reads: 'str, silent', applies: 'arm', onBadValue: '\'Unknown ARM_SCI type: X\' exit' },
  { name: 'mca_caps', summary: 'Extra machine-check capabilities.', reads: 'list (hvm only)', applies: 'hvm (x86)', onBadValue: '"ERROR: unrecognized MCA capability \'X\'." exit' },
  { name: 'msr_relaxed', summary: 'Pre-4.15 lenient handling of unknown MSRs.', reads: 'bool', applies: 'x86 (all)', onBadValue: 'setting it prints \'WARNING: msr_relaxed will be removed in future versions.\'' },
];

const PART2_FILES: ReadonlyArray<readonly [string, readonly XlKeyDef[]]> = [
  ['keys-hvm.ts', hvmKeys],
  ['keys-graphics.ts', graphicsKeys],
  ['keys-device-model.ts', deviceModelKeys],
  ['keys-arm.ts', armKeys],
  ['keys-x86.ts', x86Keys],
];

const part2Keys: readonly XlKeyDef[] = PART2_FILES.flatMap(([, keys]) => keys);
const byName = new Map(part2Keys.map((key) => [key.name, key]));

function keyNamed(name: string): XlKeyDef {
  const key = byName.get(name);
  assert.ok(key, `key ${name} is missing from the part-2 schema files`);
  return key;
}

/** The reference's "xl reads as" column reduced to our XlReadAs names. */
function expectedReadAs(reads: string): XlReadAs {
  const core = reads
    .replace(/\([^)]*\)/g, '')
    .replace(/,\s*silent/, '')
    .split('/')[0]
    .replace(/\s+/g, ' ')
    .trim();
  const table: Record<string, XlReadAs> = {
    bool: 'boolean',
    long: 'integer',
    str: 'string',
    list: 'list',
    'list, else str': 'list-or-string',
    'long, else str': 'integer-or-string',
    'list, else bool': 'list-or-boolean',
  };
  const readAs = table[core];
  assert.ok(readAs, `no mapping for reference reads column "${reads}"`);
  return readAs;
}

/** Follows the reference's "as device_model_args" cross-references. */
function resolvedOnBadValue(row: ReferenceRow): string {
  const alias = /^as ([a-z_]+)$/.exec(row.onBadValue);
  const target = alias ? REFERENCE_ROWS.find((other) => other.name === alias[1]) : undefined;
  return target ? target.onBadValue : row.onBadValue;
}

function sentenceCount(text: string): number {
  return (text.match(/[.!?](?=\s|$)/g) ?? []).length;
}

type ExampleValue =
  | { readonly kind: 'scalar'; readonly text: string; readonly quoted: boolean }
  | { readonly kind: 'list'; readonly items: readonly string[] };

/** Splits `key = value` with a deliberately simple regex; the real parser lives elsewhere. */
function parseExample(example: string): { key: string; value: ExampleValue } | undefined {
  const match = /^([a-z][._0-9a-z]*)[ \t]*=[ \t]*(.+?)[ \t]*$/.exec(example);
  if (!match) return undefined;
  const [, key, raw] = match;
  const quoted = /^"([^"\\\n]*)"$|^'([^'\\\n]*)'$/.exec(raw);
  if (quoted) return { key, value: { kind: 'scalar', text: quoted[1] ?? quoted[2], quoted: true } };
  if (/^[0-9][0-9a-fx]*$/.test(raw)) return { key, value: { kind: 'scalar', text: raw, quoted: false } };
  if (/^\[.*\]$/.test(raw)) {
    const items = [...raw.matchAll(/"([^"\\]*)"|'([^'\\]*)'/g)].map((m) => m[1] ?? m[2]);
    return { key, value: { kind: 'list', items } };
  }
  return undefined;
}

function matchesValue(values: readonly EnumValue[], text: string, caseInsensitive: boolean | undefined): boolean {
  const wanted = caseInsensitive ? text.toLowerCase() : text;
  return values.some((value) => (caseInsensitive ? value.value.toLowerCase() : value.value) === wanted);
}

/** Why the example does not fit the key's shape, or undefined when it does. */
function exampleProblem(key: XlKeyDef, value: ExampleValue): string | undefined {
  const shape = key.shape;
  const scalarAllowedForList = key.readAs === 'list-or-string' || key.readAs === 'list-or-boolean';
  switch (shape.kind) {
    case 'boolean':
      return value.kind === 'scalar' && /^[0-9]+$/.test(value.text) ? undefined : 'a boolean example must be a number';
    case 'integer': {
      if (value.kind !== 'scalar' || !/^-?[0-9]+$/.test(value.text)) return 'an integer example must be a number';
      if (value.text.startsWith('-') && !value.quoted) return 'a negative number must be quoted';
      const number = Number(value.text);
      if (shape.min !== undefined && number < shape.min) return `below the minimum ${shape.min}`;
      if (shape.max !== undefined && number > shape.max) return `above the maximum ${shape.max}`;
      return undefined;
    }
    case 'enum': {
      if (value.kind !== 'scalar') return 'an enum example must be a single value';
      if (matchesValue(shape.values, value.text, shape.caseInsensitive)) return undefined;
      if (shape.integerForm && shape.values.some((v) => String(v.integer) === value.text)) return undefined;
      return `"${value.text}" is not one of the enum values`;
    }
    case 'string':
      return value.kind === 'scalar' && value.quoted ? undefined : 'a string example must be quoted';
    case 'spec':
      if (value.kind === 'scalar') return value.quoted ? undefined : 'a spec string must be quoted';
      return scalarAllowedForList ? undefined : 'this spec key takes a single string';
    case 'list': {
      if (value.kind === 'scalar') return scalarAllowedForList ? undefined : 'a list example must use [ ]';
      if (value.items.length === 0) return 'a list example should show at least one item';
      const allowed = shape.values;
      const bad = allowed ? value.items.find((item) => !matchesValue(allowed, item, shape.caseInsensitive)) : undefined;
      return bad === undefined ? undefined : `list item "${bad}" is not an allowed value`;
    }
  }
}

describe('xl schema part 2 (keys #81–#161)', () => {
  it('the reference copy in this test is keys #81–#161 exactly', () => {
    assert.strictEqual(REFERENCE_ROWS.length, 81);
    assert.strictEqual(REFERENCE_ROWS[0].name, 'oos');
    assert.strictEqual(REFERENCE_ROWS[80].name, 'msr_relaxed');
    assert.strictEqual(new Set(REFERENCE_ROWS.map((row) => row.name)).size, 81);
  });

  it('defines every key #81–#161 exactly once across the part-2 files', () => {
    const counts = new Map<string, string[]>();
    for (const [file, keys] of PART2_FILES) {
      for (const key of keys) counts.set(key.name, [...(counts.get(key.name) ?? []), file]);
    }
    const missing = REFERENCE_ROWS.filter((row) => !counts.has(row.name)).map((row) => row.name);
    const repeated = [...counts].filter(([, files]) => files.length > 1).map(([name, files]) => `${name} (${files.join(', ')})`);
    assert.deepStrictEqual(missing, [], 'keys missing');
    assert.deepStrictEqual(repeated, [], 'keys defined more than once');
  });

  it('defines nothing outside keys #81–#161 in the part-2 files', () => {
    const expected = new Set(REFERENCE_ROWS.map((row) => row.name));
    const strays = part2Keys.map((key) => key.name).filter((name) => !expected.has(name));
    assert.deepStrictEqual(strays, []);
  });

  it('no other schema file defines one of keys #81–#161 again', () => {
    for (const row of REFERENCE_ROWS) {
      const count = allXlKeys.filter((key) => key.name === row.name).length;
      assert.strictEqual(count, 1, `${row.name} appears ${count} times in allXlKeys`);
    }
  });

  it('gives every enum value, list value and suggested value a doc, without duplicates', () => {
    let checked = 0;
    for (const key of part2Keys) {
      const groups: Array<readonly EnumValue[]> = [];
      if (key.shape.kind === 'enum') groups.push(key.shape.values);
      if (key.shape.kind === 'list' && key.shape.values) groups.push(key.shape.values);
      if (key.suggestedValues) groups.push(key.suggestedValues);
      for (const values of groups) {
        assert.ok(values.length > 0, `${key.name}: empty value list`);
        const seen = new Set<string>();
        for (const value of values) {
          assert.ok(value.value.length > 0, `${key.name}: empty value`);
          assert.ok(value.doc.trim().length > 0, `${key.name}=${value.value}: empty doc`);
          assert.ok(!seen.has(value.value.toLowerCase()), `${key.name}: value ${value.value} listed twice`);
          seen.add(value.value.toLowerCase());
          checked++;
        }
      }
    }
    assert.ok(checked > 50, `only ${checked} values checked`);
  });

  it('maps every integer form of an enum to a distinct code starting at 0', () => {
    const withIntegerForm = part2Keys.filter((key) => key.shape.kind === 'enum' && key.shape.integerForm);
    assert.deepStrictEqual(withIntegerForm.map((key) => key.name).sort(), ['altp2m', 'timer_mode', 'tsc_mode']);
    for (const key of withIntegerForm) {
      if (key.shape.kind !== 'enum') continue;
      const codes = key.shape.values.flatMap((value) => (value.integer === undefined ? [] : [value.integer]));
      assert.deepStrictEqual(codes, codes.map((_, index) => index), `${key.name}: codes ${codes.join(',')}`);
    }
  });

  it('writes every example as a `key = value` line of that key, fitting its shape', () => {
    for (const key of part2Keys) {
      const parsed = parseExample(key.example);
      assert.ok(parsed, `${key.name}: example "${key.example}" is not a key = value line`);
      assert.strictEqual(parsed.key, key.name, `${key.name}: example sets ${parsed.key}`);
      const problem = exampleProblem(key, parsed.value);
      assert.strictEqual(problem, undefined, `${key.name}: example "${key.example}": ${problem}`);
    }
  });

  it('keeps summaries to one unique line in our own words', () => {
    const seen = new Map<string, string>();
    const normalise = (text: string): string => text.trim().toLowerCase().replace(/\.$/, '');
    for (const row of REFERENCE_ROWS) {
      const key = keyNamed(row.name);
      assert.ok(key.summary.trim().length > 0, `${key.name}: empty summary`);
      assert.ok(!/\n/.test(key.summary) && key.summary.length <= 120, `${key.name}: summary is not one short line`);
      assert.notStrictEqual(normalise(key.summary), normalise(row.summary), `${key.name}: summary copied from the reference`);
      const previous = seen.get(normalise(key.summary));
      assert.strictEqual(previous, undefined, `${key.name}: same summary as ${previous}`);
      seen.set(normalise(key.summary), key.name);
    }
  });

  it('writes docs of two to five sentences that say more than the summary', () => {
    for (const key of part2Keys) {
      const sentences = sentenceCount(key.doc);
      assert.ok(sentences >= 2 && sentences <= 5, `${key.name}: doc has ${sentences} sentences`);
      assert.notStrictEqual(key.doc.trim(), key.summary.trim(), `${key.name}: doc repeats the summary`);
      assert.ok(key.documented, `${key.name} is a documented key`);
    }
  });

  it('reads each key the way the reference says xl does', () => {
    for (const row of REFERENCE_ROWS) {
      assert.strictEqual(keyNamed(row.name).readAs, expectedReadAs(row.reads), `${row.name} (reference: ${row.reads})`);
    }
  });

  it('limits keys read only on the HVM path to HVM guests, and lets the others through for more types', () => {
    for (const row of REFERENCE_ROWS) {
      const key = keyNamed(row.name);
      if (row.reads.includes('(hvm only')) {
        assert.deepStrictEqual(key.guests, ['hvm'], row.name);
      } else {
        assert.ok(key.guests.length > 1, `${row.name}: read outside the HVM branch, guests ${key.guests.join(',')}`);
      }
    }
  });

  it('marks as fatal exactly the keys whose bad values make xl exit', () => {
    // vnclisten exits only when combined with a vncdisplay: a cross-key rule, not a bad value.
    const crossKeyOnly = new Set(['vnclisten']);
    for (const row of REFERENCE_ROWS) {
      const key = keyNamed(row.name);
      const exits = /\bexit\b/.test(resolvedOnBadValue(row)) && !crossKeyOnly.has(row.name);
      assert.strictEqual(key.onBadValue === 'fatal', exits, `${row.name}: onBadValue ${key.onBadValue}, reference "${row.onBadValue}"`);
    }
  });

  it('marks the quietly read keys (reference ", silent") as silent on a wrongly shaped value', () => {
    const silent = REFERENCE_ROWS.filter((row) => row.reads.includes('silent')).map((row) => row.name);
    assert.ok(silent.length >= 4);
    for (const name of silent) assert.strictEqual(keyNamed(name).onWrongShape, 'silent', name);
  });

  it('restricts the architecture exactly where the reference names x86 or Arm', () => {
    for (const row of REFERENCE_ROWS) {
      const expected = /x86/.test(row.applies) ? ['x86'] : /^arm\b/.test(row.applies) ? ['arm'] : undefined;
      assert.deepStrictEqual(keyNamed(row.name).arch, expected, `${row.name} (reference applies: ${row.applies})`);
    }
  });

  it('carries the units of sizes and offsets', () => {
    for (const name of ['shadow_memory', 'mmio_hole', 'videoram', 'stubdomain_memory']) {
      assert.strictEqual(keyNamed(name).unit, 'MiB', name);
    }
    assert.strictEqual(keyNamed('rtc_timeoffset').unit, 'seconds');
  });

  it('encodes the ranges and value sets xl enforces', () => {
    assert.deepStrictEqual(keyNamed('mmio_hole').shape, { kind: 'integer', min: 256, max: 3840 });
    assert.deepStrictEqual(keyNamed('altp2m_count').shape, { kind: 'integer', min: 0, max: 65535 });
    const enumValues = (name: string): string[] => {
      const shape = keyNamed(name).shape;
      return shape.kind === 'enum' ? shape.values.filter((v) => !v.deprecated).map((v) => v.value) : [];
    };
    assert.deepStrictEqual(enumValues('device_model_version'), ['qemu-xen']);
    assert.deepStrictEqual(enumValues('vga').sort(), ['cirrus', 'none', 'qxl', 'stdvga']);
    assert.deepStrictEqual(enumValues('ms_vm_genid').sort(), ['generate', 'none']);
    assert.deepStrictEqual(enumValues('gic_version').sort(), ['default', 'v2', 'v3']);
    assert.deepStrictEqual(enumValues('vendor_device').sort(), ['none', 'xenserver']);
    const sve = enumValues('sve');
    assert.strictEqual(sve.length, 18);
    assert.ok(sve.includes('hw') && sve.includes('disabled') && sve.includes('2048') && !sve.includes('2176'));
    assert.deepStrictEqual(
      enumValues('tsc_mode'),
      ['default', 'always_emulate', 'native'],
      'native_paravirt is parsed but refused later, so it is marked deprecated',
    );
  });

  it('compares names the way xl does: libxl enums ignore case, plain strcmp does not', () => {
    const insensitive = ['bios', 'altp2m', 'tsc_mode', 'timer_mode', 'vendor_device', 'gic_version', 'vuart', 'sve', 'soundhw'];
    const sensitive = ['ms_vm_genid', 'vga', 'device_model_version'];
    for (const name of insensitive) {
      const shape = keyNamed(name).shape;
      assert.ok(shape.kind === 'enum' && shape.caseInsensitive === true, `${name} should ignore case`);
    }
    for (const name of sensitive) {
      const shape = keyNamed(name).shape;
      assert.ok(shape.kind === 'enum' && !shape.caseInsensitive, `${name} should be case-sensitive`);
    }
  });

  it('points spec-string keys at their sub-language', () => {
    const specOf = (name: string): string | undefined => {
      const shape = keyNamed(name).shape;
      return shape.kind === 'spec' || shape.kind === 'list' ? shape.spec : undefined;
    };
    assert.strictEqual(specOf('cpuid'), 'cpuid');
    assert.strictEqual(specOf('viridian'), 'viridian');
    assert.strictEqual(specOf('smbios'), 'smbios');
    assert.strictEqual(specOf('llc_colors'), 'llc_colors');
    assert.strictEqual(specOf('arm_sci'), 'arm_sci');
    assert.strictEqual(keyNamed('viridian').shape.kind, 'list');
    assert.strictEqual(keyNamed('smbios').shape.kind, 'list');
  });

  it('records deprecations with their replacements', () => {
    assert.strictEqual(keyNamed('altp2mhvm').deprecated?.replacement, 'altp2m');
    assert.strictEqual(keyNamed('stdvga').deprecated?.replacement, 'vga');
    assert.ok(keyNamed('msr_relaxed').deprecated?.note);
    for (const key of part2Keys) {
      const replacement = key.deprecated?.replacement;
      if (replacement) assert.ok(byName.has(replacement), `${key.name}: replacement ${replacement} is not a key`);
    }
    const deprecatedIntegers = part2Keys.filter((key) => key.shape.kind === 'enum' && key.shape.integerForm === 'deprecated');
    assert.deepStrictEqual(deprecatedIntegers.map((key) => key.name).sort(), ['timer_mode', 'tsc_mode']);
  });

  it('knows that xl refuses timer_mode for PV guests', () => {
    const timerMode = keyNamed('timer_mode');
    assert.deepStrictEqual(timerMode.refusedFor, ['pv']);
    assert.ok(!timerMode.guests.includes('pv'));
  });

  it('documents the libxl defaults that differ from what the manual says', () => {
    for (const name of ['pae', 'acpi_s3', 'acpi_s4', 'nx', 'hpet', 'vpt_align', 'xen_platform_pci', 'vkb_device']) {
      assert.match(keyNamed(name).default ?? '', /^1\b/, `${name} defaults to 1 in libxl`);
    }
    for (const name of ['acpi_laptop_slate', 'usb', 'viridian', 'hvm_pirq']) {
      assert.match(keyNamed(name).default ?? '', /^0\b/, `${name} defaults to 0 in libxl`);
    }
    assert.match(keyNamed('device_model_stubdomain_override').doc, /manual/);
  });
});
