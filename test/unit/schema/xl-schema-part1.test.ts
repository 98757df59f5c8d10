import * as assert from 'assert';
import type { XlKeyDef, XlValueShape } from '../../../server/src/schema/xl/key-def';
import { coreKeys } from '../../../server/src/schema/xl/keys-core';
import { bootKeys } from '../../../server/src/schema/xl/keys-boot';
import { miscKeys } from '../../../server/src/schema/xl/keys-misc';
import { devicesKeys } from '../../../server/src/schema/xl/keys-devices';
import { undocumentedKeys } from '../../../server/src/schema/xl/keys-undocumented';
import { allXlKeys, xlKeys } from '../../../server/src/schema/xl/index';

/**
 * Keys #1–#80 of reference xl-keys.json (`keys`, in order) with the reference's
 * own one-line summaries, copied here so CI does not need files outside the repo.
 */
const REFERENCE_KEYS: ReadonlyArray<readonly [string, string]> = [
  ['name', 'Domain name.'],
  ['type', 'Selects the guest virtualisation mode.'],
  ['builder', 'Old way to pick PV vs HVM.'],
  ['pool', 'CPU pool the guest\'s vCPUs are placed in.'],
  ['vcpus', 'Number of vCPUs online at boot.'],
  ['maxvcpus', 'Upper bound of vCPUs that can be hot-plugged.'],
  ['cpus', 'Hard CPU affinity (pinning) for the vCPUs.'],
  ['cpus_soft', 'Soft (preferred) CPU affinity.'],
  ['cpu_weight', 'Relative scheduler weight (credit/credit2).'],
  ['cap', 'Upper limit on CPU consumption, in percent of a pCPU.'],
  ['memory', 'Initial RAM in MiB.'],
  ['maxmem', 'Maximum RAM; > memory starts the guest ballooned (PoD for HVM/PVH).'],
  ['vnuma', 'Virtual NUMA topology.'],
  ['on_poweroff', 'What to do when the guest powers off.'],
  ['on_reboot', 'What to do when the guest asks to reboot.'],
  ['on_watchdog', 'What to do when the Xen watchdog fires.'],
  ['on_crash', 'What to do when the guest crashes.'],
  ['on_soft_reset', 'What to do on a guest soft reset (e.g. kexec).'],
  ['kernel', 'Kernel image loaded directly by the toolstack.'],
  ['ramdisk', 'Initial ramdisk for direct kernel boot.'],
  ['cmdline', 'Full kernel command line; overrides root and extra.'],
  ['root', 'Adds \'root=VALUE\' to the kernel command line.'],
  ['extra', 'Extra text appended to the kernel command line.'],
  ['firmware', 'Boot firmware (pvgrub for PV/PVH, BIOS/UEFI/custom blob for HVM).'],
  ['pvshim', 'Run a PV guest inside a PVH shim container.'],
  ['pvshim_path', 'Alternative PV-shim binary.'],
  ['pvshim_cmdline', 'Command line passed to the shim.'],
  ['pvshim_extra', 'Extra arguments appended to the shim command line.'],
  ['uuid', 'Domain UUID.'],
  ['seclabel', 'XSM security label of the running domain.'],
  ['init_seclabel', 'Temporary XSM label used while building the domain.'],
  ['max_grant_frames', 'Limit on grant-table frames of the guest.'],
  ['max_maptrack_frames', 'Limit on maptrack frames (foreign grants mapped by this guest).'],
  ['max_grant_version', 'Highest grant-table ABI version the guest may use.'],
  ['nomigrate', 'Forbid migration (allows e.g. invariant TSC).'],
  ['driver_domain', 'Mark the guest as a driver (backend) domain.'],
  ['device_tree', 'Partial device tree whose /passthrough node is copied to the guest.'],
  ['passthrough', 'IOMMU mode for device pass-through.'],
  ['xend_suspend_evtchn_compat', 'Use the old xend xenstore layout for the suspend event channel.'],
  ['vmtrace_buf_kb', 'Per-vCPU processor-trace buffer size.'],
  ['vpmu', 'Give the guest direct PMU register access (experimental).'],
  ['xenstore_feature_mask', 'Which Xenstore features the guest may see.'],
  ['xenstore_quota', 'Per-domain Xenstore quota overrides.'],
  ['disk', 'Virtual block devices.'],
  ['vif', 'Virtual network interfaces.'],
  ['vtpm', 'Virtual TPM front-ends.'],
  ['p9', '9pfs file-system shares.'],
  ['pvcalls', 'PV Calls (socket-level networking) connections.'],
  ['vfb', 'Paravirtual framebuffers (each also adds a vkb).'],
  ['channel', 'Low-bandwidth byte-stream channels (e.g. guest agents).'],
  ['rdm', 'Reserved Device Memory handling for pass-through.'],
  ['usbctrl', 'USB controllers.'],
  ['usbdev', 'USB host devices attached at boot.'],
  ['pci', 'Host PCI devices passed through.'],
  ['pci_permissive', 'Default \'permissive\' for every pci entry.'],
  ['pci_msitranslate', 'Default \'msitranslate\' for every pci entry.'],
  ['pci_seize', 'Default \'seize\' for every pci entry.'],
  ['pci_power_mgmt', 'Default \'power_mgmt\' for every pci entry.'],
  ['gfx_passthru', 'Make a passed-through GPU the primary display.'],
  ['rdm_mem_boundary', 'Boundary used when RDM regions collide with RAM.'],
  ['dtdev', 'Host device-tree nodes to pass through.'],
  ['ioports', 'Legacy I/O port ranges the guest may access.'],
  ['iomem', 'Raw machine memory pages mapped into the guest.'],
  ['irqs', 'Physical IRQs the guest may use.'],
  ['max_event_channels', 'Event-channel limit.'],
  ['vdispl', 'PV display devices.'],
  ['dm_restrict', 'Deprivilege QEMU after start-up (tech preview).'],
  ['device_model_user', 'User QEMU runs as when dm_restrict is on.'],
  ['vsnd', 'PV sound cards.'],
  ['vkb', 'PV keyboard/pointer devices.'],
  ['virtio', 'Virtio-mmio devices.'],
  ['tee', 'Trusted Execution Environment mediation.'],
  ['bootloader', 'Program that extracts kernel/initrd from the guest disk.'],
  ['bootloader_args', 'Extra arguments for the bootloader.'],
  ['bootloader_restrict', 'Run the bootloader deprivileged (non-interactive).'],
  ['bootloader_user', 'User the restricted bootloader runs as.'],
  ['e820_host', 'Expose the host memory map layout (PCI holes) to the guest.'],
  ['boot', 'Emulated boot device order.'],
  ['hdtype', 'Emulated disk controller.'],
  ['hap', 'Use hardware-assisted paging (EPT/NPT) instead of shadow.'],
];

