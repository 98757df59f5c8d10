import type { XlSpecLanguage } from '../key-def';
import type { SpecKeyDef } from './types';
import { diskSpecKeys } from './disk';
import { vifSpecKeys } from './vif';
import { pciSpecKeys } from './pci';
import { cpulistSpecKeys } from './cpulist';

export type { SpecKeyDef } from './types';

/** Sub-keys of every spec sub-language, for completion, hover and the README. */
export const specKeys: Readonly<Record<XlSpecLanguage, readonly SpecKeyDef[]>> = {
  disk: diskSpecKeys,
  vif: vifSpecKeys,
  pci: pciSpecKeys,
  vtpm: [],
  p9: [],
  pvcalls: [],
  vfb: [],
  channel: [],
  rdm: [],
  usbctrl: [],
  usbdev: [],
  vdispl: [],
  vkb: [],
  virtio: [],
  vsnd: [],
  vnuma: [],
  smbios: [],
  cpuid: [],
  viridian: [],
  arm_sci: [],
  xenstore_quota: [],
  cpulist: cpulistSpecKeys,
  ioports: [],
  iomem: [],
  irqs: [],
  llc_colors: [],
};
