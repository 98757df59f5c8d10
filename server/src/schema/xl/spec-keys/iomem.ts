import type { SpecKeyDef } from './types';

/** `iomem = [ 'START,PAGES[@GFN]' ]`: hexadecimal page numbers. */
export const iomemSpecKeys: readonly SpecKeyDef[] = [
  { name: 'range', form: 'positional', example: 'fe000,1@fe000', summary: 'First machine page, number of pages, and optionally the guest page to map it at, all hexadecimal.' },
];
