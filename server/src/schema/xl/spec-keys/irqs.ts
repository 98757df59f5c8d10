import type { SpecKeyDef } from './types';

/** `irqs = [ N, … ]`: decimal IRQ numbers. */
export const irqsSpecKeys: readonly SpecKeyDef[] = [
  { name: 'irq', form: 'positional', example: '7', summary: 'A physical IRQ number, in decimal.' },
];
