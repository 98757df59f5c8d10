import type { SpecKeyDef } from './types';

/** 9PFS_SPEC (xl.cfg(5) `p9`); blanks around keys and values are ignored. */
export const p9SpecKeys: readonly SpecKeyDef[] = [
  {
    name: 'type', default: 'qemu', example: 'xen_9pfsd', summary: 'Which backend serves the share.',
    values: [
      { value: 'qemu', doc: 'QEMU serves the share (the default).' },
      { value: 'xen_9pfsd', doc: 'The xen-9pfsd daemon serves the share (used for PV shims and logs).' },
    ],
  },
  { name: 'tag', required: true, example: 'share0', default: 'Xen (xen_9pfsd)', summary: 'Mount tag the guest uses to find the share (required for qemu).' },
  {
    name: 'security_model', required: true, example: 'none', summary: 'How file ownership and permissions are mapped; required, and only none is supported.',
    values: [{ value: 'none', doc: 'Files are accessed with the backend\'s own credentials.' }],
  },
  { name: 'path', required: true, example: '/srv/share', default: '<log dir>/guests/<name> (xen_9pfsd)', summary: 'Host folder to share (required for qemu).' },
  { name: 'backend', example: 'Domain-0', default: 'Domain-0', summary: 'Domain that serves the share.' },
  { name: 'max-files', example: '0', default: '0 (unlimited)', summary: 'xen_9pfsd only: most files the share may hold.' },
  { name: 'max-open-files', example: '5', default: '5', summary: 'xen_9pfsd only: most files the guest may keep open.' },
  { name: 'max-space', example: '0', default: '0 (unlimited)', summary: 'xen_9pfsd only: most space the share may use, in MiB.' },
  { name: 'auto-delete', example: '1', default: '0', summary: 'xen_9pfsd only: delete the oldest files when a limit is hit.', values: [{ value: '0', doc: 'Off.' }, { value: '1', doc: 'On.' }] },
];
