import { innerSpan } from '../../../vz/parts';
import { pairOf } from '../model';
import type { VzCheck } from './check';

/** NUMIPTENT below 16 is raised to 16:16 when the container starts (reference openvz.md §1.7 B). */
export const numiptentCheck: VzCheck = {
  name: 'numiptent',
  run(ctx) {
    if (ctx.model.dialect !== 'legacy' || ctx.fileKind !== 'container') return;
    const pair = pairOf(ctx.model, 'NUMIPTENT');
    if (!pair) return;
    const low = [pair.barrier, pair.limit].find((side) => !side.unlimited && side.value < 16);
    if (low) {
      ctx.report({
        code: 'vz/numiptent-raised', span: low.span,
        message: `NUMIPTENT ${low.value} is below 16: vzctl raises it to 16:16 with a warning when the container starts.`,
        data: { valueReplacement: '16:16' },
      });
    }
  },
};

/** VE_ROOT / VE_PRIVATE in vz.conf are templates for every container: they need `$VEID` (reference §1.2). */
export const veidPathCheck: VzCheck = {
  name: 'veid-path',
  run(ctx) {
    if (ctx.fileKind !== 'global') return;
    for (const name of ['VE_ROOT', 'VE_PRIVATE']) {
      const bound = ctx.model.effective.get(name);
      if (bound && !/\$VEID\b|\$\{VEID\}/.test(bound.node.value.text)) {
        ctx.report({
          code: 'vz/missing-veid', span: innerSpan(bound.node.value),
          message: `${name} in vz.conf has no $VEID: every container would get the same directory. Add /$VEID.`,
          data: { valueReplacement: `${bound.node.value.text.replace(/\/+$/, '')}/$VEID` },
        });
      }
    }
  },
};

/** Sizes so small in the parameter's own unit (under 16 MiB of memory, 10 MiB of disk) that a suffix was almost surely meant. */
const SUSPICIOUS: Readonly<Record<string, { below: number; suffix: string; unit: string }>> = {
  PHYSPAGES: { below: 4096, suffix: 'M', unit: 'pages' },
  SWAPPAGES: { below: 4096, suffix: 'M', unit: 'pages' },
  PRIVVMPAGES: { below: 4096, suffix: 'M', unit: 'pages' },
  DISKSPACE: { below: 10240, suffix: 'G', unit: 'KiB' },
};

export const suspiciousUnitCheck: VzCheck = {
  name: 'suspicious-unit',
  run(ctx) {
    for (const [name, rule] of Object.entries(SUSPICIOUS)) {
      const pair = pairOf(ctx.model, name);
      if (!pair) continue;
      const sides = pair.single ? [pair.barrier] : [pair.barrier, pair.limit];
      for (const side of sides) {
        if (!side.bare || side.unlimited || side.value === 0 || side.value >= rule.below) continue;
        ctx.report({
          code: 'vz/suspicious-unit', span: side.span,
          message: `${name} ${side.text} means ${side.text} ${rule.unit}, which is tiny. Did you mean ${side.text}${rule.suffix}?`,
          data: { replacement: `${side.text}${rule.suffix}` },
        });
      }
    }
  },
};
