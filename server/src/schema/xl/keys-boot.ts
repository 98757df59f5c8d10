import type { XlKeyDef } from './key-def';
import { ALL_GUESTS, PV_AND_PVH } from './guest-sets';

/** Facts: reference xl-config.md §2.1 keys #19–#28, #73–#78 and §4. */


export const bootKeys: readonly XlKeyDef[] = [
  {
    name: 'kernel',
    summary: 'Host path of a kernel image the toolstack loads straight into the guest.',
    doc:
      'Direct kernel boot: the file lives in dom0, not in the guest disk, so it must be updated on the host ' +
      'when the guest upgrades. A PV or PVH guest needs `kernel`, `bootloader` or `firmware`; with none of ' +
      'them xl stops with `Neither kernel nor bootloader specified`. Do not combine it with `firmware`. For an ' +
      'HVM guest, pointing it at `hvmloader` is an obsolete idiom that xl ignores with a warning; use ' +
      '`firmware_override` for that.',
    example: 'kernel = "/var/lib/xen/images/vmlinuz-6.1"',
    shape: { kind: 'string', format: 'path' },
    readAs: 'string',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'boot',
  },
  {
    name: 'ramdisk',
    summary: 'Host path of the initial ramdisk that accompanies a directly loaded kernel.',
    doc:
      'Loaded next to `kernel` when the toolstack boots the guest directly. It must match the kernel version; a ' +
      'mismatched initrd typically fails to find the root file system. Meaningless with `bootloader`, which ' +
      'picks its own initrd from the guest disk.',
    example: 'ramdisk = "/var/lib/xen/images/initrd-6.1.img"',
    shape: { kind: 'string', format: 'path' },
    readAs: 'string',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'boot',
  },
  {
    name: 'cmdline',
    summary: 'Complete command line handed to a directly loaded kernel.',
    doc:
      'The preferred way to pass kernel arguments. When it is set, `root` and `extra` are dropped with ' +
      '`Warning: ignoring root= and extra= in favour of cmdline=`, so put everything here. PV Linux guests ' +
      'usually want `console=hvc0` to see boot messages in `xl console`.',
    example: 'cmdline = "root=/dev/xvda1 ro console=hvc0"',
    shape: { kind: 'string', format: 'free' },
    readAs: 'string',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'boot',
  },
  {
    name: 'root',
    summary: 'Root device appended to the kernel command line as `root=`.',
    doc:
      'A shortcut from older configurations: xl builds the command line from `root=` plus `extra`. It is ' +
      'ignored, with a warning, whenever `cmdline` is present. New files should write the whole command line ' +
      'in `cmdline` instead.',
    example: 'root = "/dev/xvda1 ro"',
    deprecated: { replacement: 'cmdline', note: 'Write the full kernel command line in `cmdline`.' },
    shape: { kind: 'string', format: 'free' },
    readAs: 'string',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'boot',
  },
  {
    name: 'extra',
    summary: 'Additional arguments xl appends after `root=` on the kernel command line.',
    doc:
      'Another legacy half of the command line, often grown with `extra += " ..."` (strings are joined ' +
      'without a separator, so keep the leading space). Like `root` it is dropped with a warning when ' +
      '`cmdline` is set; prefer `cmdline` in new files.',
    example: 'extra = "console=hvc0 xencons=tty"',
    deprecated: { replacement: 'cmdline', note: 'Write the full kernel command line in `cmdline`.' },
    shape: { kind: 'string', format: 'free' },
    readAs: 'string',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'boot',
  },
  {
    name: 'firmware',
    summary: 'Firmware that boots the guest: PV-GRUB for PV/PVH, a BIOS or UEFI image for HVM.',
    doc:
      'Its meaning depends on `type`. For PV and PVH only `pvgrub32` or `pvgrub64` are allowed (any other ' +
      'value aborts with `ERROR: only pvgrub{32|64} supported as firmware options`), and it cannot be ' +
      'combined with `kernel`. For HVM it names the firmware (`bios`, `uefi`, `seabios`, `rombios`, `ovmf`) ' +
      'or the path of a custom image. When unset, HVM guests get the firmware the device model picks.',
    example: 'firmware = "pvgrub64"',
    default: 'HVM: chosen by the device model; PV/PVH: none',
    suggestedValues: [
      { value: 'pvgrub64', doc: 'PV/PVH: boot through the 64-bit PV-GRUB, which reads grub.cfg from the guest disk.' },
      { value: 'pvgrub32', doc: 'PV/PVH: boot through the 32-bit PV-GRUB for 32-bit guests.' },
      { value: 'bios', doc: 'HVM: a legacy PC BIOS, the one libxl picks for the device model.' },
      { value: 'uefi', doc: 'HVM: UEFI firmware (xl maps it to OVMF), for guests installed in UEFI mode.' },
      { value: 'seabios', doc: 'HVM: SeaBIOS, the BIOS used with the qemu-xen device model.' },
      { value: 'rombios', doc: 'HVM: the old ROMBIOS; qemu-xen does not support it.' },
      { value: 'ovmf', doc: 'HVM: the OVMF UEFI implementation.' },
    ],
    shape: { kind: 'string', format: 'free' },
    readAs: 'string',
    onBadValue: 'fatal',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'boot',
  },
  {
    name: 'pvshim',
    summary: 'Runs a PV kernel inside a PVH shim domain.',
    doc:
      'With `type = "pvh"` and `pvshim = 1`, xl boots a small shim hypervisor as a PVH guest, and the shim runs ' +
      'your unmodified PV kernel. This keeps legacy PV guests working on hosts that no longer run PV directly. ' +
      'xl reads it only for PVH guests, so it has no effect with `type = "pv"`.',
    example: 'pvshim = 1',
    default: '0',
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: ['pvh'],
    documented: true,
    topic: 'boot',
  },
  {
    name: 'pvshim_path',
    summary: 'Host path of an alternative PV-shim binary.',
    doc:
      'Replaces the shim image shipped with Xen when `pvshim = 1`. Only useful for testing a custom or ' +
      'newer shim build; leave it unset otherwise.',
    example: 'pvshim_path = "/usr/lib/xen/boot/xen-shim"',
    default: 'the shim image installed with Xen',
    shape: { kind: 'string', format: 'path' },
    readAs: 'string',
    onBadValue: 'ignored',
    guests: ['pvh'],
    documented: true,
    topic: 'boot',
  },
  {
    name: 'pvshim_cmdline',
    summary: 'Replaces the command line given to the PV shim itself.',
    doc:
      'The shim is a cut-down Xen, so this is a hypervisor command line, not the guest kernel\'s. Overriding it ' +
      'discards the default `pv-shim console=xen,pv`; keep those words unless you know the shim does not ' +
      'need them, or use `pvshim_extra` to add options instead.',
    example: 'pvshim_cmdline = "pv-shim console=xen,pv loglvl=all"',
    default: 'pv-shim console=xen,pv',
    shape: { kind: 'string', format: 'free' },
    readAs: 'string',
    onBadValue: 'ignored',
    guests: ['pvh'],
    documented: true,
    topic: 'boot',
  },
  {
    name: 'pvshim_extra',
    summary: 'Options added after the PV shim\'s command line.',
    doc:
      'Appended to `pvshim_cmdline` (or its default), which makes it the safe way to add shim options such as ' +
      'extra logging without retyping the defaults. Like the other pvshim keys it is read only for PVH guests.',
    example: 'pvshim_extra = "loglvl=all guest_loglvl=all"',
    default: 'empty',
    shape: { kind: 'string', format: 'free' },
    readAs: 'string',
    onBadValue: 'ignored',
    guests: ['pvh'],
    documented: true,
    topic: 'boot',
  },
  {
    name: 'bootloader',
    summary: 'Host program that pulls the kernel and initrd out of the guest disk before boot.',
    doc:
      'Lets a PV or PVH guest manage its own kernel: the program (classically `pygrub`) reads the boot menu ' +
      'inside the guest image and hands the chosen kernel to the toolstack. It runs in dom0 and parses ' +
      'guest-controlled data, so consider `bootloader_restrict`. Naming `pygrub` on a Xen built without it ' +
      'is fatal.',
    example: 'bootloader = "pygrub"',
    suggestedValues: [
      { value: 'pygrub', doc: 'The GRUB-menu reader shipped with Xen (when built in).' },
    ],
    shape: { kind: 'string', format: 'program' },
    readAs: 'string',
    onBadValue: 'fatal',
    guests: PV_AND_PVH,
    documented: true,
    topic: 'boot',
  },
  {
    name: 'bootloader_args',
    summary: 'Argument vector passed to the bootloader program.',
    doc:
      'Give one list element per argument, e.g. `["--entry=1"]`. A single string is still accepted but xl prints a ' +
      'deprecation warning and asks for a list. A list that nests another list aborts with ' +
      '`xl: Unable to parse bootloader_args.`',
    example: 'bootloader_args = [ "--kernel=/boot/vmlinuz", "--ramdisk=/boot/initrd.img" ]',
    shape: { kind: 'list', item: 'string', stringForm: 'deprecated' },
    readAs: 'list-or-string',
    onBadValue: 'fatal',
    guests: PV_AND_PVH,
    documented: true,
    topic: 'boot',
  },
  {
    name: 'bootloader_restrict',
    summary: 'Runs the bootloader as an unprivileged user in non-interactive mode.',
    doc:
      'Reduces the risk of a malicious guest image attacking dom0 through the bootloader. The program then ' +
      'runs as `bootloader_user` (or a default restricted user) and cannot show an interactive menu. The ' +
      'default comes from xl.conf.',
    example: 'bootloader_restrict = 1',
    default: 'the xl.conf setting, otherwise 0',
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: PV_AND_PVH,
    documented: true,
    topic: 'security',
  },
  {
    name: 'bootloader_user',
    summary: 'Unix account a restricted bootloader runs under.',
    doc:
      'Only used together with `bootloader_restrict`. The account must exist in dom0 and should own nothing ' +
      'of value; by default the toolstack uses the same restricted users as a deprivileged QEMU.',
    example: 'bootloader_user = "xen-bootloader"',
    default: 'the default QEMU restricted users',
    shape: { kind: 'string', format: 'free' },
    readAs: 'string',
    onBadValue: 'ignored',
    guests: PV_AND_PVH,
    documented: true,
    topic: 'security',
  },
  {
    name: 'e820_host',
    summary: 'Gives a PV guest a memory map shaped like the host\'s, holes included.',
    doc:
      'PV guests with passed-through PCI devices need the host\'s PCI holes in their memory map so device ' +
      'BARs do not collide with RAM. xl switches this on automatically whenever `pci` lists a device, so ' +
      'setting it by hand is rarely needed. It is read only for PV guests.',
    example: 'e820_host = 1',
    default: '1 when pci devices are configured, otherwise 0',
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: ['pv'],
    documented: true,
    topic: 'memory',
  },
  {
    name: 'boot',
    summary: 'Order in which the emulated firmware tries disk, CD-ROM and network.',
    doc:
      'A string of device letters tried from left to right: `c` hard disk, `d` CD-ROM, `n` network (PXE). ' +
      'Put `d` first to boot an installer ISO, then switch back to `c`. The manual gives `cd` as the default, ' +
      'while libxl actually fills in `cda`. Only HVM guests read it.',
    example: 'boot = "dc"',
    default: 'cda (the manual says cd)',
    suggestedValues: [
      { value: 'c', doc: 'Boot from the first hard disk only.' },
      { value: 'd', doc: 'Boot from the CD-ROM only.' },
      { value: 'n', doc: 'Boot from the network (PXE) only.' },
      { value: 'cd', doc: 'Hard disk first, then CD-ROM.' },
      { value: 'dc', doc: 'CD-ROM first (e.g. an installer), then hard disk.' },
      { value: 'nc', doc: 'Network first, falling back to the hard disk.' },
    ],
    shape: { kind: 'string', format: 'free' },
    readAs: 'string',
    onBadValue: 'ignored',
    guests: ['hvm'],
    documented: true,
    topic: 'boot',
  },
];
