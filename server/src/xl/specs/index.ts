/**
 * Entry points for the spec sub-languages inside xl values (reference
 * xl-config.md §2.3): analysis with document spans, and cursor context.
 */
import type { XlString, XlValue } from '../ast';
import type { XlSpecLanguage } from '../../schema/xl/key-def';
import type { SpecAnalysis, SpecContext, SpecCursor } from './types';
import { analyseDisk } from './disk';
import { analyseVif } from './vif';
import { analysePci } from './pci';
import { analyseCpulist } from './cpulist';
import { analyseVtpm } from './vtpm';
import { analyseP9 } from './p9';
import { analysePvcalls } from './pvcalls';
import { analyseVfb } from './vfb';
import { analyseChannel } from './channel';
import { analyseRdm } from './rdm';
import { analyseUsbctrl } from './usbctrl';
import { analyseUsbdev } from './usbdev';
import { analyseVdispl } from './vdispl';
import { analyseVkb } from './vkb';
import { analyseVirtio } from './virtio';
import { analyseVsnd } from './vsnd';
import { analyseVnuma } from './vnuma';
import { analyseSmbios } from './smbios';
import { analyseCpuid } from './cpuid';
import { analyseViridian } from './viridian';
import { analyseArmSci } from './arm-sci';
import { analyseXenstoreQuota } from './xenstore-quota';
import { analyseIoports } from './ioports';
import { analyseIomem } from './iomem';
import { analyseIrqs } from './irqs';
import { analyseLlcColors } from './llc-colors';
import { specCursorAt } from './cursor';

export type { SpecAnalysis, SpecContext, SpecCursor, SpecField, SpecIssue, SpecItem } from './types';
export { specCodes } from './codes';

type Analyser = (value: XlValue, context: SpecContext) => SpecAnalysis;

const analysers: Readonly<Record<XlSpecLanguage, Analyser>> = {
  disk: analyseDisk,
  vif: analyseVif,
  pci: analysePci,
  cpulist: analyseCpulist,
  vtpm: analyseVtpm,
  p9: analyseP9,
  pvcalls: analysePvcalls,
  vfb: analyseVfb,
  channel: analyseChannel,
  rdm: analyseRdm,
  usbctrl: analyseUsbctrl,
  usbdev: analyseUsbdev,
  vdispl: analyseVdispl,
  vkb: analyseVkb,
  virtio: analyseVirtio,
  vsnd: analyseVsnd,
  vnuma: analyseVnuma,
  smbios: analyseSmbios,
  cpuid: analyseCpuid,
  viridian: analyseViridian,
  arm_sci: analyseArmSci,
  xenstore_quota: analyseXenstoreQuota,
  ioports: analyseIoports,
  iomem: analyseIomem,
  irqs: analyseIrqs,
  llc_colors: analyseLlcColors,
};

/**
 * Analyses the whole value of a key whose items are written in `language`.
 * Values of the wrong shape are left to the validator; whatever can be read
 * is analysed. Every input is handled without throwing (property-tested).
 */
export function analyseSpec(language: XlSpecLanguage, value: XlValue, context: SpecContext): SpecAnalysis {
  return analysers[language](value, context);
}

/** Cursor context inside one spec string, for completion. */
export function specCursor(language: XlSpecLanguage, item: XlString, documentOffset: number): SpecCursor | undefined {
  return specCursorAt(language, item, documentOffset);
}
