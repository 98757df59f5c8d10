import type { SpecKeyDef } from './types';

/**
 * `xenstore_quota = [ 'name=N', … ]`: overrides of xenstored's per-domain
 * limits. Names as the C xenstored knows them (`xl xenstore-quota-get -g`
 * lists what the running one supports); defaults are the C xenstored's.
 */
export const xenstoreQuotaSpecKeys: readonly SpecKeyDef[] = [
  { name: 'nodes', example: '1000', default: '1000', summary: 'Most nodes the domain may own.' },
  { name: 'watches', example: '128', default: '128', summary: 'Most watches the domain may register.' },
  { name: 'outstanding', example: '20', default: '20', summary: 'Most requests in flight at once.' },
  { name: 'memory', example: '2097152', summary: 'Most memory, in bytes, the domain\'s nodes may use.' },
  { name: 'transactions', example: '10', default: '10', summary: 'Most transactions open at once.' },
  { name: 'transaction-nodes', example: '1024', default: '1024', summary: 'Most nodes one transaction may touch.' },
  { name: 'node-permissions', example: '5', default: '5', summary: 'Most permission entries on one node.' },
  { name: 'path-max', example: '1024', summary: 'Longest node path, in characters.' },
  { name: 'node-size', example: '2048', default: '2048', summary: 'Largest node (value plus metadata), in bytes.' },
];
