import type { SpecKeyDef } from './types';

/** One vNUMA node: a list of `key=value` strings (xl.cfg(5) `vnuma`). */
export const vnumaSpecKeys: readonly SpecKeyDef[] = [
  { name: 'pnode', required: true, example: '0', summary: 'Physical NUMA node the virtual node is placed on.' },
  { name: 'size', required: true, example: '1024', summary: 'Memory of the virtual node in MiB; the sizes must add up to maxmem when it is set.' },
  { name: 'vcpus', required: true, example: '0-1', summary: 'vCPUs of this node as `N` or `N-M` joined by commas; the counts must add up to maxvcpus when it is set.' },
  { name: 'vdistances', required: true, example: '10,20', summary: 'Distance from this node to each virtual node, in node order, separated by commas.' },
];
