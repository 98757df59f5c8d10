/**
 * Text tables in the layout of the real tools: `xl list` (xl_info.c
 * list_domains, reference xl-config.md §3) and `vzlist` default columns
 * CTID, NPROC, STATUS, IP_ADDR, HOSTNAME (reference openvz.md §3.3).
 */
import type { ContainerView, DomainView } from './views';

export const XL_LIST_HEADER = 'Name                                        ID   Mem VCPUs\tState\tTime(s)';

export function formatXlListRow(d: DomainView): string {
  const name = d.name.padEnd(40);
  return `${name} ${String(d.domid).padStart(5)} ${String(d.memoryMiB).padStart(5)} ${String(d.vcpus).padStart(5)}     ${d.stateFlags}  ${d.cpuSeconds.toFixed(1).padStart(8)}`;
}

export function formatXlList(domains: readonly DomainView[]): string {
  return [XL_LIST_HEADER, ...domains.map(formatXlListRow)].join('\n') + '\n';
}

export const VZLIST_HEADER = '      CTID      NPROC STATUS    IP_ADDR         HOSTNAME';

export function formatVzListRow(c: ContainerView): string {
  const ip = c.ipAddresses[0] ?? '-';
  const nproc = c.status === 'running' ? String(c.numproc) : '-';
  return `${String(c.ctid).padStart(10)} ${nproc.padStart(10)} ${c.status.padEnd(9)} ${ip.padEnd(15)} ${c.hostname || '-'}`;
}

export function formatVzList(containers: readonly ContainerView[]): string {
  return [VZLIST_HEADER, ...containers.map(formatVzListRow)].join('\n') + '\n';
}
