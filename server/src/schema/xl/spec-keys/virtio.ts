import type { SpecKeyDef } from './types';

/** VIRTIO_DEVICE strings (xl.cfg(5) `virtio`, Arm). */
export const virtioSpecKeys: readonly SpecKeyDef[] = [
  { name: 'backend', example: 'Domain-0', default: 'Domain-0', summary: 'Domain that runs the virtio backend.' },
  { name: 'type', required: true, example: 'virtio,device22', summary: 'Device type as `virtio,device<N>` (N in lowercase hex); the only value that may contain a comma.' },
  { name: 'transport', default: 'mmio', example: 'mmio', summary: 'How the device is exposed to the guest.', values: [{ value: 'mmio', doc: 'virtio-mmio.' }] },
  { name: 'grant_usage', example: '1', default: '1 when the backend is not Domain-0', summary: 'Use grant mappings for the device memory.', values: [{ value: '0', doc: 'Off.' }, { value: '1', doc: 'On.' }] },
];
