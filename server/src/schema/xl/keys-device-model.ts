import type { XlKeyDef } from './key-def';
import { ALL_GUESTS } from './guest-sets';

/*
 * Device-model (QEMU) keys of reference xl-config.md §2.1 rows 141–152.
 * Except vendor_device, xl reads them for every guest type; libxl then uses
 * them where a device model or a stub domain exists (mostly HVM).
 */


export const deviceModelKeys: readonly XlKeyDef[] = [
  {
    name: 'vendor_device',
    summary: 'Adds a vendor-specific xen-pvdevice so that matching PV drivers bind in the guest.',
    doc:
      'Chooses which flavour of QEMU\'s xen-pvdevice, if any, is put on the guest\'s PCI bus. ' +
      'Use `xenserver` for Windows guests whose PV drivers come from XenServer and look for that device before loading. ' +
      'It only takes effect with the qemu-xen device model, and xl reads it for HVM guests only. ' +
      'Names are matched without regard to case; any other value makes xl stop.',
    example: 'vendor_device = "xenserver"',
    default: 'none',
    shape: {
      kind: 'enum',
      caseInsensitive: true,
      values: [
        { value: 'none', doc: 'No xen-pvdevice is added (the default).' },
        { value: 'xenserver', doc: 'Add the XenServer variant (PCI device id C000) so XenServer PV drivers install.' },
      ],
    },
    readAs: 'string',
    onBadValue: 'fatal',
    guests: ['hvm'],
    documented: true,
    topic: 'device-model',
  },
  {
    name: 'device_model_version',
    summary: 'Names the QEMU flavour that emulates devices; only qemu-xen remains.',
    doc:
      'Selects the device model that provides the guest\'s emulated hardware. ' +
      'The upstream-QEMU based `qemu-xen` is the only value xl still accepts, and it is also what you get when the key is left out. ' +
      'The old `qemu-xen-traditional` model has been removed: a config that still names it makes xl stop with an "Unknown device_model_version" error, so drop the line or change it to `qemu-xen`. ' +
      'The comparison is exact, so the value must be lower case.',
    example: 'device_model_version = "qemu-xen"',
    default: 'qemu-xen',
    shape: {
      kind: 'enum',
      values: [{ value: 'qemu-xen', doc: 'The device model based on upstream QEMU; the only one current Xen supports.' }],
    },
    readAs: 'string',
    onBadValue: 'fatal',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'device-model',
  },
  {
    name: 'device_model_override',
    summary: 'Runs a QEMU binary of your choice in place of the one Xen installed.',
    doc:
      'Gives the full path of the device-model executable that the toolstack domain starts for this guest. ' +
      'The binary has to be of the kind named by `device_model_version`; set that key too, otherwise xl warns that the override comes without a specific version. ' +
      'You rarely need this outside of testing a locally built QEMU.',
    example: 'device_model_override = "/usr/local/lib/xen/bin/qemu-system-i386"',
    default: 'the qemu-xen binary shipped with Xen',
    shape: { kind: 'string', format: 'program' },
    readAs: 'string',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'device-model',
  },
  {
    name: 'stubdomain_kernel',
    summary: 'Kernel image booted in the stub domain that hosts the device model.',
    doc:
      'Replaces the default kernel used when the device model runs in its own small domain instead of dom0. ' +
      'For qemu-xen that is a Linux-based stub domain kernel, and it has to match the chosen `device_model_version`. ' +
      'It matters only for HVM guests that actually use a stub domain (see `device_model_stubdomain_override`).',
    example: 'stubdomain_kernel = "/usr/lib/xen/boot/qemu-stubdom-linux-kernel"',
    default: 'the stub-domain kernel installed with Xen',
    shape: { kind: 'string', format: 'path' },
    readAs: 'string',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'device-model',
  },
  {
    name: 'stubdomain_cmdline',
    summary: 'Kernel command line passed to the device-model stub domain.',
    doc:
      'Sets the command line that the stub domain\'s kernel boots with, for example to raise its log level while debugging the device model. ' +
      'It is used only when the guest runs its device model in a stub domain.',
    example: 'stubdomain_cmdline = "console=hvc0 loglevel=7"',
    default: 'none',
    shape: { kind: 'string', format: 'free' },
    readAs: 'string',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'device-model',
  },
  {
    name: 'stubdomain_ramdisk',
    summary: 'Initial ramdisk loaded into the device-model stub domain.',
    doc:
      'Replaces the default initrd of the stub domain, which normally carries the QEMU binary and its helpers. ' +
      'Keep it consistent with `stubdomain_kernel`; it is used only when a stub domain is in play.',
    example: 'stubdomain_ramdisk = "/usr/lib/xen/boot/qemu-stubdom-linux-rootfs"',
    default: 'the stub-domain ramdisk installed with Xen',
    shape: { kind: 'string', format: 'path' },
    readAs: 'string',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'device-model',
  },
  {
    name: 'stubdomain_memory',
    summary: 'RAM in MiB given to the stub domain running the device model.',
    doc:
      'Sizes the memory of the device-model stub domain. ' +
      'libxl gives a Linux-based stub domain 128 MiB and a MiniOS one 28 MiB when the key is absent; raise it if QEMU inside the stub domain runs out of memory with many emulated devices. ' +
      'Without a stub domain the value is not used.',
    example: 'stubdomain_memory = 256',
    default: '128 (Linux stub domain; 28 for MiniOS, 0 without a stub domain)',
    unit: 'MiB',
    shape: { kind: 'integer', min: 0 },
    readAs: 'integer',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'device-model',
  },
  {
    name: 'device_model_stubdomain_override',
    summary: 'Runs the device model in a separate stub domain instead of dom0.',
    doc:
      'Set it to 1 to move QEMU out of dom0 into a dedicated, deprivileged stub domain, which limits the damage a compromised device model can do. ' +
      'The manual describes the default as automatic; in this Xen release libxl simply turns it off unless you ask. ' +
      'It is meaningful for HVM guests; a stub domain needs the stub-domain kernel and ramdisk to be installed.',
    example: 'device_model_stubdomain_override = 1',
    default: '0 (libxl default; the manual calls it automatic)',
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'device-model',
  },
  {
    name: 'device_model_stubdomain_seclabel',
    summary: 'XSM/FLASK security label applied to the device-model stub domain.',
    doc:
      'Gives the stub domain its own security context when Xen enforces an XSM (FLASK) policy, so the policy can confine what the device model may touch. ' +
      'The label must exist in the loaded policy. It has no effect without a stub domain or without XSM.',
    example: 'device_model_stubdomain_seclabel = "system_u:system_r:dm_dom_t"',
    default: 'none',
    shape: { kind: 'string', format: 'free' },
    readAs: 'string',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'device-model',
  },
  {
    name: 'device_model_args',
    summary: 'Extra QEMU command-line options added for any guest type.',
    doc:
      'Each list item is appended as one argument to the device-model command line, whatever the guest type. ' +
      'Use it for QEMU features that xl has no key for, and remember that the arguments go to QEMU untouched, so a mistake shows up only when the device model starts. ' +
      'It must be a list: a single string makes xl stop with "Unable to parse device_model_args".',
    example: 'device_model_args = [ "-global", "e1000.autonegotiation=on" ]',
    default: 'none',
    shape: { kind: 'list', item: 'string' },
    readAs: 'list',
    onBadValue: 'fatal',
    onWrongShape: 'fatal',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'device-model',
  },
  {
    name: 'device_model_args_pv',
    summary: 'Extra QEMU options used only when the guest is PV.',
    doc:
      'Works like `device_model_args`, but libxl adds these arguments only to the QEMU that serves a PV guest\'s backends (for example its framebuffer). ' +
      'xl parses the list for every guest type, so a malformed value stops xl even for HVM guests. ' +
      'A single string instead of a list is fatal.',
    example: 'device_model_args_pv = [ "-d", "guest_errors" ]',
    default: 'none',
    shape: { kind: 'list', item: 'string' },
    readAs: 'list',
    onBadValue: 'fatal',
    onWrongShape: 'fatal',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'device-model',
  },
  {
    name: 'device_model_args_hvm',
    summary: 'Extra QEMU options used only when the guest is HVM.',
    doc:
      'Works like `device_model_args`, but libxl adds these arguments only when it starts QEMU for an HVM guest. ' +
      'Prefer it over `device_model_args` for options that only make sense with emulated PC hardware. ' +
      'As with the other argument lists, a single string instead of a list makes xl stop.',
    example: 'device_model_args_hvm = [ "-no-shutdown" ]',
    default: 'none',
    shape: { kind: 'list', item: 'string' },
    readAs: 'list',
    onBadValue: 'fatal',
    onWrongShape: 'fatal',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'device-model',
  },
];
