import type { XlGuestType, XlKeyDef } from './key-def';
import { ALL_GUESTS } from './guest-sets';

/** Facts: reference xl-config.md §2.1 keys #44–#64, #66, #69–#71, the sub-languages of §2.3 and §4. */


function pciDefaultKey(
  name: string,
  itemOption: string,
  summary: string,
  doc: string,
  guests: readonly XlGuestType[],
): XlKeyDef {
  return {
    name,
    summary,
    doc: `${doc} An entry in \`pci\` that spells out \`${itemOption}=\` overrides this default for that device.`,
    example: `${name} = 1`,
    default: '0',
    shape: { kind: 'boolean' },
    readAs: 'integer',
    onBadValue: 'ignored',
    guests,
    documented: true,
    topic: 'devices',
  };
}

export const devicesKeys: readonly XlKeyDef[] = [
  {
    name: 'disk',
    summary: 'Block devices the guest sees, one disk specification per list item.',
    doc:
      'Each item is a disk spec such as `\'format=raw, vdev=xvda, access=rw, target=/dev/vg0/web\'`; put ' +
      '`target=` last because it swallows the rest of the string, commas included. The value must be a list: ' +
      '`disk = \'...\'` without brackets only prints a warning and the guest boots with no disk at all. Any ' +
      'error inside a spec (unknown format, missing vdev, a parameter given twice) stops `xl create`.',
    example: 'disk = [ \'format=raw, vdev=xvda, access=rw, target=/dev/vg0/web01-root\' ]',
    shape: { kind: 'list', item: 'string', spec: 'disk' },
    readAs: 'list',
    onBadValue: 'fatal',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'devices',
  },
  {
    name: 'vif',
    summary: 'Network interfaces of the guest, one interface spec per list item.',
    doc:
      'Each item is a comma-separated list of `key=value` settings (`mac=`, `bridge=`, `model=`, `rate=`, ...); ' +
      'an empty string `\'\'` creates a NIC with every default. Set a fixed `mac=` in the Xen range 00:16:3e so ' +
      'the guest keeps its address across restarts. Most mistakes (unknown keys, a bad `mac`) only print a ' +
      'message and are skipped, but an invalid `rate=` or `mtu=` aborts creation.',
    example: 'vif = [ \'mac=00:16:3e:5a:01:02,bridge=xenbr0\' ]',
    shape: { kind: 'list', item: 'string', spec: 'vif' },
    readAs: 'list',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'devices',
  },
  {
    name: 'vtpm',
    summary: 'Virtual TPM devices, each served by a vTPM backend domain.',
    doc:
      'Every item must name the domain running the vTPM with `backend=`; `uuid=` keeps the same vTPM identity ' +
      'across restarts (otherwise a new one is generated at each boot). A missing backend ' +
      'or an unknown key aborts `xl create`.',
    example: 'vtpm = [ \'backend=vtpm-web01,uuid=b4e8a3f6-6c1d-4d4e-9a0b-2f1c3d4e5f60\' ]',
    shape: { kind: 'list', item: 'string', spec: 'vtpm' },
    readAs: 'list',
    onBadValue: 'fatal',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'devices',
  },
  {
    name: 'p9',
    summary: 'Host directories shared into the guest over the 9P file-system protocol.',
    doc:
      'Each item describes one share: `tag=` is the name the guest mounts, `path=` the host directory and ' +
      '`security_model=none` the only supported model. `type=xen_9pfsd` selects Xen\'s own daemon instead ' +
      'of QEMU and enables the `max-*` and `auto-delete` limits. An unknown parameter stops `xl create`.',
    example: 'p9 = [ \'tag=shared,security_model=none,path=/srv/guest-share\' ]',
    shape: { kind: 'list', item: 'string', spec: 'p9' },
    readAs: 'list',
    onBadValue: 'fatal',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'devices',
  },
  {
    name: 'pvcalls',
    summary: 'PV Calls connections that forward socket calls to a backend domain.',
    doc:
      'Lets the guest use POSIX sockets implemented by another domain instead of a full network interface. ' +
      'The only setting is `backend=`, the domain providing the service (dom0 when empty). Any other key is ' +
      'fatal.',
    example: 'pvcalls = [ \'backend=net-backend\' ]',
    shape: { kind: 'list', item: 'string', spec: 'pvcalls' },
    readAs: 'list',
    onBadValue: 'fatal',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'devices',
  },
  {
    name: 'vfb',
    summary: 'Paravirtual framebuffers giving a PV or PVH guest a graphical console.',
    doc:
      'Each item configures one framebuffer with VNC (`vnc=1`, `vnclisten=`, `vncdisplay=`, `vncpasswd=`) or ' +
      'SDL (`sdl=1`, `display=`, `xauthority=`); each also adds a PV keyboard and mouse. Be careful with typos: ' +
      'unknown keys are dropped without a word, and a word without `=` ends the parsing of that item. HVM ' +
      'guests use the top-level `vnc`/`sdl` keys instead.',
    example: 'vfb = [ \'vnc=1,vnclisten=127.0.0.1,vncdisplay=3\' ]',
    shape: { kind: 'list', item: 'string', spec: 'vfb' },
    readAs: 'list',
    onBadValue: 'silent',
    guests: ['pv', 'pvh'],
    documented: true,
    topic: 'graphics',
  },
  {
    name: 'channel',
    summary: 'Named byte-stream channels between the guest and a host socket or pty.',
    doc:
      'Typically used for guest agents: each item needs `name=` (what the guest sees) and ' +
      '`connection=pty` or `connection=socket` (then also `path=`). The connection words must be lowercase ' +
      'even though the manual prints them in capitals. Unknown keys only warn, but a missing or wrong ' +
      'connection aborts `xl create`.',
    example: 'channel = [ \'name=org.qemu.guest_agent.0,connection=socket,path=/run/xen/web01-agent.sock\' ]',
    shape: { kind: 'list', item: 'string', spec: 'channel' },
    readAs: 'list',
    onBadValue: 'fatal',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'devices',
  },
  {
    name: 'rdm',
    summary: 'Guest-wide handling of reserved device memory for passed-through devices.',
    doc:
      'Some devices need host memory ranges reserved by firmware (RMRRs) mirrored in the guest. ' +
      '`strategy=host` reserves every such range in the guest memory map, not just those of assigned devices. ' +
      'Beware: in this Xen revision any string containing `policy=` fails to parse and the whole option is ' +
      'dropped silently, so write only `strategy=host` and set per-device `rdm_policy=` in `pci` instead. It ' +
      'is a plain string, not a list.',
    example: 'rdm = "strategy=host"',
    shape: { kind: 'spec', spec: 'rdm' },
    readAs: 'string',
    onBadValue: 'silent',
    guests: ['hvm'],
    arch: ['x86'],
    documented: true,
    topic: 'devices',
  },
  {
    name: 'usbctrl',
    summary: 'Virtual USB controllers that host devices from `usbdev` plug into.',
    doc:
      'Each item sets `type=` (auto, pv, qusb or devicemodel), `version=` (1, 2 or 3; 3 needs devicemodel) and ' +
      '`ports=` (1 to 31). Emulated `devicemodel` controllers only exist for HVM guests. Unknown keys or ' +
      'controller types are fatal.',
    example: 'usbctrl = [ \'type=auto,version=2,ports=4\' ]',
    shape: { kind: 'list', item: 'string', spec: 'usbctrl' },
    readAs: 'list',
    onBadValue: 'fatal',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'devices',
  },
  {
    name: 'usbdev',
    summary: 'Host USB devices handed to the guest when it starts.',
    doc:
      'Identify each device by `hostbus=` and `hostaddr=` as shown by `lsusb`; `controller=` and `port=` ' +
      'choose where it plugs in (a port needs a controller). Note that the address changes when the device ' +
      'is re-plugged. An unknown key aborts `xl create`.',
    example: 'usbdev = [ \'hostbus=1,hostaddr=4\' ]',
    shape: { kind: 'list', item: 'string', spec: 'usbdev' },
    readAs: 'list',
    onBadValue: 'fatal',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'devices',
  },
  {
    name: 'pci',
    summary: 'Host PCI functions assigned exclusively to the guest.',
    doc:
      'Each item is a PCI address `[DDDD:]BB:DD.F`, optionally `@VSLOT` and `,key=value` options such as ' +
      '`permissive=1` or `rdm_policy=relaxed`, or `name=` for a device registered with ' +
      '`xl pci-assignable-add -n`. The device must be made assignable first. The virtual slot is hexadecimal ' +
      'and at most 1f, and spaces are not allowed. Any malformed item aborts `xl create`.',
    example: 'pci = [ \'0000:03:00.0,permissive=1\' ]',
    shape: { kind: 'list', item: 'string', spec: 'pci' },
    readAs: 'list',
    onBadValue: 'fatal',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'devices',
  },
  pciDefaultKey(
    'pci_permissive',
    'permissive',
    'Default for letting passed-through devices write any PCI config register.',
    'Some devices only work when the guest may write registers the backend normally filters. This weakens ' +
      'isolation, so enable it per device where possible rather than for all.',
    ALL_GUESTS,
  ),
  pciDefaultKey(
    'pci_msitranslate',
    'msitranslate',
    'Default for translating between MSI and legacy interrupts on passed-through devices.',
    'When on, the device is driven with MSI on the host even if the guest driver uses legacy INTx interrupts. ' +
      'Try it when a passed-through device loses interrupts.',
    ALL_GUESTS,
  ),
  pciDefaultKey(
    'pci_seize',
    'seize',
    'Default for grabbing devices that were not yet made assignable.',
    'With it, xl takes the device away from its dom0 driver on its own instead of requiring ' +
      '`xl pci-assignable-add` first. It does not ask for confirmation, so a wrong address can steal a disk ' +
      'or network controller dom0 depends on.',
    ALL_GUESTS,
  ),
  pciDefaultKey(
    'pci_power_mgmt',
    'power_mgmt',
    'Default for letting an HVM guest change the power state of passed-through devices.',
    'Allows the guest to move its devices between the D0 and D3hot power states, which some drivers need for ' +
      'suspend or device resets. It only has an effect for HVM guests.',
    ['hvm'],
  ),
  {
    name: 'gfx_passthru',
    summary: 'Makes a passed-through graphics card the guest\'s primary display.',
    doc:
      'Use it together with the card in `pci`: the emulated VGA is removed and the real GPU becomes the boot ' +
      'display. `1` (any non-zero number) turns it on and lets the toolstack detect the kind of card, `0` ' +
      'leaves it off, and `"igd"` forces Intel integrated-graphics handling. Any other string aborts with ' +
      '`ERROR: invalid value "X" for "gfx_passthru"`.',
    example: 'gfx_passthru = 1',
    default: '0 (off)',
    shape: {
      kind: 'enum',
      integerForm: 'accepted',
      caseInsensitive: true,
      values: [
        { value: 'default', doc: 'Enable GPU pass-through and detect the type of card automatically.' },
        { value: 'igd', doc: 'Enable pass-through of an Intel integrated graphics device.' },
      ],
    },
    readAs: 'integer-or-string',
    onBadValue: 'fatal',
    guests: ['hvm'],
    documented: true,
    topic: 'devices',
  },
  {
    name: 'rdm_mem_boundary',
    summary: 'Limit in MiB below which reserved device memory may split guest RAM.',
    doc:
      'A tuning knob for the guest memory layout when reserved device memory ranges collide with guest RAM: ' +
      'it sets the boundary the toolstack uses while moving low memory out of their way. The default suits ' +
      'almost every host; change it only when assigning a device fails because of such a conflict.',
    example: 'rdm_mem_boundary = 1024',
    default: '2048',
    unit: 'MiB',
    shape: { kind: 'integer', min: 0 },
    readAs: 'integer',
    onBadValue: 'ignored',
    guests: ['hvm'],
    documented: true,
    topic: 'devices',
  },
  {
    name: 'dtdev',
    summary: 'Host device-tree nodes whose devices an Arm guest takes over.',
    doc:
      'Each item is the absolute path of a node in the host device tree, e.g. a network controller. The ' +
      'device needs IOMMU protection, and the guest must also receive the matching description through ' +
      '`device_tree` plus its `iomem` and `irqs`.',
    example: 'dtdev = [ "/soc/ethernet@ff0e0000" ]',
    arch: ['arm'],
    shape: { kind: 'list', item: 'string' },
    readAs: 'list',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'arm',
  },
  {
    name: 'ioports',
    summary: 'Legacy x86 I/O port ranges opened to the guest.',
    doc:
      'Each item is a hexadecimal port `"2f8"` or range `"2f8-2ff"` (no `0x` prefix). Use it to hand a ' +
      'legacy device such as a serial port to the guest; the guest gets raw access, so only grant ports of ' +
      'devices dom0 does not use. A malformed range aborts `xl create`.',
    example: 'ioports = [ "2f8-2ff" ]',
    arch: ['x86'],
    shape: { kind: 'list', item: 'string', spec: 'ioports' },
    readAs: 'list',
    onBadValue: 'fatal',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'devices',
  },
  {
    name: 'iomem',
    summary: 'Machine memory pages mapped straight into the guest.',
    doc:
      'Each item is `START,NUM_PAGES` in hexadecimal page frame numbers, optionally `@GFN` to choose where the ' +
      'guest sees them. Used for device registers without a PCI description, mostly on Arm; only ' +
      'auto-translated guests can choose the guest frame. Errors in an item are fatal.',
    example: 'iomem = [ "ff0e0,1@ff0e0" ]',
    shape: { kind: 'list', item: 'string', spec: 'iomem' },
    readAs: 'list',
    onBadValue: 'fatal',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'devices',
  },
  {
    name: 'irqs',
    summary: 'Physical interrupt lines the guest is allowed to receive.',
    doc:
      'List decimal IRQ numbers, as numbers or strings, for devices handed over with `ioports`, `iomem` or ' +
      '`dtdev`. The interrupt must not be shared with a device dom0 still drives. A value that is not a ' +
      'number stops `xl create`.',
    example: 'irqs = [ 3, 112 ]',
    shape: { kind: 'list', item: 'number-or-string', spec: 'irqs' },
    readAs: 'list',
    onBadValue: 'fatal',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'devices',
  },
  {
    name: 'vdispl',
    summary: 'Paravirtual display devices with one or more connectors.',
    doc:
      'Each item gives `connectors=` as `id:WIDTHxHEIGHT` pairs separated by `;`, plus optional `backend=` ' +
      'and `be-alloc=` (let the backend allocate the buffers). At least one connector is required, and an ' +
      'unknown key aborts `xl create`.',
    example: 'vdispl = [ \'be-alloc=1,connectors=main:1920x1080;aux:1280x720\' ]',
    shape: { kind: 'list', item: 'string', spec: 'vdispl' },
    readAs: 'list',
    onBadValue: 'fatal',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'devices',
  },
  {
    name: 'vsnd',
    summary: 'Paravirtual sound cards, described as nested CARD/PCM/STREAM lists.',
    doc:
      'Each inner list is one card: a `CARD, ...` string, then `PCM, ...` devices, each followed by its ' +
      '`STREAM, ...` entries (`type=p` playback or `type=c` capture). Streams need `unique-id=`; the `id=` ' +
      'shown in the manual is rejected. The manual\'s `float_le`-style format names do not match the ' +
      'library, which expects names like `f32_le`. Any unknown key or value aborts `xl create`.',
    example: 'vsnd = [ [ \'CARD, short-name=Main, sample-formats=s16_le\', \'PCM, name=Main\', \'STREAM, unique-id=pcm0p, type=p\' ] ]',
    shape: { kind: 'list', item: 'list', spec: 'vsnd' },
    readAs: 'nested-list',
    onBadValue: 'fatal',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'devices',
  },
  {
    name: 'vkb',
    summary: 'Paravirtual keyboard and pointer devices.',
    doc:
      'Every item must say which backend serves it with `backend-type=qemu` or `backend-type=linux`; ' +
      '`feature-*` switches and `width`/`height` shape the pointer, and multi-touch needs its sizes as well. ' +
      'A missing backend type or an unknown key aborts `xl create`.',
    example: 'vkb = [ \'backend-type=linux,feature-abs-pointer=1,width=1920,height=1080\' ]',
    shape: { kind: 'list', item: 'string', spec: 'vkb' },
    readAs: 'list',
    onBadValue: 'fatal',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'devices',
  },
  {
    name: 'virtio',
    summary: 'Virtio devices over MMIO for Arm guests, served by a backend domain.',
    doc:
      'Each item sets `type=virtio,deviceN` with N the virtio device id in lowercase hex (the one value that ' +
      'may contain a comma), `transport=mmio`, and optionally `backend=` and `grant_usage=`. The backend ' +
      'program must run in the backend domain. Unknown keys are fatal.',
    example: 'virtio = [ \'type=virtio,device22,transport=mmio\' ]',
    arch: ['arm'],
    shape: { kind: 'list', item: 'string', spec: 'virtio' },
    readAs: 'list',
    onBadValue: 'fatal',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'devices',
  },
];
