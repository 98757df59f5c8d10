import type { SpecKeyDef } from './types';

/** VDISPL_SPEC (xl.cfg(5) `vdispl`). */
export const vdisplSpecKeys: readonly SpecKeyDef[] = [
  { name: 'backend', example: 'Domain-0', default: 'Domain-0', summary: 'Domain that serves the display backend.' },
  { name: 'be-alloc', example: '1', default: '0', summary: 'Let the backend allocate the display buffers.', values: [{ value: '0', doc: 'The frontend allocates them.' }, { value: '1', doc: 'The backend allocates them.' }] },
  { name: 'connectors', required: true, example: 'hdmi:1920x1080;dp:1280x720', summary: 'Connectors as `id:WIDTHxHEIGHT`, separated by `;`; at least one.' },
];
