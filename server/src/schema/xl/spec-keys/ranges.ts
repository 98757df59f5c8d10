import type { SpecKeyDef } from './types';

/** `ioports = [ 'N', 'N-M' ]`: hexadecimal I/O port numbers or ranges. */
export const ioportsSpecKeys: readonly SpecKeyDef[] = [
  { name: 'port', form: 'positional', example: '3f8-3ff', summary: 'An I/O port or an inclusive range, in hexadecimal (`N` or `N-M`).' },
];

/** `iomem = [ 'START,PAGES[@GFN]' ]`: hexadecimal page numbers. */
export const iomemSpecKeys: readonly SpecKeyDef[] = [
  { name: 'range', form: 'positional', example: 'fe000,1@fe000', summary: 'First machine page, number of pages, and optionally the guest page to map it at, all hexadecimal.' },
];

/** `irqs = [ N, … ]`: decimal IRQ numbers. */
export const irqsSpecKeys: readonly SpecKeyDef[] = [
  { name: 'irq', form: 'positional', example: '7', summary: 'A physical IRQ number, in decimal.' },
];

/** `llc_colors = [ 'N', 'N-M' ]`: last-level-cache colours (decimal). */
export const llcColorsSpecKeys: readonly SpecKeyDef[] = [
  { name: 'color', form: 'positional', example: '0-3', summary: 'A cache colour or an inclusive range, in decimal.' },
];