/** `undocumented_keys_read_by_xl` of xl-keys.json (reference §2.2). */
const REFERENCE_UNDOCUMENTED: readonly string[] = [
  'period', 'slice', 'latency', 'extratime', 'firmware_override', 'opengl',
  'display', 'xauthority', 'device_model', 'vif2', 'vncviewer',
];

const documentedFiles: ReadonlyArray<readonly [string, readonly XlKeyDef[]]> = [
  ['keys-core', coreKeys],
  ['keys-boot', bootKeys],
  ['keys-misc', miscKeys],
  ['keys-devices', devicesKeys],
];
const documentedKeys: readonly XlKeyDef[] = documentedFiles.flatMap(([, keys]) => keys);
const allPart1Keys: readonly XlKeyDef[] = [...documentedKeys, ...undocumentedKeys];

function keyNamed(name: string): XlKeyDef {
  const found = allPart1Keys.find((key) => key.name === name);
  assert.ok(found, `key ${name} is missing`);
  return found;
}

// ---------------------------------------------------------------------------
// A small reader for example lines, following the libxlu grammar of reference
// §1.1–§1.2 (strings, numbers, nested lists, one trailing comma). The real
// parser lives elsewhere; this only has to reject examples xl would not read.

type ExampleValue = { kind: 'string'; text: string } | { kind: 'number'; text: string } | { kind: 'list'; items: ExampleValue[] };

