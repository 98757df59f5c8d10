import type { SpecKeyDef } from './types';

/** `llc_colors = [ 'N', 'N-M' ]`: last-level-cache colours (decimal). */
export const llcColorsSpecKeys: readonly SpecKeyDef[] = [
  { name: 'color', form: 'positional', example: '0-3', summary: 'A cache colour or an inclusive range, in decimal.' },
];
