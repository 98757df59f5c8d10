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
import { specCursorAt } from './cursor';

export type { SpecAnalysis, SpecContext, SpecCursor, SpecField, SpecIssue, SpecItem } from './types';
export { specCodes } from './codes';

type Analyser = (value: XlValue, context: SpecContext) => SpecAnalysis;

const empty: Analyser = () => ({ items: [], issues: [] });

const analysers: Readonly<Record<XlSpecLanguage, Analyser>> = {
  disk: analyseDisk,
  vif: analyseVif,
  pci: analysePci,
  cpulist: analyseCpulist,
  vtpm: empty,
  p9: empty,
  pvcalls: empty,
  vfb: empty,
  channel: empty,
  rdm: empty,
  usbctrl: empty,
  usbdev: empty,
  vdispl: empty,
  vkb: empty,
  virtio: empty,
  vsnd: empty,
  vnuma: empty,
  smbios: empty,
  cpuid: empty,
  viridian: empty,
  arm_sci: empty,
  xenstore_quota: empty,
  ioports: empty,
  iomem: empty,
  irqs: empty,
  llc_colors: empty,
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
