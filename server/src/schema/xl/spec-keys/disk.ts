import type { SpecKeyDef } from './types';

/** Old `prefix:` forms written before the target. */
export const diskPrefixes = {
  /** set the format */
  format: ['raw', 'qcow', 'qcow2', 'vhd'],
  /** set `script=block-<prefix>` */
  script: ['iscsi', 'nbd', 'enbd', 'drbd'],
  /** stripped and ignored */
  ignored: ['tapdisk', 'tap', 'tap2', 'aio', 'ioemu', 'file', 'phy'],
} as const;

/** DISK_SPEC (xl-disk-configuration(5); lexer libxlu_disk_l.l). */
export const diskSpecKeys: readonly SpecKeyDef[] = [
  {
    name: 'target', form: 'key-value', example: '/dev/vg/guest-disk',
    summary: 'What backs the disk: a block device, an image file, or an argument for the hotplug script.',
    doc: 'Also the first positional part. In the `target=` form it takes everything up to the end of the string, commas included, so put it last. A path without a leading `/` is taken relative to `/dev/`. May be empty for a CD-ROM drive with no medium.',
  },
  {
    name: 'format', form: 'key-value', default: 'raw', example: 'qcow2',
    summary: 'Image format of the target (second positional part).',
    values: [
      { value: 'raw', doc: 'A plain image or a block device (the default).' },
      { value: 'qcow', doc: 'QEMU copy-on-write, version 1.' },
      { value: 'qcow2', doc: 'QEMU copy-on-write, version 2.' },
      { value: 'vhd', doc: 'Virtual Hard Disk image.' },
      { value: 'qed', doc: 'QEMU enhanced disk image.' },
      { value: 'empty', doc: 'No medium (undocumented; used for empty CD-ROM drives).' },
    ],
  },
  {
    name: 'vdev', form: 'key-value', required: true, example: 'xvda',
    summary: 'The device name the guest sees, e.g. `xvda`, `hda`, `sdb` (third positional part). Mandatory.',
    doc: 'Naming rules are in xen-vbd-interface(7). The old form `hdc:cdrom` (device name, colon, `cdrom` or `disk`) is still accepted.',
  },
  {
    name: 'access', form: 'key-value', default: 'rw (r for a CD-ROM)', example: 'rw',
    summary: 'Read-only or read-write (fourth positional part).',
    values: [
      { value: 'rw', doc: 'Read-write (the default).' },
      { value: 'w', doc: 'Read-write.' },
      { value: 'r', doc: 'Read-only.' },
      { value: 'ro', doc: 'Read-only.' },
    ],
  },
  {
    name: 'devtype', form: 'key-value', example: 'cdrom',
    summary: 'The kind of device; only `cdrom` is documented.',
    values: [
      { value: 'cdrom', doc: 'A removable, read-only CD-ROM drive.' },
      { value: 'disk', doc: 'An ordinary disk (the default; accepted but undocumented).' },
    ],
  },
  { name: 'cdrom', form: 'flag', summary: 'Same as `devtype=cdrom`: a removable, read-only drive.' },
  { name: 'backend', form: 'key-value', default: 'Domain-0', example: 'storage-dom', summary: 'Name of the driver domain that serves the disk.' },
  {
    name: 'backendtype', form: 'key-value', default: 'chosen automatically', example: 'phy',
    summary: 'Which backend implementation serves the disk.',
    values: [
      { value: 'phy', doc: 'Kernel block backend (blkback) on a block device.' },
      { value: 'qdisk', doc: 'QEMU disk backend (needed for qcow2, vhd, ...).' },
      { value: 'standalone', doc: 'A standalone backend process outside QEMU.' },
      { value: 'tap', doc: 'The blktap backend.' },
    ],
  },
  { name: 'script', form: 'key-value', example: 'iscsi', summary: 'Hotplug script that prepares the target; looked up as `block-<script>` in the scripts folder.' },
  { name: 'direct-io-safe', form: 'flag', summary: 'Declares that the backend can use O_DIRECT safely, turning off the workaround.' },
  { name: 'discard', form: 'flag', default: 'on', summary: 'Advertise discard (TRIM) support to the guest (the default).' },
  { name: 'no-discard', form: 'flag', summary: 'Do not advertise discard (TRIM) support to the guest.' },
  { name: 'trusted', form: 'flag', default: 'on', summary: 'Hint to the guest that the backend is trusted (the default).' },
  { name: 'untrusted', form: 'flag', summary: 'Hint to the guest that the backend is not trusted.' },
  {
    name: 'specification', form: 'key-value', default: 'xen', example: 'virtio',
    summary: 'Which protocol the guest uses to talk to the disk.',
    values: [
      { value: 'xen', doc: 'The Xen PV block protocol (the default).' },
      { value: 'virtio', doc: 'A virtio block device.' },
    ],
  },
  {
    name: 'grant_usage', form: 'key-value', default: '1 when the backend is not Domain-0', example: '1',
    summary: 'Whether virtio uses grant mappings; exactly `0` or `1`.',
    values: [
      { value: '1', doc: 'Use grant mappings.' },
      { value: '0', doc: 'Do not use grant mappings.' },
    ],
  },
  { name: 'colo', form: 'flag', summary: 'Enable COLO disk replication (unstable interface).' },
  { name: 'no-colo', form: 'flag', summary: 'Disable COLO disk replication (undocumented).' },
  { name: 'colo-host', form: 'key-value', example: 'backup-host', summary: 'COLO: host of the secondary disk (unstable interface).' },
  { name: 'colo-port', form: 'key-value', example: '9000', summary: 'COLO: port of the secondary disk; a non-zero number (unstable interface).' },
  { name: 'colo-export', form: 'key-value', example: 'disk1', summary: 'COLO: export name on the secondary (unstable interface).' },
  { name: 'active-disk', form: 'key-value', example: '/var/colo/active.img', summary: 'COLO: the active disk image on the secondary (unstable interface).' },
  { name: 'hidden-disk', form: 'key-value', example: '/var/colo/hidden.img', summary: 'COLO: the hidden disk image on the secondary (unstable interface).' },
  ...prefixDefs(),
];


function prefixDefs(): SpecKeyDef[] {
  const format = diskPrefixes.format.map((name): SpecKeyDef => ({
    name: `${name}:`, form: 'flag', summary: `Old prefix before the target that sets format=${name}.`,
    deprecated: { replacement: `format=${name}`, note: 'Accepted for compatibility; write format= instead.' },
  }));
  const script = diskPrefixes.script.map((name): SpecKeyDef => ({
    name: `${name}:`, form: 'flag', summary: `Old prefix before the target that sets script=block-${name}.`,
    deprecated: { replacement: `script=${name}`, note: 'Accepted for compatibility; write script= instead.' },
  }));
  const ignored = diskPrefixes.ignored.map((name): SpecKeyDef => ({
    name: `${name}:`, form: 'flag', summary: 'Old prefix before the target that xl strips and ignores.',
    deprecated: { note: 'Has no effect; the backend is chosen from the target (use backendtype= to force one).' },
  }));
  return [...format, ...script, ...ignored];
}
