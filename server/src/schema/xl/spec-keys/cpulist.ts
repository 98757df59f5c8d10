import type { SpecKeyDef } from './types';

/** The parts of a CPU list (`cpus`, `cpus_soft`), separated by commas. */
export const cpulistSpecKeys: readonly SpecKeyDef[] = [
  { name: 'all', form: 'flag', summary: 'Every physical CPU.' },
  { name: 'node:', form: 'flag', example: 'node:0', summary: 'Every CPU of NUMA node N (`node:N`, or a range `nodes:N-M`).' },
  { name: 'nodes:', form: 'flag', example: 'nodes:0-1', summary: 'Every CPU of NUMA nodes N to M.' },
  { name: '^', form: 'flag', example: '^3', summary: 'Excludes the CPU (or `^node:N`) that follows from what is listed before it; `^all` is refused.' },
];
