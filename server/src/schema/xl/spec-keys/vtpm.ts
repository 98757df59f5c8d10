import type { SpecKeyDef } from './types';

/** VTPM_SPEC (xl.cfg(5) `vtpm`). */
export const vtpmSpecKeys: readonly SpecKeyDef[] = [
  { name: 'backend', required: true, example: 'vtpmmgr-dom', summary: 'Name of the domain that runs the vTPM backend (a vTPM stub domain). Required.' },
  { name: 'uuid', example: 'a1b2c3d4-0000-4000-8000-000000000001', default: 'a new random one at each start', summary: 'UUID identifying this vTPM to the backend, 8-4-4-4-12 hex digits.' },
];
