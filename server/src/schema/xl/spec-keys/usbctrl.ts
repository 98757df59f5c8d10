import type { SpecKeyDef } from './types';

/** USBCTRL_SPEC (xl.cfg(5) `usbctrl`). */
export const usbctrlSpecKeys: readonly SpecKeyDef[] = [
  {
    name: 'type', default: 'auto', example: 'qusb', summary: 'How the controller is provided.',
    values: [
      { value: 'auto', doc: 'Let libxl choose (the default).' },
      { value: 'pv', doc: 'A paravirtual controller served by the kernel backend.' },
      { value: 'qusb', doc: 'A paravirtual controller served by QEMU.' },
      { value: 'devicemodel', doc: 'An emulated controller in the device model (HVM only).' },
    ],
  },
  {
    name: 'version', default: '2', example: '2', summary: 'USB version of the controller; 3 only with type=devicemodel.',
    values: [{ value: '1', doc: 'USB 1.1.' }, { value: '2', doc: 'USB 2.0.' }, { value: '3', doc: 'USB 3.0 (devicemodel only).' }],
  },
  { name: 'ports', default: '8', example: '8', summary: 'Number of ports, 1 to 31 (device model: 2 for USB 1.1, 6 for USB 2, up to 15 for USB 3).' },
];
