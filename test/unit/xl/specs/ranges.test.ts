import { runCases } from './table';

describe('xl spec: ioports', () => runCases('ioports', [{ source: ['3f8-3ff', '0x2f8', '60'] }], [
  { source: ['serial'], code: 'xl/ioports-bad-range', at: 'serial', says: 'Invalid argument parsing ioport: serial', severity: 'error' },
  { source: ['com1'], code: 'xl/ioports-trailing-junk', at: 'om1', says: 'xl ignores "om1"', severity: 'warning' },
  { source: ['3f8-'], code: 'xl/ioports-bad-range', at: '3f8-', says: 'Invalid argument parsing ioport: 3f8-', severity: 'error' },
  { source: ['ffffffff'], code: 'xl/ioports-too-big', at: 'ffffffff', says: 'ioport ffffffff too big', severity: 'error' },
  { source: ['3f8 '], code: 'xl/ioports-trailing-junk', at: ' ', says: 'Invalid argument parsing ioport: 3f8 ', severity: 'warning' },
  { source: ['3ff-3f8'], code: 'xl/ioports-reversed-range', at: '3ff-3f8', says: 'ends below its start', severity: 'warning' },
]));

describe('xl spec: irqs', () => runCases('irqs', [{ source: [7, '9', 11] }], [
  { source: ['0x7'], code: 'xl/irqs-bad-number', at: '0x7', says: 'Invalid argument parsing irq: 0x7', severity: 'error' },
  { source: [4294967295], code: 'xl/irqs-too-big', at: '4294967295', says: 'irq ffffffff too big', severity: 'error' },
]));

describe('xl spec: iomem', () => runCases('iomem', [{ source: ['fe000,1', 'fe000,10@c0000', '0x,0'] }], [
  { source: ['fe000'], code: 'xl/iomem-bad-range', at: 'fe000', says: 'Invalid argument parsing iomem: fe000', severity: 'error' },
  { source: ['fe000,1@'], code: 'xl/iomem-bad-range', at: 'fe000,1@', says: '"@" is left over', severity: 'error' },
]));

describe('xl spec: llc_colors', () => runCases('llc_colors', [{ source: ['0-3', '8', '12-15', '3-x'] }], [
  { source: ['80-4294967296'], code: 'xl/llc-colors-reversed-range', at: '80-4294967296', says: 'greater than end', severity: 'error' },
  { source: ['red'], code: 'xl/llc-colors-bad-range', at: 'red', says: 'Invalid LLC color range: red', severity: 'error' },
  { source: ['7-2'], code: 'xl/llc-colors-reversed-range', at: '7-2', says: 'Start LLC color is greater than end: 7-2', severity: 'error' },
]));
