import type { SpecKeyDef } from './types';

const onOff = [{ value: '0', doc: 'Off.' }, { value: '1', doc: 'On.' }];

/** VKB_SPEC (xl.cfg(5) `vkb`). */
export const vkbSpecKeys: readonly SpecKeyDef[] = [
  { name: 'unique-id', example: 'kbd0', summary: 'Identifier the backend uses to tell devices apart.' },
  { name: 'backend', example: 'Domain-0', default: 'Domain-0', summary: 'Domain that serves the device.' },
  {
    name: 'backend-type', required: true, example: 'linux', summary: 'Which backend serves the device. Required.',
    values: [{ value: 'qemu', doc: 'QEMU serves it.' }, { value: 'linux', doc: 'A Linux user-space backend serves it.' }],
  },
  { name: 'feature-disable-keyboard', example: '1', values: onOff, summary: 'Provide a pointer only, no keyboard.' },
  { name: 'feature-disable-pointer', example: '1', values: onOff, summary: 'Provide a keyboard only, no pointer.' },
  { name: 'feature-abs-pointer', example: '1', values: onOff, summary: 'Report absolute pointer positions.' },
  { name: 'feature-raw-pointer', example: '1', values: onOff, summary: 'Report raw (unaccelerated) pointer events.' },
  { name: 'feature-multi-touch', example: '1', values: onOff, summary: 'Provide a multi-touch device; needs the multi-touch sizes.' },
  { name: 'multi-touch-width', example: '1920', summary: 'Width of the multi-touch surface.' },
  { name: 'multi-touch-height', example: '1080', summary: 'Height of the multi-touch surface.' },
  { name: 'multi-touch-num-contacts', example: '10', summary: 'Number of simultaneous touch contacts.' },
  { name: 'width', example: '1920', summary: 'Width of the absolute pointer range.' },
  { name: 'height', example: '1080', summary: 'Height of the absolute pointer range.' },
];
