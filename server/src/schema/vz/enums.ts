import type { EnumValue } from '../types';

/** Capability names as the legacy code table spells them (reference §1.5). Case-insensitive. */
export const CAPABILITY_NAMES: readonly EnumValue[] = [
  { value: 'CHOWN', doc: 'Change the owner of any file.' },
  { value: 'DAC_OVERRIDE', doc: 'Bypass file read, write and execute permission checks.' },
  { value: 'DAC_READ_SEARCH', doc: 'Bypass read and directory search permission checks.' },
  { value: 'FOWNER', doc: 'Act as the owner of any file for permission checks.' },
  { value: 'FSETID', doc: 'Keep set-user-ID and set-group-ID bits when a file changes.' },
  { value: 'KILL', doc: 'Send signals to any process.' },
  { value: 'SETGID', doc: 'Change group IDs freely.' },
  { value: 'SETUID', doc: 'Change user IDs freely.' },
  { value: 'SETPCAP', doc: 'Change process capabilities. Turning it on usually keeps the container from starting.' },
  { value: 'LINUX_IMMUTABLE', doc: 'Set the immutable and append-only file attributes.' },
  { value: 'NET_BIND_SERVICE', doc: 'Bind to ports below 1024.' },
  { value: 'NET_BROADCAST', doc: 'Broadcast and listen to multicast.' },
  { value: 'NET_ADMIN', doc: 'Configure interfaces, routes and firewall rules.' },
  { value: 'NET_RAW', doc: 'Open raw and packet sockets.' },
  { value: 'IPC_LOCK', doc: 'Lock memory pages.' },
  { value: 'IPC_OWNER', doc: 'Bypass System V IPC permission checks.' },
  { value: 'SYS_MODULE', doc: 'Load and unload kernel modules.' },
  { value: 'SYS_RAWIO', doc: 'Raw I/O port and device access.' },
  { value: 'SYS_CHROOT', doc: 'Use chroot().' },
  { value: 'SYS_PTRACE', doc: 'Trace any process.' },
  { value: 'SYS_PACCT', doc: 'Switch process accounting on or off.' },
  { value: 'SYS_ADMIN', doc: 'A wide set of administrative operations (mount and more).' },
  { value: 'SYS_BOOT', doc: 'Reboot the container.' },
  { value: 'SYS_NICE', doc: 'Raise priorities and change scheduling of any process.' },
  { value: 'SYS_RESOURCE', doc: 'Override resource limits.' },
  { value: 'SYS_TIME', doc: 'Set the system clock.' },
  { value: 'SYS_TTY_CONFIG', doc: 'Configure terminals (vhangup).' },
  { value: 'MKNOD', doc: 'Create device nodes.' },
  { value: 'LEASE', doc: 'Take file leases.' },
  { value: 'AUDIT_WRITE', doc: 'Write audit log records.' },
  { value: 'VE_ADMIN', doc: 'Administer the container\'s own network and devices.' },
  { value: 'SETFCAP', doc: 'Set file capabilities.' },
];

/** FEATURES names (reference §1.5); `time` is Virtuozzo 7 only. */
export const FEATURE_NAMES: readonly EnumValue[] = [
  { value: 'sysfs', doc: 'A sysfs file system inside the container.' },
  { value: 'nfs', doc: 'Mounting NFS shares inside the container.' },
  { value: 'sit', doc: 'IPv6-in-IPv4 (SIT) tunnels.' },
  { value: 'ipip', doc: 'IP-in-IP tunnels.' },
  { value: 'ppp', doc: 'PPP devices.' },
  { value: 'ipgre', doc: 'GRE tunnels.' },
  { value: 'bridge', doc: 'Linux bridges inside the container.' },
  { value: 'nfsd', doc: 'A kernel NFS server inside the container.' },
];
export const VZ7_FEATURE_NAMES: readonly EnumValue[] = [
  ...FEATURE_NAMES,
  { value: 'time', doc: 'A separate time namespace for the container (Virtuozzo 7).' },
];

