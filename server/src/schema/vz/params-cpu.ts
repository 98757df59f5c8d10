import type { VzParamDef } from './param-def';

/** CPU scheduling (reference openvz.md §1.4 rows 51–56; §1.6). */
export const cpuParams: readonly VzParamDef[] = [
  {
    name: 'CPUUNITS', topic: 'cpu', scope: 'ct', shape: { kind: 'integer', min: 8, max: 500000 },
    dialects: { legacy: 'read', vz7: 'read' }, cli: '--cpuunits', default: '1000',
    summary: 'CPU weight relative to other containers (8–500000).',
    doc: 'A container with twice the units of another gets twice its CPU time when both are busy. Values outside 8..500000 make vzctl skip the line.',
    example: 'CPUUNITS="1000"', samples: ['1000', '500', '2000'],
  },
  {
    name: 'CPUUWEIGHT', topic: 'cpu', scope: 'ct', shape: { kind: 'integer', min: 0 },
    dialects: { legacy: 'read' }, cli: '--cpuweight',
    summary: 'CPU weight (legacy spelling with a double U).',
    doc: 'The legacy vzctl table spells this key CPUUWEIGHT; Virtuozzo 7 spells it CPUWEIGHT.', example: 'CPUUWEIGHT="1"',
  },
  {
    name: 'CPUWEIGHT', topic: 'vz7', scope: 'ct', shape: { kind: 'integer', min: 0 },
    dialects: { vz7: 'read' }, cli: '--cpuweight',
    summary: 'CPU weight (Virtuozzo 7 spelling).', doc: 'Relative CPU share; legacy vzctl calls it CPUUWEIGHT.', example: 'CPUWEIGHT="1"',
  },
  {
    name: 'CPULIMIT', topic: 'cpu', scope: 'ct', shape: { kind: 'special', grammar: 'cpulimit' },
    dialects: { legacy: 'read', vz7: 'read' }, unit: 'percent of one CPU', cli: '--cpulimit', default: '0 (no limit)',
    summary: 'Hard cap on CPU time, in percent of one CPU.',
    doc: '`N` or `N%`: 100 is one full CPU, 200 two. With `%` the number may not exceed 100 and is multiplied by the host CPU count. 0 means no cap.',
    example: 'CPULIMIT="50"', samples: ['0', '50', '100'],
    vz7Note: 'Virtuozzo 7 also accepts `Nm` or `Nmhz` for a cap in MHz.',
  },
  {
    name: 'CPULIMIT_MHZ', topic: 'vz7', scope: 'ct', shape: { kind: 'integer', min: 0, unit: 'MHz' },
    dialects: { vz7: 'read' }, unit: 'MHz',
    summary: 'CPU cap in MHz (Virtuozzo 7).', doc: 'Stored by the tools when the cap was given in MHz.', example: 'CPULIMIT_MHZ="1000"',
  },
  {
    name: 'CPUS', topic: 'cpu', scope: 'ct', shape: { kind: 'integer', min: 0 },
    dialects: { legacy: 'read', vz7: 'read' }, cli: '--cpus',
    summary: 'Number of CPUs the container sees.', doc: 'Its processes run on at most this many CPUs at a time.', example: 'CPUS="2"', samples: ['1', '2', '4'],
  },
  {
    name: 'CPUMASK', topic: 'cpu', scope: 'ct', shape: { kind: 'special', grammar: 'cpumask' },
    dialects: { legacy: 'read', vz7: 'read' }, cli: '--cpumask', default: 'all',
    summary: 'Host CPUs the container may run on.',
    doc: '`all`, `auto` (follow NODEMASK) or a list of CPU numbers and ranges such as `0-2,7` (up to 4096 CPUs).', example: 'CPUMASK="0-3"', samples: ['all', 'auto', '0-3'],
  },
  {
    name: 'NODEMASK', topic: 'cpu', scope: 'ct', shape: { kind: 'special', grammar: 'nodemask' },
    dialects: { legacy: 'read', vz7: 'read' }, cli: '--nodemask',
    summary: 'NUMA nodes the container may use.', doc: '`all` or a list of node numbers and ranges such as `0,2-3`. Used together with CPUMASK.', example: 'NODEMASK="0"', samples: ['all', '0'],
  },
  {
    name: 'BURST_CPU_AVG_USAGE', topic: 'vz7', scope: 'ct', shape: { kind: 'integer', min: 0 },
    dialects: { vz7: 'read' }, cli: '--burst_cpu_avg_usage',
    summary: 'Average CPU usage that triggers burst limiting (Virtuozzo 7).', doc: 'Works with BURST_CPULIMIT.', example: 'BURST_CPU_AVG_USAGE="0"',
  },
  {
    name: 'BURST_CPULIMIT', topic: 'vz7', scope: 'ct', shape: { kind: 'integer', min: 0 },
    dialects: { vz7: 'read' }, cli: '--burst_cpulimit',
    summary: 'CPU cap applied while bursting (Virtuozzo 7).', doc: 'Works with BURST_CPU_AVG_USAGE.', example: 'BURST_CPULIMIT="0"',
  },
];
