import type { SpecKeyDef } from './types';

/** PV Calls connections (xl.cfg(5) `pvcalls`). */
export const pvcallsSpecKeys: readonly SpecKeyDef[] = [
  { name: 'backend', example: 'Domain-0', default: 'Domain-0', summary: 'Domain that serves the PV Calls (socket-level networking) backend.' },
];