/** Obsolete IPTABLES module names (reference §1.5). */
export const IPTABLES_MODULES: readonly string[] = [
  'ip_tables', 'iptable_filter', 'iptable_mangle', 'ipt_limit', 'ipt_multiport', 'ipt_tos', 'ipt_TOS',
  'ipt_REJECT', 'ipt_TCPMSS', 'ipt_tcpmss', 'ipt_ttl', 'ipt_LOG', 'ipt_length', 'ip_conntrack',
  'ip_conntrack_ftp', 'ip_conntrack_irc', 'ipt_conntrack', 'ipt_state', 'ipt_helper', 'iptable_nat',
  'ip_nat_ftp', 'ip_nat_irc', 'ipt_REDIRECT', 'xt_mac', 'ipt_recent', 'ipt_owner',
];

/** VZ7 TECHNOLOGIES names (reference §1.5). */
export const TECHNOLOGIES: readonly EnumValue[] = [
  { value: 'x86', doc: '32-bit x86 guest.' },
  { value: 'x86_64', doc: '64-bit x86 guest.' },
  { value: 'ia64', doc: 'Itanium guest.' },
  { value: 'nptl', doc: 'Needs the native POSIX thread library support.' },
  { value: 'sysfs', doc: 'Needs sysfs inside the container.' },
  { value: 'nfs', doc: 'Needs NFS inside the container.' },
  { value: 'hashdir', doc: 'Private area stored in hashed directories.' },
  { value: 'cowdir', doc: 'Private area uses copy-on-write directories.' },
  { value: 'mfiles', doc: 'Uses memory-mapped template files.' },
  { value: 'ext4', doc: 'Needs an ext4 file system.' },
  { value: 'simfs', doc: 'Stored as a plain directory tree (simfs).' },
  { value: 'qcow2', doc: 'Uses qcow2 images.' },
  { value: 'xfs', doc: 'Needs an XFS file system.' },
];
export const TECHNOLOGY_NAMES: readonly string[] = TECHNOLOGIES.map((technology) => technology.value);

/** VE_LAYOUT values (reference §1.5); `ploop:raw` exists in the code but is not supported. */
export const VE_LAYOUTS: readonly EnumValue[] = [
  { value: 'simfs', doc: 'The container\'s files live in a directory tree on the host file system.' },
  { value: 'ploop', doc: 'The container\'s files live in a ploop image (expanded format).' },
  { value: 'ploop:expanded', doc: 'A ploop image that grows as data is written.' },
  { value: 'ploop:plain', doc: 'A ploop image allocated at its full size up front.' },
];

/** MEMINFO modes (reference §1.5). */
export const MEMINFO_MODES: readonly EnumValue[] = [
  { value: 'none', doc: 'Show the host\'s memory figures.' },
  { value: 'pages:N', doc: 'Show a fixed total of N pages.' },
  { value: 'privvmpages:N', doc: 'Show the PRIVVMPAGES limit multiplied by N.' },
];

export const NETFILTER_VALUES: readonly EnumValue[] = [
  { value: 'disabled', doc: 'No netfilter inside the container at all.' },
  { value: 'stateless', doc: 'Filtering without connection tracking (the default).' },
  { value: 'stateful', doc: 'Filtering with connection tracking, no NAT.' },
  { value: 'full', doc: 'Everything, NAT included.' },
];

/** NETIF fields per dialect (reference §1.4 row 70, §1.6). */
export const LEGACY_NETIF_FIELDS: readonly string[] = ['ifname', 'mac', 'host_ifname', 'host_mac', 'bridge', 'mac_filter'];
export const VZ7_NETIF_FIELDS: readonly string[] = [
  'ifname', 'host_ifname', 'mac', 'host_mac', 'gw', 'gw6', 'dhcp', 'dhcp6', 'mac_filter', 'ip_filter',
  'ifaceid', 'configure', 'network', 'type', 'vport', 'ip', 'ip6',
];

/** VZ7 DISK fields (reference §1.6). */
export const VZ7_DISK_FIELDS: readonly string[] = [
  'uuid', 'enabled', 'size', 'image', 'device', 'mnt', 'mnt_opts', 'autocompact', 'storage_url',
];
