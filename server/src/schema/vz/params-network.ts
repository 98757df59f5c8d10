import { NETFILTER_VALUES } from './enums';
import { YES_NO, type VzParamDef } from './param-def';

/** Networking (reference openvz.md §1.4 rows 7, 8, 34, 35, 38–40, 69, 70; §1.6). */
export const networkParams: readonly VzParamDef[] = [
  {
    name: 'IP_ADDRESS', topic: 'network', scope: 'ct', shape: { kind: 'list', item: 'ip', separators: ' \t' },
    dialects: { legacy: 'read', vz7: 'read' }, cli: '--ipadd / --ipdel',
    summary: 'Addresses of the container\'s venet interface.',
    doc: 'Blank-separated IPv4 or IPv6 addresses, each optionally with a `/prefix` (0–32 for IPv4, 0–128 for IPv6). `0.0.0.0` and `::` are skipped without a word, which is how sample configs leave it empty.',
    example: 'IP_ADDRESS="10.0.0.101 2001:db8::101"', samples: ['10.0.0.101', '192.168.1.10/24'],
  },
  {
    name: 'NETDEV', topic: 'network', scope: 'ct', shape: { kind: 'list', item: 'netdev', separators: ' \t' },
    dialects: { legacy: 'read', vz7: 'read' }, cli: '--netdev_add / --netdev_del',
    summary: 'Host network devices moved into the container.',
    doc: 'Blank-separated host interface names that the container takes over while it runs. Names starting with `venet`, `tun`, `tap` or `lo` are refused.',
    example: 'NETDEV="eth1"',
  },
  {
    name: 'NAMESERVER', topic: 'network', scope: 'both', shape: { kind: 'special', grammar: 'nameserver' },
    dialects: { legacy: 'read', vz7: 'read' }, cli: '--nameserver',
    summary: 'DNS servers written into the container\'s resolv.conf.',
    doc: 'Blank-separated IP addresses, or `inherit` to copy the host\'s /etc/resolv.conf.',
    example: 'NAMESERVER="8.8.8.8 8.8.4.4"', samples: ['inherit', '8.8.8.8 8.8.4.4'],
  },
  {
    name: 'SEARCHDOMAIN', topic: 'network', scope: 'both', shape: { kind: 'special', grammar: 'searchdomain' },
    dialects: { legacy: 'read', vz7: 'read' }, cli: '--searchdomain',
    summary: 'DNS search domains for the container.',
    doc: 'Blank-separated domain names, or `inherit` to take the host\'s.',
    example: 'SEARCHDOMAIN="example.com"', samples: ['inherit'],
  },
  {
    name: 'IPV6', topic: 'network', scope: 'both', shape: { kind: 'enum', values: YES_NO },
    dialects: { legacy: 'read', vz7: 'read' },
    summary: 'Enable IPv6 support for containers.', doc: 'Normally set once in vz.conf.', example: 'IPV6="yes"',
  },
  {
    name: 'NETFILTER', topic: 'network', scope: 'ct', shape: { kind: 'enum', values: NETFILTER_VALUES },
    dialects: { legacy: 'read', vz7: 'stored' }, cli: '--netfilter', default: 'stateless',
    summary: 'How much of netfilter the container may use.',
    doc: 'Chooses the firewall features available inside the container. A change takes effect at the next start. It replaces the obsolete IPTABLES module list.',
    example: 'NETFILTER="stateless"',
    vz7Note: 'Virtuozzo 7 keeps NETFILTER per container: it is never inherited from vz.conf.',
  },
  {
    name: 'IPTABLES', topic: 'network', scope: 'both', shape: { kind: 'list', item: 'iptables-module', separators: ' \t,' },
    dialects: { legacy: 'read', vz7: 'no-effect' }, cli: '--iptables',
    deprecated: { replacement: 'NETFILTER', note: 'The module list is obsolete; NETFILTER chooses the firewall features now.' },
    summary: 'Obsolete list of iptables modules for the container.',
    doc: 'Names of netfilter modules, separated by blanks or commas. Unknown names are skipped with a warning.',
    example: 'IPTABLES="iptable_filter ipt_state"',
  },
  {
    name: 'NETIF', topic: 'network', scope: 'ct', shape: { kind: 'special', grammar: 'netif' },
    dialects: { legacy: 'read', vz7: 'read' }, cli: '--netif_add',
    summary: 'Virtual Ethernet (veth) interfaces of the container.',
    doc: 'Interfaces separated by `;`, each a comma-separated list of `key=value` fields. `ifname` (at most 15 characters) is required. Legacy fields: `mac`, `host_ifname`, `host_mac`, `bridge`, `mac_filter=on|off`. Virtuozzo 7 adds `gw`, `gw6`, `dhcp`, `dhcp6`, `ip_filter`, `ifaceid`, `configure=none|all`, `network`, `type=bridge|routed`, `vport=ovs`, `ip` and `ip6` (which must come last).',
    example: 'NETIF="ifname=eth0,mac=00:18:51:AA:BB:CC,host_ifname=veth101.0,host_mac=00:18:51:BB:CC:DD"',
  },
  {
    name: 'VETH', topic: 'network', scope: 'ct', shape: { kind: 'string', format: 'free' },
    dialects: { legacy: 'deprecated' },
    deprecated: { replacement: 'NETIF', note: 'vzctl prints a deprecation warning when it reads VETH; use NETIF.' },
    summary: 'Old veth interface syntax (deprecated).', doc: 'Superseded by NETIF.', example: 'VETH=""',
  },
  {
    name: 'TRAFFIC_SHAPING', topic: 'global', scope: 'global', shape: { kind: 'enum', values: YES_NO },
    dialects: { vz7: 'read' }, default: 'no',
    summary: 'Turn on traffic shaping (Virtuozzo 7).', doc: 'Enables the RATE and TOTALRATE limits.', example: 'TRAFFIC_SHAPING="no"',
  },
  {
    name: 'TOTALRATE', topic: 'global', scope: 'global', shape: { kind: 'list', item: 'rate', separators: ' \t,' },
    dialects: { vz7: 'read' },
    summary: 'Bandwidth of each traffic class on a host device (Virtuozzo 7).',
    doc: 'Items `dev:class:Kbit/s`; `*` stands for every device.', example: 'TOTALRATE="*:1:4000"', samples: ['*:1:4000'],
  },
  {
    name: 'RATE', topic: 'network', scope: 'both', shape: { kind: 'list', item: 'rate', separators: ' \t,' },
    dialects: { vz7: 'read' }, cli: '--rate',
    summary: 'Bandwidth of the container per device and class (Virtuozzo 7).',
    doc: 'Items `dev:class:Kbit/s`; `*` stands for every device.', example: 'RATE="*:1:8"', samples: ['*:1:8'],
  },
  {
    name: 'RATEBOUND', topic: 'network', scope: 'ct', shape: { kind: 'enum', values: YES_NO },
    dialects: { vz7: 'read' }, cli: '--ratebound',
    summary: 'Keep the container strictly within RATE (Virtuozzo 7).', doc: 'With `yes` the container cannot borrow idle bandwidth.', example: 'RATEBOUND="no"',
  },
  {
    name: 'RATEMPU', topic: 'global', scope: 'global', shape: { kind: 'list', item: 'ratempu', separators: ' \t,' },
    dialects: { vz7: 'read' },
    summary: 'Minimum packet unit for shaping (Virtuozzo 7).', doc: 'Items `dev:class[:bytes]`; the default unit is 1000 bytes.', example: 'RATEMPU="*:1:1000"',
  },
  {
    name: 'USE_NET_RPS', topic: 'network', scope: 'both', shape: { kind: 'enum', values: YES_NO },
    dialects: { vz7: 'read' },
    summary: 'Receive packet steering for container interfaces (Virtuozzo 7).', doc: 'Spreads received packets over CPUs.', example: 'USE_NET_RPS="yes"',
  },
  {
    name: 'APPLY_IPONLY', topic: 'network', scope: 'ct', shape: { kind: 'enum', values: YES_NO },
    dialects: { vz7: 'read' }, cli: '--apply-iponly',
    summary: 'Configure addresses only (Virtuozzo 7).', doc: 'With `yes`, vzctl sets the IP addresses but leaves the host name and DNS inside the container alone.', example: 'APPLY_IPONLY="no"',
  },
];
