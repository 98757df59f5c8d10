import type { SpecKeyDef } from './types';

/** RDM_RESERVATION_STRING (xl.cfg(5) `rdm`). */
export const rdmSpecKeys: readonly SpecKeyDef[] = [
  {
    name: 'strategy', example: 'host', summary: 'Which reserved device memory regions to keep free in the guest.',
    values: [{ value: 'host', doc: 'All regions the host reports, so devices can be hot-plugged later.' }],
  },
  {
    name: 'policy', example: 'relaxed', default: 'strict',
    summary: 'What to do on a clash; note that xl in this version drops the whole rdm setting when policy= is present.',
    values: [
      { value: 'strict', doc: 'Refuse to start on a clash.' },
      { value: 'relaxed', doc: 'Warn and continue.' },
    ],
  },
];
