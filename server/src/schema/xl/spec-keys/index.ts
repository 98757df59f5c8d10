import type { XlSpecLanguage } from '../key-def';
import type { SpecKeyDef } from './types';
import { diskSpecKeys } from './disk';
import { vifSpecKeys } from './vif';
import { pciSpecKeys } from './pci';
import { cpulistSpecKeys } from './cpulist';
import { vtpmSpecKeys } from './vtpm';
import { p9SpecKeys } from './p9';
import { pvcallsSpecKeys } from './pvcalls';
import { vfbSpecKeys } from './vfb';
import { channelSpecKeys } from './channel';
import { rdmSpecKeys } from './rdm';
import { usbctrlSpecKeys } from './usbctrl';
import { usbdevSpecKeys } from './usbdev';
import { vdisplSpecKeys } from './vdispl';
import { vkbSpecKeys } from './vkb';
import { virtioSpecKeys } from './virtio';
import { vsndSpecKeys } from './vsnd';
import { vnumaSpecKeys } from './vnuma';
import { smbiosSpecKeys } from './smbios';
import { cpuidSpecKeys } from './cpuid';
import { viridianSpecKeys } from './viridian';
import { armSciSpecKeys } from './arm-sci';
import { xenstoreQuotaSpecKeys } from './xenstore-quota';
import { ioportsSpecKeys } from './ioports';
import { iomemSpecKeys } from './iomem';
import { irqsSpecKeys } from './irqs';
import { llcColorsSpecKeys } from './llc-colors';

export type { SpecKeyDef } from './types';

/** Sub-keys of every spec sub-language, for completion, hover and the README. */
export const specKeys: Readonly<Record<XlSpecLanguage, readonly SpecKeyDef[]>> = {
  disk: diskSpecKeys,
  vif: vifSpecKeys,
  pci: pciSpecKeys,
  vtpm: vtpmSpecKeys,
  p9: p9SpecKeys,
  pvcalls: pvcallsSpecKeys,
  vfb: vfbSpecKeys,
  channel: channelSpecKeys,
  rdm: rdmSpecKeys,
  usbctrl: usbctrlSpecKeys,
  usbdev: usbdevSpecKeys,
  vdispl: vdisplSpecKeys,
  vkb: vkbSpecKeys,
  virtio: virtioSpecKeys,
  vsnd: vsndSpecKeys,
  vnuma: vnumaSpecKeys,
  smbios: smbiosSpecKeys,
  cpuid: cpuidSpecKeys,
  viridian: viridianSpecKeys,
  arm_sci: armSciSpecKeys,
  xenstore_quota: xenstoreQuotaSpecKeys,
  cpulist: cpulistSpecKeys,
  ioports: ioportsSpecKeys,
  iomem: iomemSpecKeys,
  irqs: irqsSpecKeys,
  llc_colors: llcColorsSpecKeys,
};
