import type { XlKeyDef } from './key-def';
import { ALL_GUESTS, HVM_ONLY } from './guest-sets';

/*
 * Platform, firmware, time and emulated-device keys of reference
 * xl-config.md §2.1 rows 81–111 and 135–140. Keys marked "(hvm only)" there
 * are read inside xl's HVM branch and silently skipped for PV and PVH; the
 * rest are read for every type even when only some types use them.
 * Boolean defaults are the ones libxl applies (reference §4.3).
 */


export const hvmKeys: readonly XlKeyDef[] = [
  {
    name: 'oos',
    summary: 'Allows shadowed guest page tables to fall temporarily out of sync.',
    doc:
      'An optimisation of shadow paging: Xen lets some guest page-table pages change without re-validating them at once, which speeds up guests that rewrite page tables often. ' +
      'It only matters when the guest runs on shadow paging, that is with `hap = 0` or on hardware without EPT/NPT. ' +
      'libxl turns it on for HVM and PVH guests; switch it off only when chasing a suspected shadow-paging bug.',
    example: 'oos = 0',
    default: '1 (HVM and PVH)',
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'memory',
  },
  {
    name: 'shadow_memory',
    summary: 'MiB reserved for shadow page tables, HAP structures or the Arm P2M pool.',
    doc:
      'Memory Xen keeps aside, outside the guest\'s RAM, to hold its translated page tables. ' +
      'libxl sizes it at about 1 MiB per vCPU plus 8 KiB per MiB of guest RAM, which suits nearly every guest. ' +
      'Raising it can help a shadow-paged guest that runs many similar processes; on Arm the value sizes the pool for the guest\'s stage-2 tables.',
    example: 'shadow_memory = 64',
    default: '1 MiB per vCPU plus 8 KiB per MiB of RAM (computed by libxl)',
    unit: 'MiB',
    shape: { kind: 'integer', min: 0 },
    readAs: 'integer',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'memory',
  },
  {
    name: 'bios',
    summary: 'Virtual firmware an HVM guest boots from: SeaBIOS or OVMF (UEFI).',
    doc:
      'Selects the firmware hvmloader hands control to. ' +
      'SeaBIOS, the default with qemu-xen, boots legacy BIOS operating systems; choose `ovmf` for guests installed in UEFI mode. ' +
      'Names are matched without regard to case, and an unknown one makes xl stop. ' +
      '`rombios` is still parsed but libxl refuses it with qemu-xen, the only device model left.',
    example: 'bios = "ovmf"',
    default: 'seabios (chosen by libxl for qemu-xen)',
    shape: {
      kind: 'enum',
      caseInsensitive: true,
      values: [
        { value: 'seabios', doc: 'SeaBIOS, a legacy PC BIOS; the default with qemu-xen.' },
        { value: 'ovmf', doc: 'OVMF, UEFI firmware from the TianoCore project, for guests that boot through UEFI.' },
        {
          value: 'rombios',
          doc: 'The old ROMBIOS of the traditional device model.',
          deprecated: 'libxl refuses rombios with qemu-xen ("qemu-xen does not support bios=rombios."); use seabios.',
        },
        {
          value: 'unknown',
          doc: 'Placeholder name libxl accepts; it leaves the choice to libxl, like omitting the key.',
          deprecated: 'Remove the key to let libxl pick the firmware.',
        },
      ],
    },
    readAs: 'string',
    onBadValue: 'fatal',
    guests: HVM_ONLY,
    documented: true,
    topic: 'boot',
  },
  {
    name: 'bios_path_override',
    summary: 'Loads a firmware image from a file of your own instead of the built-in blob.',
    doc:
      'Points hvmloader at a custom build of the firmware selected by `bios`, for example a newer OVMF with extra drivers. ' +
      'The file must be of the same kind as the `bios` value, so always set `bios` as well: without it xl warns that the override comes without a specific bios name.',
    example: 'bios_path_override = "/usr/share/OVMF/OVMF.fd"',
    default: 'none (the firmware built into hvmloader)',
    shape: { kind: 'string', format: 'path' },
    readAs: 'string',
    onBadValue: 'ignored',
    guests: HVM_ONLY,
    documented: true,
    topic: 'boot',
  },
  {
    name: 'pae',
    summary: 'Reports Physical Address Extension support to the guest CPU.',
    doc:
      'PAE lets a 32-bit guest address more than 4 GiB and is required by 64-bit guests and by the NX bit. ' +
      'libxl enables it by default; turn it off only for very old 32-bit systems that refuse to boot with it.',
    example: 'pae = 1',
    default: '1',
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: HVM_ONLY,
    arch: ['x86'],
    documented: true,
    topic: 'hvm',
  },
  {
    name: 'acpi',
    summary: 'Builds ACPI tables so the guest can discover devices and handle power events.',
    doc:
      'With ACPI the guest finds its CPUs and devices through firmware tables and can react to `xl shutdown` as a power-button press. ' +
      'Keep it on for modern operating systems; disabling it makes graceful shutdown depend on PV drivers. ' +
      'xl reads it for every guest type; libxl defaults it to on for x86 and off for Arm.',
    example: 'acpi = 1',
    default: '1 on x86, 0 on Arm',
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'hvm',
  },
  {
    name: 'acpi_s3',
    summary: 'Advertises the ACPI sleep state S3 (suspend to RAM) in the guest\'s tables.',
    doc:
      'When on, the guest may offer "sleep" and put itself into S3; wake it again with `xl trigger NAME s3resume`. ' +
      'Turn it off if users of the guest should not be able to suspend it by accident.',
    example: 'acpi_s3 = 0',
    default: '1',
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: HVM_ONLY,
    documented: true,
    topic: 'hvm',
  },
  {
    name: 'acpi_s4',
    summary: 'Advertises the ACPI sleep state S4 (hibernate to disk) to the guest.',
    doc:
      'When on, the guest may hibernate: it writes its memory to its own disk and powers off, and the domain then ends like after a shutdown. ' +
      'Turn it off to hide the hibernate option from the guest.',
    example: 'acpi_s4 = 0',
    default: '1',
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: HVM_ONLY,
    documented: true,
    topic: 'hvm',
  },
  {
    name: 'acpi_laptop_slate',
    summary: 'Exposes a virtual laptop/tablet ("slate") mode switch through ACPI.',
    doc:
      'Adds the ACPI device Windows uses to learn whether a convertible is in laptop or tablet posture, which some Windows editions expect to find. ' +
      'Leave it off unless a guest needs it.',
    example: 'acpi_laptop_slate = 1',
    default: '0',
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: HVM_ONLY,
    documented: true,
    topic: 'hvm',
  },
  {
    name: 'apic',
    summary: 'Puts MP and PCI interrupt-routing tables in the firmware of a one-vCPU guest.',
    doc:
      'Guests with several vCPUs always get these legacy firmware tables; this key decides it for single-vCPU guests only. ' +
      'Keep the default of 1; ACPI has replaced these tables, and only some old operating systems need them switched off.',
    example: 'apic = 0',
    default: '1',
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: HVM_ONLY,
    arch: ['x86'],
    documented: true,
    topic: 'hvm',
  },
  {
    name: 'nx',
    summary: 'Lets the guest mark memory pages as non-executable.',
    doc:
      'Exposes the NX (execute-disable) page-table bit, an important defence against code-injection exploits; it only works together with `pae = 1`. ' +
      'Leave it on unless an ancient guest crashes when it sees the feature.',
    example: 'nx = 1',
    default: '1',
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: HVM_ONLY,
    arch: ['x86'],
    documented: true,
    topic: 'hvm',
  },
  {
    name: 'hpet',
    summary: 'Provides an emulated High Precision Event Timer to the guest.',
    doc:
      'The HPET is one of the clock sources a guest may pick; libxl provides it by default. ' +
      'Windows guests with the viridian `stimer` group use synthetic timers in preference, so the HPET can often be turned off for them; some other guests also keep better time without it.',
    example: 'hpet = 0',
    default: '1',
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: HVM_ONLY,
    arch: ['x86'],
    documented: true,
    topic: 'hvm',
  },
  {
    name: 'altp2m',
    summary: 'Who may create and switch alternate guest-physical memory views.',
    doc:
      'Alternate p2m lets one guest have several physical-memory maps with different access rights, the basis of memory introspection and in-guest isolation tools. ' +
      'Pick the mode by who drives it: external tools, the guest, or both. ' +
      'The modes can also be written as 0 to 3; any other number or name makes xl stop. It cannot be combined with populate-on-demand (memory below maxmem).',
    example: 'altp2m = "external"',
    default: 'disabled',
    shape: {
      kind: 'enum',
      caseInsensitive: true,
      integerForm: 'accepted',
      values: [
        { value: 'disabled', integer: 0, doc: 'No alternate views (the default).' },
        { value: 'mixed', integer: 1, doc: 'Both the guest and external privileged tools may use the altp2m interface.' },
        { value: 'external', integer: 2, doc: 'Only external privileged tools, such as an introspection engine in dom0, may use it.' },
        { value: 'limited', integer: 3, doc: 'The guest may only turn the VMFUNC and #VE features on and off; views are managed externally.' },
      ],
    },
    readAs: 'integer-or-string',
    onBadValue: 'fatal',
    guests: ALL_GUESTS,
    arch: ['x86'],
    documented: true,
    topic: 'x86',
  },
  {
    name: 'altp2mhvm',
    summary: 'Former on/off switch that gave an HVM guest access to altp2m.',
    doc:
      'Setting it to 1 behaves like `altp2m = "mixed"` for an HVM guest. ' +
      'xl prints a deprecation warning whenever the key is present; write `altp2m` instead. ' +
      'libxl will not combine it with `nestedhvm`.',
    example: 'altp2mhvm = 1',
    default: '0',
    deprecated: { replacement: 'altp2m', note: 'Superseded by the altp2m key, which also offers the external and limited modes.' },
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: HVM_ONLY,
    documented: true,
    topic: 'x86',
  },
  {
    name: 'altp2m_count',
    summary: 'Number of alternate memory views Xen allocates for the guest.',
    doc:
      'Sets how many altp2m views exist when altp2m is enabled. ' +
      'libxl uses 10 for an HVM guest with altp2m on and 0 otherwise. ' +
      'The number must fit in 16 bits (0 to 65535) or xl stops; a value that is not a number at all is skipped without a message.',
    example: 'altp2m_count = 20',
    default: '10 with altp2m on (HVM), otherwise 0',
    shape: { kind: 'integer', min: 0, max: 65535 },
    readAs: 'integer',
    onBadValue: 'fatal',
    onWrongShape: 'silent',
    guests: ALL_GUESTS,
    arch: ['x86'],
    documented: true,
    topic: 'x86',
  },
  {
    name: 'nestedhvm',
    summary: 'Exposes hardware virtualisation (VT-x/AMD-V) inside the guest so it can run its own hypervisor.',
    doc:
      'Turn it on to run a hypervisor, or features built on one such as Windows virtualization-based security, inside the guest. ' +
      'Nested virtualisation costs performance and is less mature than the rest of Xen, so enable it only where needed. ' +
      'libxl refuses to combine it with `altp2mhvm`; it affects HVM and PVH guests.',
    example: 'nestedhvm = 1',
    default: '0',
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'cpu',
  },
  {
    name: 'cpuid',
    summary: 'Edits the CPUID feature bits the guest sees, starting from the host policy.',
    doc:
      'Use it to hide CPU features, for example so that guests can migrate between hosts of different generations, or to set identification fields. ' +
      'Write a string beginning with `host` followed by `flag=value` pairs, or a list of leaf/register masks of 32 characters each. ' +
      'xl reports mistakes as "while parsing CPUID" messages but carries on, so a typo quietly leaves that feature as it was.',
    example: 'cpuid = "host,aes=0,avx512f=0"',
    default: 'the host\'s default policy for the guest type',
    shape: { kind: 'spec', spec: 'cpuid' },
    readAs: 'list-or-string',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'cpu',
  },
  {
    name: 'acpi_firmware',
    summary: 'File of additional ACPI tables to hand to the guest.',
    doc:
      'hvmloader appends the tables in this file, a concatenation of compiled AML tables, to the ones it builds itself. ' +
      'It is mostly used to supply an SLIC or other OEM table that a guest operating system looks for.',
    example: 'acpi_firmware = "/etc/xen/acpi/slic.bin"',
    default: 'none',
    shape: { kind: 'string', format: 'path' },
    readAs: 'string',
    onBadValue: 'ignored',
    guests: HVM_ONLY,
    documented: true,
    topic: 'hvm',
  },
  {
    name: 'smbios_firmware',
    summary: 'File of raw SMBIOS structures added to or replacing the generated ones.',
    doc:
      'hvmloader merges the structures from this file into the guest\'s SMBIOS (DMI) tables, overriding structures of the same type. ' +
      'Use it to reproduce a physical machine\'s DMI data; for a handful of strings the `smbios` key is easier.',
    example: 'smbios_firmware = "/etc/xen/smbios/oem.bin"',
    default: 'none',
    shape: { kind: 'string', format: 'path' },
    readAs: 'string',
    onBadValue: 'ignored',
    guests: HVM_ONLY,
    documented: true,
    topic: 'hvm',
  },
  {
    name: 'smbios',
    summary: 'Sets individual SMBIOS/DMI strings such as vendor, product name or serial number.',
    doc:
      'Each item is `field=value`, for example `system_serial_number=ABC123`; the guest sees the values through its DMI tables, which licensing tools and inventory software often read. ' +
      'Field names are matched without regard to case, up to 99 `oem` strings may be given, and empty values are not allowed. ' +
      'A malformed item, an unknown field or a value that is not a list makes xl stop.',
    example: 'smbios = [ "system_manufacturer=Example Corp", "system_serial_number=ABC123" ]',
    default: 'none',
    shape: { kind: 'list', item: 'string', spec: 'smbios' },
    readAs: 'list',
    onBadValue: 'fatal',
    onWrongShape: 'fatal',
    guests: HVM_ONLY,
    documented: true,
    topic: 'hvm',
  },
  {
    name: 'ms_vm_genid',
    summary: 'Gives the guest a Microsoft-style VM Generation ID that changes on restore.',
    doc:
      'With `generate`, a fresh random 128-bit ID is created every time the domain is created or restored, so the guest can tell it was rolled back to a snapshot or cloned. ' +
      'Windows Server 2012 and later need it to run safely as Active Directory domain controllers. ' +
      'The value is case-sensitive and must be exactly `generate` or `none`.',
    example: 'ms_vm_genid = "generate"',
    default: 'none',
    shape: {
      kind: 'enum',
      values: [
        { value: 'generate', doc: 'Create a new random generation ID on every create or restore.' },
        { value: 'none', doc: 'Do not give the guest a generation ID (the default).' },
      ],
    },
    readAs: 'string',
    onBadValue: 'fatal',
    guests: HVM_ONLY,
    documented: true,
    topic: 'hvm',
  },
  {
    name: 'tsc_mode',
    summary: 'Whether the guest reads the CPU time-stamp counter natively or through emulation.',
    doc:
      'Controls how `rdtsc` in the guest is served. ' +
      '`default` runs it natively where the host can keep the counter consistent and emulates it otherwise, which also keeps the frequency stable across migration on hosts with TSC scaling. ' +
      'Use `always_emulate` for software that needs a strictly monotonic, fixed-rate counter, and `native` when raw speed matters more than consistency. ' +
      'Numbers 0 to 3 still work but xl warns that they are deprecated.',
    example: 'tsc_mode = "default"',
    default: 'default',
    shape: {
      kind: 'enum',
      caseInsensitive: true,
      integerForm: 'deprecated',
      values: [
        { value: 'default', integer: 0, doc: 'Native when the host can guarantee a monotonic TSC, emulated otherwise.' },
        { value: 'always_emulate', integer: 1, doc: 'Always trap and emulate; the guest sees a fixed 1 GHz counter.' },
        { value: 'native', integer: 2, doc: 'Always execute natively, without monotonicity or frequency guarantees.' },
        {
          value: 'native_paravirt',
          integer: 3,
          doc: 'The former PVRDTSCP mode.',
          deprecated: 'This mode was removed: xl still parses it but libxl refuses to build the domain. Use native or default.',
        },
      ],
    },
    readAs: 'integer-or-string',
    onBadValue: 'fatal',
    guests: ALL_GUESTS,
    arch: ['x86'],
    documented: true,
    topic: 'x86',
  },
  {
    name: 'localtime',
    summary: 'Runs the emulated real-time clock in the host\'s local time zone rather than UTC.',
    doc:
      'Windows expects the hardware clock in local time, most other systems in UTC. ' +
      'Set it to 1 for Windows guests so their clock is right after boot; for Linux guests keep the default of 0.',
    example: 'localtime = 1',
    default: '0 (UTC)',
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'hvm',
  },
  {
    name: 'rtc_timeoffset',
    summary: 'Seconds added to the guest\'s emulated clock relative to the host.',
    doc:
      'Shifts the virtual RTC by a fixed number of seconds, for example to run a guest at a different date or time of day than the host. ' +
      'Negative offsets are allowed but must be written as a quoted string, because the config syntax has no minus sign for numbers.',
    example: 'rtc_timeoffset = "-3600"',
    default: '0',
    unit: 'seconds',
    shape: { kind: 'integer' },
    readAs: 'integer',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'hvm',
  },
  {
    name: 'vpt_align',
    summary: 'Aligns the guest\'s periodic virtual timers to reduce wake-ups.',
    doc:
      'Lines up the ticks of virtual platform timers so fewer interrupts are delivered, which saves power, especially with guests using a high timer frequency. ' +
      'libxl turns it on by default.',
    example: 'vpt_align = 1',
    default: '1',
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: HVM_ONLY,
    documented: true,
    topic: 'hvm',
  },
  {
    name: 'timer_mode',
    summary: 'How virtual timer interrupts missed while a vCPU was descheduled are delivered.',
    doc:
      'Decides what happens to timer ticks a guest missed because its vCPU was not running. ' +
      'The default, `no_delay_for_missed_ticks`, delivers them late while guest time keeps following wall-clock time, which suits most guests; older Linux kernels that count ticks may prefer `no_missed_ticks_pending`. ' +
      'PV guests have no virtual timers: setting the key for one makes xl stop. ' +
      'Numbers 0 to 3 are still accepted with a deprecation warning.',
    example: 'timer_mode = "no_delay_for_missed_ticks"',
    default: 'no_delay_for_missed_ticks',
    shape: {
      kind: 'enum',
      caseInsensitive: true,
      integerForm: 'deprecated',
      values: [
        { value: 'delay_for_missed_ticks', integer: 0, doc: 'Deliver missed ticks when the vCPU runs again and hold guest time back until they are all in.' },
        { value: 'no_delay_for_missed_ticks', integer: 1, doc: 'Deliver missed ticks but keep guest time on wall-clock time (the default).' },
        { value: 'no_missed_ticks_pending', integer: 2, doc: 'Drop missed ticks, only making sure the timer keeps firing after preemption.' },
        { value: 'one_missed_tick_pending', integer: 3, doc: 'Fold all missed ticks into a single late tick; guest time follows wall-clock time.' },
        {
          value: 'unknown',
          doc: 'Placeholder name libxl accepts; it leaves the mode at its default.',
          deprecated: 'Remove the key to use the default timer mode.',
        },
      ],
    },
    readAs: 'integer-or-string',
    onBadValue: 'fatal',
    refusedFor: ['pv'],
    guests: ['pvh', 'hvm'],
    documented: true,
    topic: 'hvm',
  },
  {
    name: 'mmio_hole',
    summary: 'MiB of guest address space below 4 GiB left free for device memory (MMIO).',
    doc:
      'Sets how large the gap under 4 GiB is where PCI device BARs are mapped. ' +
      'Enlarge it when passing through devices with big BARs, such as GPUs, that do not fit the default hole; 3072 is a known good large value. ' +
      'It works with the qemu-xen device model and must lie between 256 and 3840, otherwise xl stops.',
    example: 'mmio_hole = 3072',
    default: '0 (automatic)',
    unit: 'MiB',
    shape: { kind: 'integer', min: 256, max: 3840 },
    readAs: 'integer',
    onBadValue: 'fatal',
    guests: HVM_ONLY,
    documented: true,
    topic: 'memory',
  },
  {
    name: 'xen_platform_pci',
    summary: 'Adds the Xen platform PCI device that PV drivers in an HVM guest attach to.',
    doc:
      'The platform device is how Linux and Windows PV drivers discover Xen and switch disks and network to fast paravirtual paths. ' +
      'Keep it on (the default) for good I/O performance; turning it off forces purely emulated devices, which is sometimes needed for installers that misbehave with PV drivers.',
    example: 'xen_platform_pci = 1',
    default: '1',
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: HVM_ONLY,
    documented: true,
    topic: 'hvm',
  },
  {
    name: 'xen_platform_pci_bar_uc',
    summary: 'Marks the Xen platform device\'s memory BAR uncacheable in the guest MTRRs.',
    doc:
      'Controls the cache attribute firmware gives the platform device\'s memory BAR. ' +
      'The default (1) keeps it uncacheable, which is what guests have always seen; set 0 to let the guest cache accesses to it, which may help PV drivers that place shared structures in that BAR.',
    example: 'xen_platform_pci_bar_uc = 0',
    default: '1',
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: HVM_ONLY,
    arch: ['x86'],
    documented: true,
    topic: 'hvm',
  },
  {
    name: 'viridian',
    summary: 'Hyper-V compatible enlightenments that make Windows guests run faster.',
    doc:
      'Windows detects these Hyper-V interfaces and uses them for cheaper timers, interrupts and TLB flushes. ' +
      'Set `1` or `["defaults"]` for the recommended set, `["all"]` for everything, or list groups by name; a `!` before a name removes it. ' +
      'Every group relies on `base`. An unknown group name makes xl stop, while a scalar that is not a number is dropped without a message.',
    example: 'viridian = [ "defaults", "crash_ctl" ]',
    default: '0 (no enlightenments)',
    shape: { kind: 'list', item: 'string', spec: 'viridian' },
    readAs: 'list-or-boolean',
    onBadValue: 'fatal',
    onWrongShape: 'silent',
    guests: HVM_ONLY,
    documented: true,
    topic: 'hvm',
  },
  {
    name: 'hvm_pirq',
    summary: 'Lets an HVM guest take device interrupts as Xen event channels.',
    doc:
      'With it, a guest with PV support can have emulated or passed-through device interrupts routed over event channels instead of the emulated interrupt controller. ' +
      'New domains default to 0; domains restored or migrated in without the key get 1 so they behave as they did on older Xen.',
    example: 'hvm_pirq = 1',
    default: '0 (1 for restored domains that do not set it)',
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: HVM_ONLY,
    documented: true,
    topic: 'hvm',
  },
  {
    name: 'serial',
    summary: 'Back-ends connected to the guest\'s emulated serial ports.',
    doc:
      'Each item wires one serial port to a QEMU character device, such as `pty` (reach it with `xl console -t serial`), `file:/path` or `tcp:host:port,server`. ' +
      'Without the key the first port goes to a virtual console, or to stdio with `nographic = 1`. ' +
      'A single string is still accepted for one port; xl stops if the value can be read neither way.',
    example: 'serial = [ "pty" ]',
    default: 'vc (stdio with nographic = 1)',
    shape: { kind: 'list', item: 'string', stringForm: 'accepted' },
    suggestedValues: [
      { value: 'pty', doc: 'A pseudo-terminal in dom0, used by `xl console`.' },
      { value: 'vc', doc: 'A virtual console of the device model\'s display.' },
      { value: 'stdio', doc: 'The device model\'s standard input and output.' },
      { value: 'null', doc: 'Discard output and give no input.' },
      { value: 'none', doc: 'No serial port at all.' },
    ],
    readAs: 'list-or-string',
    onBadValue: 'fatal',
    guests: HVM_ONLY,
    documented: true,
    topic: 'devices',
  },
  {
    name: 'soundhw',
    summary: 'Emulated sound card model offered to an HVM guest.',
    doc:
      'Adds an emulated audio device so the guest can play sound through the device model; `hda` (Intel HD Audio) suits current guests, `ac97` older ones. ' +
      'xl passes the name on unchecked; libxl refuses names it does not know when it starts QEMU, and the domain then fails to start.',
    example: 'soundhw = "hda"',
    default: 'none',
    shape: {
      kind: 'enum',
      caseInsensitive: true,
      values: [
        { value: 'hda', doc: 'Intel High Definition Audio controller with a duplex codec.' },
        { value: 'ac97', doc: 'Intel AC\'97 audio, for older guests.' },
        { value: 'es1370', doc: 'Ensoniq AudioPCI ES1370.' },
        { value: 'sb16', doc: 'Creative Sound Blaster 16 (ISA).' },
        { value: 'adlib', doc: 'Yamaha OPL2 (AdLib) FM synthesiser.' },
        { value: 'cs4231a', doc: 'Crystal Semiconductor CS4231A (ISA).' },
        { value: 'gus', doc: 'Gravis Ultrasound GF1 (ISA).' },
      ],
    },
    readAs: 'string',
    onBadValue: 'refused-later',
    guests: HVM_ONLY,
    documented: true,
    topic: 'devices',
  },
  {
    name: 'vkb_device',
    summary: 'Gives an HVM guest a paravirtual keyboard and pointer when no vkb list is set.',
    doc:
      'By default an HVM guest gets a PV input device next to its emulated PS/2 ones, which PV drivers can use for smoother pointer handling. ' +
      'Set 0 to omit it; the key is ignored when you configure input devices explicitly with `vkb`.',
    example: 'vkb_device = 0',
    default: '1',
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: HVM_ONLY,
    documented: true,
    topic: 'devices',
  },
  {
    name: 'usb',
    summary: 'Adds the legacy emulated USB 1.1 controller to an HVM guest.',
    doc:
      'Gives the guest a basic emulated USB bus, needed for the devices listed in `usbdevice`. ' +
      'For newer USB versions use `usbversion` or `usbctrl`; libxl refuses to combine `usb` with `usbversion` or SPICE USB redirection.',
    example: 'usb = 1',
    default: '0',
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: HVM_ONLY,
    documented: true,
    topic: 'devices',
  },
  {
    name: 'usbversion',
    summary: 'Emulated USB controller generation (1, 2 or 3) created by qemu-xen.',
    doc:
      'Adds a USB controller of the chosen version: 1 for UHCI, 2 for EHCI, 3 for xHCI. ' +
      'libxl refuses other numbers, and refuses to use it together with `usb` or `usbdevice`. ' +
      'It is also the controller that SPICE USB redirection attaches to.',
    example: 'usbversion = 3',
    default: '0 (no controller)',
    shape: { kind: 'integer', min: 0, max: 3 },
    readAs: 'integer',
    onBadValue: 'refused-later',
    guests: HVM_ONLY,
    documented: true,
    topic: 'devices',
  },
  {
    name: 'usbdevice',
    summary: 'Devices plugged into the emulated USB bus at boot.',
    doc:
      'The most useful entry is `tablet`, an absolute pointing device that keeps the mouse pointer in step over VNC. ' +
      'Host devices can be passed through as `host:VENDOR:PRODUCT` or `host:BUS.ADDR`, written without leading zeros. ' +
      'It needs `usb = 1`; a single string still works for one device, and xl stops if the value can be read neither as a list nor as a string.',
    example: 'usbdevice = [ "tablet" ]',
    default: 'none',
    shape: { kind: 'list', item: 'string', stringForm: 'accepted' },
    suggestedValues: [
      { value: 'tablet', doc: 'Absolute-coordinate pointer; keeps the pointer aligned in VNC and SPICE viewers.' },
      { value: 'mouse', doc: 'Relative-movement USB mouse.' },
      { value: 'keyboard', doc: 'USB keyboard.' },
    ],
    readAs: 'list-or-string',
    onBadValue: 'fatal',
    guests: HVM_ONLY,
    documented: true,
    topic: 'devices',
  },
];
