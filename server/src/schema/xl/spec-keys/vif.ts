import type { SpecKeyDef } from './types';

/** The COLO proxy keys xl copies into the NIC unchanged (documented in xl(1) under `remus`). */
const coloKeyNames = [
  'colo_sock_mirror_id', 'colo_sock_mirror_ip', 'colo_sock_mirror_port',
  'colo_sock_compare_sec_in_id', 'colo_sock_compare_sec_in_ip', 'colo_sock_compare_sec_in_port',
  'colo_sock_redirector0_id', 'colo_sock_redirector0_ip', 'colo_sock_redirector0_port',
  'colo_sock_redirector1_id', 'colo_sock_redirector1_ip', 'colo_sock_redirector1_port',
  'colo_sock_redirector2_id', 'colo_sock_redirector2_ip', 'colo_sock_redirector2_port',
  'colo_sock_compare_pri_in_id', 'colo_sock_compare_pri_in_ip', 'colo_sock_compare_pri_in_port',
  'colo_sock_compare_notify_id', 'colo_sock_compare_notify_ip', 'colo_sock_compare_notify_port',
  'colo_filter_mirror_queue', 'colo_filter_mirror_outdev',
  'colo_filter_redirector0_queue', 'colo_filter_redirector0_indev', 'colo_filter_redirector0_outdev',
  'colo_filter_redirector1_queue', 'colo_filter_redirector1_indev', 'colo_filter_redirector1_outdev',
  'colo_compare_pri_in', 'colo_compare_sec_in', 'colo_compare_out', 'colo_compare_notify_dev',
  'colo_sock_sec_redirector0_id', 'colo_sock_sec_redirector0_ip', 'colo_sock_sec_redirector0_port',
  'colo_sock_sec_redirector1_id', 'colo_sock_sec_redirector1_ip', 'colo_sock_sec_redirector1_port',
  'colo_filter_sec_redirector0_queue', 'colo_filter_sec_redirector0_indev', 'colo_filter_sec_redirector0_outdev',
  'colo_filter_sec_redirector1_queue', 'colo_filter_sec_redirector1_indev', 'colo_filter_sec_redirector1_outdev',
  'colo_filter_sec_rewriter0_queue', 'colo_checkpoint_host', 'colo_checkpoint_port',
];

/** NET_SPEC (xl-network-configuration(5); parse_nic_config in xl_parse.c). */
export const vifSpecKeys: readonly SpecKeyDef[] = [
  {
    name: 'mac', example: '00:16:3e:12:34:56', default: 'random, in the Xen range 00:16:3e',
    summary: 'MAC address of the virtual NIC: six hexadecimal octets.',
    doc: 'Any single character may separate the octets, but `:` is usual. Keep the first octet even (unicast); the 00:16:3e prefix belongs to Xen.',
  },
  { name: 'bridge', example: 'xenbr0', default: 'xenbr0 (or vif.default.bridge in xl.conf)', summary: 'Host bridge the backend interface is added to (vif-bridge script).' },
  { name: 'gatewaydev', example: 'eth0', summary: 'Host interface used as the gateway by the vif-route and vif-nat scripts.' },
  {
    name: 'netdev', example: 'eth0', summary: 'Old name of `gatewaydev`.',
    deprecated: { replacement: 'gatewaydev', note: 'xl still accepts it but prints a deprecation notice; use gatewaydev.' },
  },
  {
    name: 'type', example: 'vif', default: 'ioemu (HVM)', summary: 'For HVM guests: emulated NIC plus PV NIC, or PV NIC only.',
    values: [
      { value: 'ioemu', doc: 'An emulated NIC (model=) that PV drivers can take over (the HVM default).' },
      { value: 'vif', doc: 'A paravirtual NIC only; the guest needs PV network drivers.' },
    ],
  },
  {
    name: 'model', example: 'e1000', default: 'rtl8139', summary: 'Emulated NIC model for HVM guests with type=ioemu; any model the device model knows.',
    values: [
      { value: 'rtl8139', doc: 'Realtek 8139 (the default).' },
      { value: 'e1000', doc: 'Intel e1000 gigabit NIC.' },
      { value: 'virtio-net', doc: 'A virtio network device (needs a guest driver).' },
    ],
  },
  { name: 'vifname', example: 'web0', default: 'vif<domid>.<devid>', summary: 'Name of the backend interface in the driver domain (the emulated tap gets an -emu suffix).' },
  { name: 'script', example: 'vif-route', default: 'vif-bridge', summary: 'Hotplug script that plumbs the backend interface into the host network.' },
  { name: 'ip', example: '192.0.2.10', summary: 'IP address(es) of the guest, used by scripts such as vif-route for routing and filtering.' },
  { name: 'backend', example: 'netdom', default: 'Domain-0', summary: 'Name of the driver domain that serves the NIC.' },
  {
    name: 'rate', example: '10MB/s@20ms', default: 'unlimited; replenished every 50ms',
    summary: 'Outbound bandwidth limit: `N[K|M|G]B/s` or bits `…b/s`, optionally `@interval` in s, ms or us.',
    doc: 'K, M and G are powers of 1000; a lowercase b means bits. The credit is refilled every interval (50 ms unless given). Bad values make xl refuse the whole file.',
  },
  { name: 'devid', example: '0', default: 'the lowest free index', summary: 'Device index of the NIC inside the guest.' },
  { name: 'mtu', example: '1500', default: '1500, or the bridge MTU', summary: 'Maximum transfer unit of the interface.' },
  { name: 'vlan', example: '10', summary: 'VLAN tag(s) for the backend port (`N[p|u]`, `N-M`, `N+OFFxCOUNT`, joined by `/`); handed to the script as is.' },
  { name: 'trusted', form: 'flag', default: 'on', summary: 'Hint to the guest that the backend is trusted (the default).' },
  { name: 'untrusted', form: 'flag', summary: 'Hint to the guest that the backend is not trusted.' },
  { name: 'forwarddev', example: 'eth1', summary: 'COLO: host interface that forwards traffic between primary and secondary.' },
  {
    name: 'accel', summary: 'Network acceleration plug-in (not supported).',
    deprecated: { note: 'xl reads it, says it is not supported and ignores it.' },
  },
  ...coloKeyNames.map((name): SpecKeyDef => ({ name, summary: `COLO proxy setting ${name.slice(5)} (see xl(1), remus).` })),
];
