import type { SpecKeyDef } from './types';

/** USBDEV_SPEC (xl.cfg(5) `usbdev`). */
export const usbdevSpecKeys: readonly SpecKeyDef[] = [
  { name: 'type', default: 'hostdev', example: 'hostdev', summary: 'Kind of device; only a host device is supported.', values: [{ value: 'hostdev', doc: 'A USB device of the host, by bus and address.' }] },
  { name: 'hostbus', example: '1', summary: 'Host USB bus number of the device (see lsusb).' },
  { name: 'hostaddr', example: '3', summary: 'Host USB device address on that bus (see lsusb).' },
  { name: 'controller', example: '0', default: 'first free port on any controller', summary: 'Guest controller (devid) to attach to.' },
  { name: 'port', example: '1', summary: 'Port on that controller; needs controller=.' },
];
