import type { SpecKeyDef } from './types';

/** PCI_SPEC_STRING (xl-pci-configuration(5); libxlu_pci.c). */
export const pciSpecKeys: readonly SpecKeyDef[] = [
  {
    name: 'bdf', form: 'key-value', example: '0000:03:00.0',
    summary: 'Host PCI address `[DDDD:]BB:DD.F` (hex), usually written first without `bdf=`.',
    doc: 'Domain up to ffff, bus up to ff, device up to 1f, function 0-7; `*` as the function passes all functions. Exactly one of bdf and name must be given.',
  },
  {
    name: 'vslot', form: 'key-value', example: '0x5', default: 'chosen automatically',
    summary: 'Virtual slot in the guest (hexadecimal, at most 1f); also written as `@slot` after the address.',
    doc: 'The number is read as hex, so `vslot=20` means slot 0x20, which is above the limit and refused.',
  },
  { name: 'permissive', form: 'key-value', example: '1', default: 'pci_permissive (0)', summary: 'Let the guest write to all PCI config space (risky; some devices need it).', values: [{ value: '0', doc: 'Off.' }, { value: '1', doc: 'On.' }] },
  { name: 'msitranslate', form: 'key-value', example: '1', default: 'pci_msitranslate (0)', summary: 'Translate MSI to INTx in the device model (HVM).', values: [{ value: '0', doc: 'Off.' }, { value: '1', doc: 'On.' }] },
  { name: 'seize', form: 'key-value', example: '1', default: 'pci_seize (0)', summary: 'Take the device from its host driver when it is not yet assignable.', values: [{ value: '0', doc: 'Off.' }, { value: '1', doc: 'On.' }] },
  { name: 'power_mgmt', form: 'key-value', example: '1', default: 'pci_power_mgmt (0)', summary: 'Let the HVM guest control device power states.', values: [{ value: '0', doc: 'Off.' }, { value: '1', doc: 'On.' }] },
  {
    name: 'rdm_policy', form: 'key-value', example: 'relaxed', default: 'strict (or the rdm= policy)',
    summary: 'What to do when the device\'s reserved memory clashes with guest memory.',
    values: [
      { value: 'strict', doc: 'Refuse to start the guest on a clash.' },
      { value: 'relaxed', doc: 'Warn and continue.' },
    ],
  },
  { name: 'name', form: 'key-value', example: 'gpu0', summary: 'Name given with `xl pci-assignable-add -n`; use instead of a BDF, never together.' },
];