class ExampleReader {
  private pos = 0;
  constructor(private readonly text: string) {}

  readAll(): ExampleValue {
    const value = this.readValue();
    this.skipBlanks();
    if (this.pos !== this.text.length) throw new Error(`trailing text at ${this.pos}: ${this.text.slice(this.pos)}`);
    return value;
  }

  private skipBlanks(): void {
    while (this.pos < this.text.length && (this.text[this.pos] === ' ' || this.text[this.pos] === '\t')) this.pos++;
  }

  private readValue(): ExampleValue {
    this.skipBlanks();
    const ch = this.text[this.pos];
    if (ch === '[') return this.readList();
    if (ch === '"' || ch === "'") return this.readString(ch);
    const number = /^[0-9][0-9a-fx]*/.exec(this.text.slice(this.pos));
    if (number) {
      this.pos += number[0].length;
      return { kind: 'number', text: number[0] };
    }
    throw new Error(`no value at ${this.pos}: ${this.text.slice(this.pos)}`);
  }

  private readString(quote: string): ExampleValue {
    let out = '';
    this.pos++;
    while (this.pos < this.text.length && this.text[this.pos] !== quote) {
      const ch = this.text[this.pos];
      if (ch === '\n') throw new Error('newline inside a string');
      if (ch === '\\') {
        const escaped = this.text[this.pos + 1];
        if (!escaped || !`"'\\abfnrtv`.includes(escaped)) throw new Error(`escape \\${escaped ?? ''} does not work in xl`);
        out += escaped;
        this.pos += 2;
        continue;
      }
      out += ch;
      this.pos++;
    }
    if (this.text[this.pos] !== quote) throw new Error('unterminated string');
    this.pos++;
    return { kind: 'string', text: out };
  }

  private readList(): ExampleValue {
    const items: ExampleValue[] = [];
    this.pos++;
    this.skipBlanks();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return { kind: 'list', items };
    }
    for (;;) {
      items.push(this.readValue());
      this.skipBlanks();
      const ch = this.text[this.pos];
      if (ch === ']') {
        this.pos++;
        return { kind: 'list', items };
      }
      if (ch !== ',') throw new Error(`expected , or ] at ${this.pos}`);
      this.pos++;
      this.skipBlanks();
      if (this.text[this.pos] === ']') {
        this.pos++;
        return { kind: 'list', items };
      }
    }
  }
}

const EXAMPLE_LINE = /^([a-z][._0-9a-z]*)[ \t]*=[ \t]*(.+)$/;

function readExample(key: XlKeyDef): ExampleValue {
  const match = EXAMPLE_LINE.exec(key.example);
  assert.ok(match, `${key.name}: example "${key.example}" is not a key = value line`);
  assert.strictEqual(match[1], key.name, `${key.name}: example sets another key`);
  return new ExampleReader(match[2]).readAll();
}

/** strtol(s, 0, 0) as xl uses it: decimal, 0x hex, leading-0 octal. */
function xlInteger(text: string): number | undefined {
  const trimmed = text.replace(/^[ \t]+/, '');
  if (/^-?0x[0-9a-f]+$/i.test(trimmed)) return Number.parseInt(trimmed.replace('0x', ''), 16) * (trimmed.startsWith('-') ? -1 : 1);
  if (/^-?0[0-7]+$/.test(trimmed)) return Number.parseInt(trimmed, 8);
  if (/^-?(0|[1-9][0-9]*)$/.test(trimmed)) return Number.parseInt(trimmed, 10);
  return undefined;
}

function scalarText(value: ExampleValue): string | undefined {
  return value.kind === 'list' ? undefined : value.text;
}

function enumAccepts(shape: Extract<XlValueShape, { kind: 'enum' }>, text: string): boolean {
  const same = (a: string, b: string): boolean => (shape.caseInsensitive ? a.toLowerCase() === b.toLowerCase() : a === b);
  return shape.values.some((v) => same(v.value, text));
}

