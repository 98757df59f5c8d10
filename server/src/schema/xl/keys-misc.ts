import type { XlKeyDef } from './key-def';
import { ALL_GUESTS } from './guest-sets';

/** Facts: reference xl-config.md §2.1 keys #29–#43, #65, #67, #68, #72, #79, #80 and §4. */

const INT_MAX = 2147483647;

function grantLimitKey(name: string, summary: string, doc: string, example: string, defaultValue: string): XlKeyDef {
  return {
    name,
    summary,
    doc:
      `${doc} Unlike most numeric keys, xl is strict here: a non-number, a list, a value outside ` +
      '0..2147483647 or a `+=` makes `xl create` exit with status 1 without printing any reason.',
    example,
    default: defaultValue,
    shape: { kind: 'integer', min: 0, max: INT_MAX },
    readAs: 'integer',
    onBadValue: 'fatal',
    onWrongShape: 'fatal',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'misc',
  };
}

export const miscKeys: readonly XlKeyDef[] = [
  {
    name: 'uuid',
    summary: 'Fixed universally unique identifier for the domain.',
    doc:
      'Without it the guest gets a new random UUID every time it is created. Pin it when software inside ' +
      'the guest (licensing, Windows activation, inventory tools) keys on the SMBIOS UUID. Write it as ' +
      '8-4-4-4-12 hex digits; anything else stops xl with `Failed to parse UUID: X`, and two running guests ' +
      'must not share one.',
    example: 'uuid = "4dea22b3-1d52-d8f3-2516-782e98a23fa0"',
    default: 'a random UUID at each creation',
    shape: { kind: 'string', format: 'uuid' },
    readAs: 'string',
    onBadValue: 'fatal',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'core',
  },
  {
    name: 'seclabel',
    summary: 'XSM/FLASK security context the domain runs with.',
    doc:
      'Only meaningful when Xen is built with XSM and a FLASK policy is loaded. The label must exist in the ' +
      'loaded policy; libxl rejects unknown ones with `Invalid seclabel`. When `init_seclabel` is also set, ' +
      'this is the label the domain switches to once it has been built.',
    example: 'seclabel = "system_u:system_r:domU_t"',
    shape: { kind: 'string', format: 'free' },
    readAs: 'string',
    onBadValue: 'fatal',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'security',
  },
  {
    name: 'init_seclabel',
    summary: 'Interim XSM label held while the toolstack builds the domain.',
    doc:
      'Lets a policy grant extra rights during construction only: the domain is created with this label and ' +
      'moved to `seclabel` before it starts running. Ignore it unless your FLASK policy defines such a ' +
      'build-time type.',
    example: 'init_seclabel = "system_u:system_r:domU_t_building"',
    shape: { kind: 'string', format: 'free' },
    readAs: 'string',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'security',
  },
  grantLimitKey(
    'max_grant_frames',
    'Cap on the grant-table frames the guest may own.',
    'Each frame holds the grant entries the guest uses to share pages with backends; guests with many ' +
      'disks or queues may need more than the default. The default comes from xl.conf or from Xen\'s ' +
      '`gnttab_max_frames` boot option.',
    'max_grant_frames = 64',
    'from xl.conf, else Xen\'s gnttab_max_frames',
  ),
  grantLimitKey(
    'max_maptrack_frames',
    'Cap on the frames tracking foreign grants this guest maps.',
    'Matters for guests that act as backends (driver domains) and map many pages granted by others. Ordinary ' +
      'guests rarely need to change it. The default comes from xl.conf or from Xen\'s ' +
      '`gnttab_max_maptrack_frames` boot option.',
    'max_maptrack_frames = 1024',
    'from xl.conf, else Xen\'s gnttab_max_maptrack_frames',
  ),
  grantLimitKey(
    'max_grant_version',
    'Newest grant-table interface version the guest is allowed to use.',
    'Realistic values are 1 or 2; setting 1 keeps a guest off the more complex version 2 interface, and ' +
      'libxl refuses a version the hypervisor does not offer (`max grant version N out of range`).',
    'max_grant_version = 1',
    'from xl.conf, else the highest version Xen supports',
  ),
  {
    name: 'nomigrate',
    summary: 'Declares that the guest will never be saved or migrated.',
    doc:
      'Promising not to migrate lets Xen expose features that would break on another host, such as an ' +
      'invariant TSC. In return the guest must never be saved or migrated, so leave it at 0 for anything ' +
      'you may need to move to another host for maintenance.',
    example: 'nomigrate = 1',
    default: '0',
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'misc',
  },
  {
    name: 'driver_domain',
    summary: 'Marks the guest as one that hosts device backends for other guests.',
    doc:
      'Set it for a disaggregated network or storage domain that runs backends which other guests name with ' +
      '`backend=`. It grants the privileges a backend domain needs; ordinary guests leave it at 0.',
    example: 'driver_domain = 1',
    default: '0',
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'devices',
  },
  {
    name: 'device_tree',
    summary: 'Compiled partial device tree merged into an Arm guest\'s tree.',
    doc:
      'Used with `dtdev`, `iomem` and `irqs` to hand platform devices to an Arm guest: the toolstack copies the ' +
      'nodes under `/passthrough` of this DTB into the guest\'s device tree. Compile it with `dtc`; the file ' +
      'lives on the host.',
    example: 'device_tree = "/etc/xen/guest-passthrough.dtb"',
    arch: ['arm'],
    shape: { kind: 'string', format: 'path' },
    readAs: 'string',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'arm',
  },
  {
    name: 'passthrough',
    summary: 'How the IOMMU is prepared for devices assigned to the guest.',
    doc:
      'Leave it at `default` in most cases: the IOMMU is set up only when `pci` or `dtdev` lists a device. ' +
      'Set `enabled` when devices will be hot-plugged later, or `disabled` to forbid pass-through. ' +
      '`sync_pt` and `share_pt` pick the page-table strategy explicitly; `share_pt` is not available for PV ' +
      'guests and `sync_pt` not on Arm. Case does not matter; an unknown word aborts with ' +
      '`ERROR: unknown passthrough option \'X\'`.',
    example: 'passthrough = "enabled"',
    default: 'default (enabled only when pci or dtdev devices are listed)',
    shape: {
      kind: 'enum',
      caseInsensitive: true,
      values: [
        { value: 'default', doc: 'Set up pass-through only if the configuration lists devices to assign.' },
        { value: 'disabled', doc: 'No IOMMU context; the guest can never receive a passed-through device.' },
        { value: 'enabled', doc: 'Prepare the IOMMU even without devices now, so they can be hot-plugged later.' },
        {
          value: 'sync_pt',
          doc: 'Keep separate IOMMU page tables kept in step with the guest memory map (not on Arm).',
        },
        { value: 'share_pt', doc: 'Let the IOMMU reuse the guest\'s second-stage CPU page tables (not for PV).' },
      ],
    },
    readAs: 'string',
    onBadValue: 'fatal',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'devices',
  },
  {
    name: 'xend_suspend_evtchn_compat',
    summary: 'Publishes the suspend event channel where the old xend toolstack put it.',
    doc:
      'Some older PV drivers, mostly in Windows HVM guests, look for the suspend event channel at the xenstore ' +
      'path xend used. Turn it on only if such a guest fails to save or migrate under xl.',
    example: 'xend_suspend_evtchn_compat = 1',
    default: '0',
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'misc',
  },
  {
    name: 'vmtrace_buf_kb',
    summary: 'Size in KiB of each vCPU\'s processor-trace buffer.',
    doc:
      'Reserves a buffer per vCPU for hardware tracing such as Intel Processor Trace, used by debugging and ' +
      'introspection tools. Valid sizes depend on the platform; for Intel PT they are powers of two from ' +
      '4 KiB to 16 MiB. xl drops a malformed value without any message, so double-check the number.',
    example: 'vmtrace_buf_kb = 64',
    default: '0 (tracing off)',
    unit: 'KiB',
    shape: { kind: 'integer', min: 0 },
    readAs: 'integer',
    onBadValue: 'silent',
    onWrongShape: 'silent',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'misc',
  },
  {
    name: 'vpmu',
    summary: 'Lets an Arm guest use the performance-monitoring unit directly.',
    doc:
      'Exposes the PMU registers so `perf` and similar profilers work inside the guest. It is experimental, ' +
      'lets the guest observe shared hardware counters, and libxl refuses it with ' +
      '`vPMU not supported on this platform` where the hardware or build lacks support.',
    example: 'vpmu = 1',
    default: '0',
    arch: ['arm'],
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'arm',
  },
  {
    name: 'xenstore_feature_mask',
    summary: 'Bit mask of Xenstore protocol features advertised to the guest.',
    doc:
      'Clear bits to hide features from the guest: 0x1 reconnection, 0x2 error reporting on disconnect, ' +
      '0x4 watch depth, 0x8 permissions covering all domains. Use it to work around a guest that mishandles ' +
      'one of them; by default every feature is visible.',
    example: 'xenstore_feature_mask = 0xfffffffe',
    default: '0xffffffff (all features)',
    shape: { kind: 'integer' },
    readAs: 'integer',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'misc',
  },
  {
    name: 'xenstore_quota',
    summary: 'Per-guest overrides of xenstored resource quotas.',
    doc:
      'Each list item is `quota-name=number`, raising or lowering one xenstored limit for this guest only, ' +
      'for example for a guest that writes many nodes. An item without `=` or with a value that is not an ' +
      'unsigned number aborts `xl create`.',
    example: 'xenstore_quota = [ "nodes=2000", "watches=256" ]',
    default: 'the xenstored defaults',
    shape: { kind: 'list', item: 'string', spec: 'xenstore_quota' },
    readAs: 'list',
    onBadValue: 'fatal',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'misc',
  },
  {
    name: 'max_event_channels',
    summary: 'Ceiling on event channels the guest may allocate.',
    doc:
      'Event channels carry virtual interrupts for every PV device and vCPU. The default suits most guests; ' +
      'raise it for guests with very many vCPUs or devices. How far it can go depends on the event-channel ' +
      'ABI the guest uses (the FIFO ABI allows up to 131071).',
    example: 'max_event_channels = 4095',
    default: '1023',
    shape: { kind: 'integer' },
    readAs: 'integer',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'misc',
  },
  {
    name: 'dm_restrict',
    summary: 'Drops QEMU\'s privileges once the device model has started.',
    doc:
      'Limits the damage a compromised device model can do to dom0: QEMU runs as `device_model_user` or a ' +
      'dedicated restricted account and loses access it no longer needs. It matters most for HVM guests; PV ' +
      'guests only run QEMU for a few back-ends such as a framebuffer. It is still a technology preview, so ' +
      'test the guest\'s device features with it before relying on it.',
    example: 'dm_restrict = 1',
    default: '0',
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'security',
  },
  {
    name: 'device_model_user',
    summary: 'Unix account a restricted QEMU runs under.',
    doc:
      'Only takes effect with `dm_restrict = 1`. Give each guest its own unprivileged account if you want ' +
      'device models isolated from each other; otherwise the default restricted user is used.',
    example: 'device_model_user = "xen-qemuuser-web01"',
    default: 'the default QEMU restricted user',
    shape: { kind: 'string', format: 'free' },
    readAs: 'string',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'security',
  },
  {
    name: 'tee',
    summary: 'Which Trusted Execution Environment an Arm guest may talk to.',
    doc:
      'Enables a mediator in Xen so the guest can call a TEE in the secure world: `optee` for OP-TEE or ' +
      '`ffa` for the Arm FF-A interface. The TEE firmware on the host must support virtualisation. The ' +
      'value is case-insensitive; unknown names abort with `Unknown tee "X" specified`.',
    example: 'tee = "optee"',
    default: 'none',
    arch: ['arm'],
    shape: {
      kind: 'enum',
      caseInsensitive: true,
      values: [
        { value: 'none', doc: 'No access to a trusted execution environment.' },
        { value: 'optee', doc: 'Mediate calls to OP-TEE running in the secure world.' },
        { value: 'ffa', doc: 'Mediate secure-world calls through the Arm Firmware Framework (FF-A).' },
      ],
    },
    readAs: 'string',
    onBadValue: 'fatal',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'arm',
  },
  {
    name: 'hdtype',
    summary: 'Kind of disk controller QEMU emulates for an HVM guest.',
    doc:
      '`ide` works with almost every operating system; `ahci` (SATA) is faster and what modern installers ' +
      'expect, but older guests may lack a driver for it. Changing it on an installed Windows guest can ' +
      'leave it unbootable. Case-insensitive; another value aborts with `ERROR: invalid value "X" for "hdtype"`.',
    example: 'hdtype = "ahci"',
    default: 'ide',
    shape: {
      kind: 'enum',
      caseInsensitive: true,
      values: [
        { value: 'ide', doc: 'Emulated IDE controller: the most compatible choice.' },
        { value: 'ahci', doc: 'Emulated AHCI (SATA) controller: faster, needs an AHCI driver in the guest.' },
      ],
    },
    readAs: 'string',
    onBadValue: 'fatal',
    guests: ['hvm'],
    documented: true,
    topic: 'hvm',
  },
  {
    name: 'hap',
    summary: 'Uses the CPU\'s nested paging (EPT/NPT) instead of shadow page tables.',
    doc:
      'Hardware-assisted paging is much faster than shadow paging for most workloads and is used automatically ' +
      'when the processor supports it. Set it to 0 only to test or work around shadow-mode issues; it has no ' +
      'meaning for PV guests.',
    example: 'hap = 1',
    default: '1 when the hardware supports it',
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: ['pvh', 'hvm'],
    documented: true,
    topic: 'memory',
  },
];
