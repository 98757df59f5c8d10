import type { VzParamDef } from './param-def';
import { YES_NO } from './param-def';

/** Identity, devices, features and life cycle (reference openvz.md §1.4 rows 33, 36, 37, 41–43, 49, 57, 59, 60, 71–73, 77, 78; §1.6). */
export const miscParams: readonly VzParamDef[] = [
  {
    name: 'HOSTNAME', topic: 'misc', scope: 'ct', shape: { kind: 'special', grammar: 'hostname' },
    dialects: { legacy: 'read', vz7: 'read' }, cli: '--hostname',
    summary: 'Host name set inside the container.', doc: 'Written into the container\'s network configuration at start.', example: 'HOSTNAME="web1.example.com"',
  },
  {
    name: 'DESCRIPTION', topic: 'misc', scope: 'ct', shape: { kind: 'string', format: 'free' },
    dialects: { legacy: 'read', vz7: 'read' }, cli: '--description',
    summary: 'Free-text description of the container.', doc: 'Only for people and tools; vzctl does not act on it.', example: 'DESCRIPTION="Web front end"',
    vz7Note: 'Virtuozzo 7 stores it encoded: letters, digits, `-`, `_`, `.` stay; any other byte (space included) becomes `=XX` in hex.',
  },
  {
    name: 'NAME', topic: 'misc', scope: 'ct', shape: { kind: 'string', format: 'name' },
    dialects: { legacy: 'read', vz7: 'read' }, cli: '--name',
    summary: 'A name that can stand for the container ID.', doc: 'Letters, digits, space and `-+_.` only. vzctl also keeps a link under /etc/vz/names.', example: 'NAME="web1"',
  },
  {
    name: 'VEID', topic: 'misc', scope: 'ct', shape: { kind: 'integer', min: 0, max: 2147483644 },
    dialects: { legacy: 'read', vz7: 'read' },
    summary: 'The container ID.', doc: 'Numeric in legacy OpenVZ (up to 2147483644; IDs up to 100 are reserved). Normally implied by the file name.', example: 'VEID="101"',
  },
  {
    name: 'UUID', topic: 'vz7', scope: 'ct', shape: { kind: 'string', format: 'uuid' },
    dialects: { vz7: 'read' }, summary: 'UUID of the container (Virtuozzo 7).', doc: 'Kept per container: never inherited from vz.conf.', example: 'UUID="1c8b2d1e-0000-4000-8000-000000000101"',
  },
  {
    name: 'OSTEMPLATE', topic: 'misc', scope: 'ct', shape: { kind: 'string', format: 'template' },
    dialects: { legacy: 'read', vz7: 'read' }, cli: '--ostemplate',
    summary: 'OS template the container was created from.',
    doc: 'Also picks the distribution scripts in /etc/vz/dists: vzctl tries `<name>.conf`, then drops trailing `-part`s one by one, then falls back to `default`.',
    example: 'OSTEMPLATE="centos-7-x86_64"', samples: ['centos-7-x86_64', 'debian-11-x86_64', 'ubuntu-22.04-x86_64'],
  },
  {
    name: 'ONBOOT', topic: 'misc', scope: 'ct', shape: { kind: 'enum', values: YES_NO },
    dialects: { legacy: 'read', vz7: 'read' }, cli: '--onboot',
    summary: 'Start the container when the host boots.', doc: 'When unset, a container that was running before the reboot is started again.', example: 'ONBOOT="yes"',
    vz7Note: 'Virtuozzo 7 also accepts `auto`.',
    vz7Shape: { kind: 'enum', values: [...YES_NO, { value: 'auto', doc: 'Start at boot if it was running before the host went down (Virtuozzo 7).' }] },
  },
  {
    name: 'BOOTORDER', topic: 'misc', scope: 'ct', shape: { kind: 'integer', min: 0 },
    dialects: { legacy: 'read', vz7: 'read' }, cli: '--bootorder',
    summary: 'Start order at host boot (higher starts earlier).', doc: 'Containers without it start last.', example: 'BOOTORDER="10"',
  },
  {
    name: 'DISABLED', topic: 'misc', scope: 'ct', shape: { kind: 'enum', values: YES_NO },
    dialects: { legacy: 'read', vz7: 'read' }, cli: '--disabled',
    summary: 'Refuse to start the container.', doc: 'With `yes`, a start needs `--force`.', example: 'DISABLED="no"',
  },
  {
    name: 'ORIGIN_SAMPLE', topic: 'misc', scope: 'ct', shape: { kind: 'string', format: 'sample' },
    dialects: { legacy: 'read', vz7: 'read' },
    summary: 'Sample config the container was created from.', doc: 'Written by `vzctl create`; names a ve-<name>.conf-sample file.', example: 'ORIGIN_SAMPLE="vswap-256m"', samples: ['basic', 'vswap-256m', 'vswap-512m', 'vswap-1g'],
  },
  {
    name: 'STOP_TIMEOUT', topic: 'misc', scope: 'both', shape: { kind: 'integer', min: 0, unit: 'seconds' },
    dialects: { legacy: 'read', vz7: 'no-effect' }, unit: 'seconds', cli: '--stop-timeout', default: '120 (0 = built-in default)',
    summary: 'Seconds to wait for a clean stop before killing.', doc: 'Must not be negative; 0 means the built-in default of 120 seconds.', example: 'STOP_TIMEOUT="120"',
  },
  {
    name: 'CAPABILITY', topic: 'misc', scope: 'ct', shape: { kind: 'list', item: 'capability', separators: ' \t,' },
    dialects: { legacy: 'read', vz7: 'no-effect' }, cli: '--capability',
    summary: 'Linux capabilities granted or withdrawn (`name:on|off`).',
    doc: 'Items `name:on` or `name:off`, separated by blanks or commas; names are case-insensitive. A change needs a restart. `setpcap:on` usually keeps the container from starting.',
    example: 'CAPABILITY="SYS_TIME:on NET_ADMIN:off"', vz7Note: 'Virtuozzo 7 treats CAPABILITY as a no-op.',
  },
  {
    name: 'FEATURES', topic: 'misc', scope: 'ct', shape: { kind: 'list', item: 'feature', separators: ' \t,' },
    dialects: { legacy: 'read', vz7: 'read' }, cli: '--features',
    summary: 'Optional kernel features for the container (`name:on|off`).',
    doc: 'Items `name:on` or `name:off` from: sysfs, nfs, sit, ipip, ppp, ipgre, bridge, nfsd. Unknown names draw a warning.',
    example: 'FEATURES="nfs:on ppp:off"', vz7Note: 'Virtuozzo 7 adds `time`.',
  },
  {
    name: 'DEVICES', topic: 'misc', scope: 'ct', shape: { kind: 'list', item: 'device', separators: ' \t' },
    dialects: { legacy: 'read', vz7: 'read' }, cli: '--devices',
    summary: 'Device access rules (`b|c:MAJOR:MINOR|all:PERM`).',
    doc: 'Blank-separated items: `b` or `c`, the major number, the minor number or `all`, and permissions as any mix of `r`, `w`, `q`, or `none`. Loop devices (major 7) are refused.',
    example: 'DEVICES="c:10:200:rw"',
  },
  {
    name: 'DEVNODES', topic: 'misc', scope: 'ct', shape: { kind: 'list', item: 'devnode', separators: ' \t' },
    dialects: { legacy: 'read', vz7: 'read' }, cli: '--devnodes',
    summary: 'Host device nodes made available (`name:PERM`).',
    doc: 'Blank-separated `devname:PERM`, where /dev/<devname> must exist on the host; PERM as for DEVICES. Loop devices are refused.', example: 'DEVNODES="net/tun:rw"',
  },
  {
    name: 'PCI', topic: 'misc', scope: 'ct', shape: { kind: 'list', item: 'pci', separators: ' \t' },
    dialects: { legacy: 'read', vz7: 'read' }, cli: '--pci_add / --pci_del',
    summary: 'Host PCI devices passed to the container.', doc: 'Blank-separated `[domain:]bus:slot.func` in hex.', example: 'PCI="0000:03:00.0"',
  },
];