/** Checks that the example has the shape the key declares. */
function assertExampleFitsShape(key: XlKeyDef, value: ExampleValue): void {
  const shape = key.shape;
  const where = `${key.name}: example "${key.example}"`;
  switch (shape.kind) {
    case 'integer': {
      const text = scalarText(value);
      const n = text === undefined ? undefined : xlInteger(text);
      assert.ok(n !== undefined, `${where} is not an integer`);
      if (shape.min !== undefined) assert.ok(n >= shape.min, `${where} is below ${shape.min}`);
      if (shape.max !== undefined) assert.ok(n <= shape.max, `${where} is above ${shape.max}`);
      return;
    }
    case 'boolean': {
      const text = scalarText(value);
      assert.ok(text !== undefined && xlInteger(text) !== undefined, `${where} is not a 0/1 number`);
      return;
    }
    case 'enum': {
      const text = scalarText(value);
      assert.ok(text !== undefined, `${where} is a list`);
      const acceptedAsInteger = shape.integerForm !== undefined && xlInteger(text) !== undefined;
      assert.ok(acceptedAsInteger || enumAccepts(shape, text), `${where} is not one of the allowed values`);
      return;
    }
    case 'string':
    case 'spec':
      if (key.readAs === 'list-or-string') return;
      assert.strictEqual(value.kind, 'string', `${where} should be a quoted string`);
      return;
    case 'list': {
      if (value.kind !== 'list') {
        assert.ok(shape.stringForm !== undefined, `${where} should be a [list]`);
        return;
      }
      assert.ok(value.items.length > 0, `${where} is an empty list`);
      for (const item of value.items) {
        if (shape.item === 'list') assert.strictEqual(item.kind, 'list', `${where}: items should be lists`);
        else if (shape.item === 'string') assert.strictEqual(item.kind, 'string', `${where}: items should be strings`);
        else if (shape.item === 'integer') assert.strictEqual(item.kind, 'number', `${where}: items should be numbers`);
        else assert.notStrictEqual(item.kind, 'list', `${where}: items should be scalars`);
      }
      return;
    }
  }
}

