import type { SpecKeyDef } from './types';

/** `ioports = [ 'N', 'N-M' ]`: hexadecimal I/O port numbers or ranges. */
export const ioportsSpecKeys: readonly SpecKeyDef[] = [
  { name: 'port', form: 'positional', example: '3f8-3ff', summary: 'An I/O port or an inclusive range, in hexadecimal (`N` or `N-M`).' },
];
