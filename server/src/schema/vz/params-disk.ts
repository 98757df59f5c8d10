import { YES_NO, type VzParamDef } from './param-def';

/** Disk, quota, file system layout and I/O (reference openvz.md §1.4 rows 44–48, 63–67, 74–76; §1.6). */
export const diskParams: readonly VzParamDef[] = [
  {
    name: 'DISKSPACE', topic: 'disk', scope: 'ct', shape: { kind: 'quota', unitClass: 'kib' },
    dialects: { legacy: 'read', vz7: 'read' }, unit: 'KiB', cli: '--diskspace', unlimited: { legacy: false, vz7: true },
    summary: 'Disk space quota `soft:hard` (1 KiB blocks).',
    doc: 'A bare number counts 1 KiB blocks; a suffix (K, M, G, T) gives bytes. With simfs and DISK_QUOTA=yes the soft limit must not exceed the hard one. For ploop the value is the image size. Legacy vzctl does not accept `unlimited` here.',
    example: 'DISKSPACE="2G:2.2G"', samples: ['2G:2.2G', '10G:11G', '10485760:10485760'],
  },
  {
    name: 'DISKINODES', topic: 'disk', scope: 'ct', shape: { kind: 'quota', unitClass: 'inodes' },
    dialects: { legacy: 'read', vz7: 'read' }, unit: 'inodes', cli: '--diskinodes', unlimited: { legacy: false, vz7: true },
    summary: 'Inode quota `soft:hard`.',
    doc: 'Number of files and directories the container may own. With DISK_QUOTA=yes the soft limit must not exceed the hard one. Ignored for ploop. Legacy vzctl does not accept `unlimited` here.',
    example: 'DISKINODES="131072:144179"', samples: ['131072:144179', '655360:655360'],
  },
  {
    name: 'QUOTATIME', topic: 'disk', scope: 'ct', shape: { kind: 'integer', min: 0, unit: 'seconds' },
    dialects: { legacy: 'read', vz7: 'no-effect' }, unit: 'seconds', cli: '--quotatime',
    summary: 'Grace period for exceeding the soft disk quota (seconds).',
    doc: 'How long usage may stay between the soft and the hard limit. Ignored for ploop.', example: 'QUOTATIME="0"', samples: ['0'],
    vz7Note: 'Virtuozzo 7 accepts QUOTATIME and ignores it.',
  },
  {
    name: 'QUOTAUGIDLIMIT', topic: 'disk', scope: 'ct', shape: { kind: 'integer', min: 0 },
    dialects: { legacy: 'read', vz7: 'read' }, cli: '--quotaugidlimit',
    summary: 'User and group IDs tracked by the in-container quota (0 = off).',
    doc: 'A number above 0 turns on per-user and per-group quota inside the container. A change needs a restart.', example: 'QUOTAUGIDLIMIT="0"',
  },
  {
    name: 'DISK_QUOTA', topic: 'disk', scope: 'both', shape: { kind: 'enum', values: YES_NO },
    dialects: { legacy: 'read', vz7: 'read' }, cli: '--diskquota', default: 'yes (vz.conf)',
    summary: 'Enforce disk quotas on simfs containers.', doc: 'Ignored for ploop. With `yes`, vzcfgvalidate also checks DISKSPACE and DISKINODES.', example: 'DISK_QUOTA="yes"',
  },
  {
    name: 'JOURNALED_QUOTA', topic: 'vz7', scope: 'ct', shape: { kind: 'enum', values: YES_NO },
    dialects: { vz7: 'read' }, cli: '--jquota',
    summary: 'Journaled user/group quota on ploop (Virtuozzo 7).', doc: 'Keeps in-container quota consistent across crashes.', example: 'JOURNALED_QUOTA="no"',
  },
  {
    name: 'VE_ROOT', topic: 'disk', scope: 'both', shape: { kind: 'string', format: 'veid-path' },
    dialects: { legacy: 'read', vz7: 'read' }, cli: '--root', default: '<VZDIR>/root/$VEID',
    summary: 'Mount point of the container\'s root file system.',
    doc: 'A path; the first `$VEID` or `${VEID}` is replaced by the container ID and trailing slashes are dropped. In vz.conf it must contain `$VEID`, or every container would share one directory.',
    example: 'VE_ROOT="/vz/root/$VEID"', samples: ['/vz/root/$VEID'],
  },
  {
    name: 'VE_PRIVATE', topic: 'disk', scope: 'both', shape: { kind: 'string', format: 'veid-path' },
    dialects: { legacy: 'read', vz7: 'read' }, cli: '--private', default: '<VZDIR>/private/$VEID',
    summary: 'Directory holding the container\'s private data.',
    doc: 'Like VE_ROOT: `$VEID` or `${VEID}` is replaced by the container ID. In vz.conf it must contain `$VEID`.',
    example: 'VE_PRIVATE="/vz/private/$VEID"', samples: ['/vz/private/$VEID'],
  },
  {
    name: 'MOUNT_OPTS', topic: 'disk', scope: 'ct', shape: { kind: 'string', format: 'free' },
    dialects: { legacy: 'read', vz7: 'no-effect' }, cli: '--mount_opts',
    summary: 'Extra mount options for a ploop root (comma-separated).', doc: 'Only used with the ploop layout.', example: 'MOUNT_OPTS="noatime"',
  },
  {
    name: 'VE_LAYOUT', topic: 'disk', scope: 'both', shape: { kind: 'special', grammar: 've-layout' },
    dialects: { legacy: 'read', vz7: 'no-effect' }, cli: 'create --layout', default: 'ploop (vz.conf)',
    summary: 'How the container file system is stored: simfs or ploop.',
    doc: '`simfs` is a plain directory tree; `ploop` an image file, optionally with a format (`expanded`, the default, `plain`, or `raw`, which is not supported).',
    example: 'VE_LAYOUT="ploop"', samples: ['ploop', 'simfs', 'ploop:expanded', 'ploop:plain'],
    vz7Note: 'Virtuozzo 7 does not read VE_LAYOUT; its vz.conf uses VEFSTYPE and VEIMAGEFORMAT.',
  },
  {
    name: 'IOPRIO', topic: 'disk', scope: 'ct', shape: { kind: 'integer', min: 0, max: 7 },
    dialects: { legacy: 'read', vz7: 'read' }, cli: '--ioprio', default: '4',
    summary: 'Disk I/O priority, 0 (lowest) to 7 (highest).', doc: 'Relative share of disk time among containers.', example: 'IOPRIO="4"',
  },
  {
    name: 'IOLIMIT', topic: 'disk', scope: 'ct', shape: { kind: 'special', grammar: 'iolimit' },
    dialects: { legacy: 'read', vz7: 'read' }, unit: 'bytes/s', cli: '--iolimit',
    summary: 'Disk bandwidth cap (bytes per second).',
    doc: 'In the file a bare number is bytes per second; K, M, G, T suffixes multiply. `0` or `unlimited` means no cap. Values above 2147483647 B/s are cut down with a warning. (The legacy command line takes MB/s.)',
    example: 'IOLIMIT="10M"', samples: ['10M', '0', 'unlimited'],
  },
  {
    name: 'IOPSLIMIT', topic: 'disk', scope: 'ct', shape: { kind: 'integer', min: 0, unit: 'IOPS' },
    dialects: { legacy: 'read', vz7: 'read' }, unit: 'operations/s', cli: '--iopslimit',
    summary: 'Disk operations per second cap (0 = none).', doc: 'A plain number. The manual allows `unlimited` but the legacy code rejects it.', example: 'IOPSLIMIT="0"',
  },
  {
    name: 'DISK', topic: 'vz7', scope: 'ct', shape: { kind: 'special', grammar: 'disk' },
    dialects: { vz7: 'read' },
    summary: 'Disks of the container (Virtuozzo 7).',
    doc: 'Disks separated by `;`, each a comma-separated list of `key=value`: `uuid` (required), `image=PATH` or `device=PATH` (one required), `enabled`, `size` (KiB), `mnt`, `mnt_opts`, `autocompact`, `storage_url`. Unknown fields are skipped with a warning.',
    example: 'DISK="uuid=1c8b2d1e-0000-4000-8000-000000000101,image=/vz/private/101/root.hdd,enabled=yes"',
  },
  {
    name: 'ROOT_DISK', topic: 'vz7', scope: 'ct', shape: { kind: 'enum', values: YES_NO },
    dialects: { vz7: 'read' }, summary: 'Whether the container has a root disk (Virtuozzo 7).', doc: 'Set by the tools.', example: 'ROOT_DISK="yes"',
  },
  {
    name: 'NOATIME', topic: 'vz7', scope: 'ct', shape: { kind: 'enum', values: YES_NO },
    dialects: { vz7: 'read' }, cli: '--noatime',
    summary: 'Mount the root without access-time updates (Virtuozzo 7).', doc: 'Saves writes on busy file systems.', example: 'NOATIME="no"',
  },
  {
    name: 'AUTOCOMPACT', topic: 'vz7', scope: 'ct', shape: { kind: 'enum', values: YES_NO },
    dialects: { vz7: 'read' }, cli: 'prlctl --autocompact',
    summary: 'Compact the ploop image automatically (Virtuozzo 7).', doc: 'Returns unused image space to the host.', example: 'AUTOCOMPACT="yes"',
  },
  {
    name: 'BINDMOUNT', topic: 'vz7', scope: 'ct', shape: { kind: 'list', item: 'bindmount', separators: ' \t' },
    dialects: { vz7: 'read' }, cli: '--bindmount_add',
    summary: 'Host directories bind-mounted into the container (Virtuozzo 7).',
    doc: 'Blank-separated `[/src:]/dst[,nosuid,noexec,nodev]`; both paths absolute and the target not `/`.', example: 'BINDMOUNT="/srv/data:/data,nosuid"',
  },
];