/** Sentence ends outside code spans, not counting abbreviations such as "e.g.". */
function sentenceCount(text: string): number {
  const prose = text.replace(/`[^`]*`/g, 'CODE').replace(/\b(e\.g|i\.e|etc)\./g, '$1');
  return (prose.match(/[.!?](?=\s|$)/g) ?? []).length;
}

describe('xl key schema, part 1 (keys #1–#80 and the undocumented keys)', () => {
  it('holds 80 reference keys in the literal list (guards the copy itself)', () => {
    assert.strictEqual(REFERENCE_KEYS.length, 80);
    assert.strictEqual(REFERENCE_KEYS[0][0], 'name');
    assert.strictEqual(REFERENCE_KEYS[79][0], 'hap');
    assert.strictEqual(REFERENCE_UNDOCUMENTED.length, 11);
  });

  it('defines every key #1–#80 exactly once across the four documented files', () => {
    for (const [name] of REFERENCE_KEYS) {
      const homes = documentedFiles.filter(([, keys]) => keys.some((key) => key.name === name)).map(([file]) => file);
      const count = documentedKeys.filter((key) => key.name === name).length;
      assert.strictEqual(count, 1, `${name} is defined ${count} times (${homes.join(', ') || 'nowhere'})`);
    }
  });

  it('puts no other key in the documented files', () => {
    const expected = new Set(REFERENCE_KEYS.map(([name]) => name));
    const strays = documentedKeys.map((key) => key.name).filter((name) => !expected.has(name));
    assert.deepStrictEqual(strays, []);
    assert.strictEqual(documentedKeys.length, 80);
  });

  it('reaches the combined schema once per key, with no other table claiming a part-1 key', () => {
    for (const key of allPart1Keys) {
      assert.strictEqual(xlKeys.get(key.name), key, `${key.name} is not the entry the index serves`);
      assert.strictEqual(allXlKeys.filter((other) => other.name === key.name).length, 1, `${key.name} appears twice in allXlKeys`);
    }
  });

  it('defines exactly the 11 undocumented keys, flagged documented: false', () => {
    assert.deepStrictEqual(undocumentedKeys.map((key) => key.name).sort(), [...REFERENCE_UNDOCUMENTED].sort());
    for (const key of undocumentedKeys) {
      assert.strictEqual(key.documented, false, key.name);
      assert.strictEqual(key.topic, 'undocumented', key.name);
    }
    for (const key of documentedKeys) assert.strictEqual(key.documented, true, key.name);
  });

  it('gives every enum value and every suggested value a non-empty doc, without repeats', () => {
    let checked = 0;
    for (const key of allPart1Keys) {
      const values = [...(key.shape.kind === 'enum' ? key.shape.values : []), ...(key.suggestedValues ?? [])];
      const seen = new Set<string>();
      for (const value of values) {
        assert.ok(value.value.length > 0 || key.shape.kind === 'enum', `${key.name}: empty value`);
        assert.ok(value.doc.trim().length >= 10, `${key.name}=${value.value}: doc is empty or too short`);
        assert.ok(!seen.has(value.value), `${key.name}: ${value.value} listed twice`);
        seen.add(value.value);
        checked++;
      }
    }
    assert.ok(checked >= 40, `only ${checked} values checked`);
  });

  it('has examples that are valid xl lines setting the key with a value of its shape', () => {
    for (const key of allPart1Keys) {
      let value: ExampleValue;
      try {
        value = readExample(key);
      } catch (error) {
        assert.fail(`${key.name}: example "${key.example}" does not parse: ${(error as Error).message}`);
      }
      assertExampleFitsShape(key, value);
    }
  });

  it('has unique one-line summaries that are not the reference summaries', () => {
    const referenceSummaries = new Set(REFERENCE_KEYS.map(([, summary]) => summary.trim().toLowerCase()));
    const seen = new Map<string, string>();
    for (const key of allPart1Keys) {
      const normalised = key.summary.trim().toLowerCase();
      assert.ok(normalised.length >= 15, `${key.name}: summary too short`);
      assert.ok(!key.summary.includes('\n'), `${key.name}: summary spans lines`);
      assert.ok(!referenceSummaries.has(normalised), `${key.name}: summary copied from xl-keys.json`);
      assert.ok(!seen.has(normalised), `${key.name}: same summary as ${seen.get(normalised)}`);
      seen.set(normalised, key.name);
    }
  });

  it('has docs of two to five sentences that say more than the summary', () => {
    for (const key of allPart1Keys) {
      const sentences = sentenceCount(key.doc);
      assert.ok(sentences >= 2 && sentences <= 5, `${key.name}: doc has ${sentences} sentence ends`);
      assert.notStrictEqual(key.doc.trim().toLowerCase(), key.summary.trim().toLowerCase(), key.name);
      assert.ok(key.doc.length > key.summary.length, `${key.name}: doc shorter than summary`);
    }
  });

  it('keeps shapes, readAs and guests consistent', () => {
    for (const key of allPart1Keys) {
      const { shape, readAs } = key;
      assert.ok(key.guests.length > 0, `${key.name}: no guest types`);
      assert.strictEqual(new Set(key.guests).size, key.guests.length, `${key.name}: repeated guest type`);
      if (readAs === 'list' || readAs === 'nested-list') assert.strictEqual(shape.kind, 'list', `${key.name}: list read needs list shape`);
      if (readAs === 'nested-list') assert.ok(shape.kind === 'list' && shape.item === 'list', `${key.name}: nested list items`);
      if (shape.kind === 'list' && shape.stringForm !== undefined) assert.strictEqual(readAs, 'list-or-string', key.name);
      if (shape.kind === 'integer' && shape.min !== undefined && shape.max !== undefined) {
        assert.ok(shape.min <= shape.max, `${key.name}: empty range`);
      }
      if (shape.kind === 'enum') assert.ok(shape.values.length > 0, `${key.name}: enum without values`);
      if (key.deprecated) assert.ok(key.deprecated.note.trim().length > 0, `${key.name}: deprecation without note`);
      if (key.suggestedValues) assert.ok(shape.kind === 'string', `${key.name}: suggestions are for free-form keys`);
    }
  });

  it('records the facts the validator depends on', () => {
    const actions = ['destroy', 'restart', 'rename-restart', 'preserve', 'coredump-destroy', 'coredump-restart', 'soft-reset'];
    const defaults: Record<string, string> = {
      on_poweroff: 'destroy', on_reboot: 'restart', on_watchdog: 'destroy', on_crash: 'destroy', on_soft_reset: 'soft-reset',
    };
    for (const [name, defaultAction] of Object.entries(defaults)) {
      const key = keyNamed(name);
      assert.ok(key.shape.kind === 'enum' && !key.shape.caseInsensitive, name);
      assert.deepStrictEqual(key.shape.values.map((v) => v.value), actions, name);
      assert.strictEqual(key.default, defaultAction, name);
      assert.strictEqual(key.onBadValue, 'fatal', name);
    }

    const type = keyNamed('type');
    assert.ok(type.shape.kind === 'enum' && type.shape.prefixMatch === true);
    assert.deepStrictEqual(type.shape.values.map((v) => v.value), ['pv', 'pvh', 'hvm']);

    assert.strictEqual(keyNamed('builder').deprecated?.replacement, 'type');
    assert.strictEqual(keyNamed('root').deprecated?.replacement, 'cmdline');
    assert.strictEqual(keyNamed('extra').deprecated?.replacement, 'cmdline');
    const bootloaderArgs = keyNamed('bootloader_args').shape;
    assert.ok(bootloaderArgs.kind === 'list' && bootloaderArgs.stringForm === 'deprecated');

    // "(hvm only)" / "pvh only" / "pv only" reads of reference §2.1
    for (const name of ['boot', 'hdtype', 'gfx_passthru', 'rdm_mem_boundary']) assert.deepStrictEqual(keyNamed(name).guests, ['hvm'], name);
    for (const name of ['pvshim', 'pvshim_path', 'pvshim_cmdline', 'pvshim_extra']) assert.deepStrictEqual(keyNamed(name).guests, ['pvh'], name);
    assert.deepStrictEqual(keyNamed('e820_host').guests, ['pv']);
    for (const name of ['device_tree', 'dtdev', 'virtio', 'tee', 'vpmu']) assert.deepStrictEqual(keyNamed(name).arch, ['arm'], name);
    assert.deepStrictEqual(keyNamed('ioports').arch, ['x86']);

    for (const name of ['max_grant_frames', 'max_maptrack_frames', 'max_grant_version']) {
      const key = keyNamed(name);
      assert.strictEqual(key.onWrongShape, 'fatal', name);
      assert.ok(key.shape.kind === 'integer' && key.shape.min === 0 && key.shape.max === 2147483647, name);
    }
    assert.ok(keyNamed('boot').default?.includes('cda'), 'boot default must say what libxl really uses');
    assert.strictEqual(keyNamed('memory').unit, 'MiB');
    assert.strictEqual(keyNamed('vmtrace_buf_kb').unit, 'KiB');
    assert.ok(keyNamed('disk').doc.includes('without brackets'), 'disk doc warns about the missing brackets');

    const cpuWeight = keyNamed('cpu_weight').shape;
    assert.ok(cpuWeight.kind === 'integer' && cpuWeight.min === 1 && cpuWeight.max === 65535);
    for (const name of ['passthrough', 'tee', 'hdtype']) {
      const shape = keyNamed(name).shape;
      assert.ok(shape.kind === 'enum' && shape.caseInsensitive === true, `${name} is compared case-insensitively`);
    }
    for (const name of ['device_model', 'vif2', 'vncviewer']) assert.ok(keyNamed(name).deprecated, `${name} is ignored by xl`);
    assert.deepStrictEqual(keyNamed('cpus').shape, { kind: 'spec', spec: 'cpulist' });
    assert.strictEqual(keyNamed('cpus').readAs, 'list-or-string');
    assert.deepStrictEqual(keyNamed('rdm').shape, { kind: 'spec', spec: 'rdm' });
  });
});
