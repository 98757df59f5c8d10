import type { Span } from '../../../vz/ast';
import { pairOf } from '../model';
import { UNLIMITED } from '../values/numbers';
import type { VzCheck, VzCheckContext } from './check';
import { BASIC_SAMPLE, isVswap, NON_VSWAP_REQUIRED, ubRulesApply, VSWAP_REQUIRED } from './ub-mode';

/**
 * Presence and pair-shape rules of vzctl's start-time check and of
 * vzcfgvalidate, in VSwap and non-VSwap mode (reference openvz.md §1.7 B, D).
 */

const MUST_BE_EQUAL = ['NUMPROC', 'NUMTCPSOCK', 'NUMOTHERSOCK', 'SHMPAGES', 'NUMFILE', 'NUMPTY', 'NUMSIGINFO', 'NUMIPTENT'];
const LIMIT_UNLIMITED = ['VMGUARPAGES', 'OOMGUARPAGES'];
const BARRIER_NOT_ABOVE_LIMIT = ['KMEMSIZE', 'TCPSNDBUF', 'TCPRCVBUF', 'OTHERSOCKBUF', 'DGRAMRCVBUF', 'PRIVVMPAGES', 'LOCKEDPAGES', 'NUMFLOCK', 'DCACHESIZE'];

function firstLineSpan(ctx: VzCheckContext): Span {
  const first = ctx.model.assignments[0];
  return first ? first.node.key.span : { start: 0, end: 0 };
}

function diskQuotaOn(ctx: VzCheckContext): boolean {
  const quota = ctx.model.effective.get('DISK_QUOTA');
  return !quota || quota.node.value.text !== 'no';
}

function checkMissing(ctx: VzCheckContext, vswap: boolean): void {
  const required: readonly string[] = vswap ? VSWAP_REQUIRED : NON_VSWAP_REQUIRED;
  const missing = required.filter((name) => !ctx.model.effective.has(name));
  if (missing.length === 0) return;
  const physpages = ctx.model.effective.get('PHYSPAGES');
  const message = vswap
    ? `VSwap config without ${missing.join(', ')}: vzctl refuses to start it ("required UB parameter (swap) not set") and vzcfgvalidate reports an error.`
    : `Not all required UBC parameters are set: ${missing.join(', ')}. Without a PHYSPAGES limit this is a non-VSwap config, which vzctl will not start (exit 28). Set them, or give PHYSPAGES and SWAPPAGES limits for VSwap.`;
  ctx.report({
    code: 'vz/missing-required',
    span: vswap && physpages ? physpages.node.key.span : firstLineSpan(ctx),
    message,
    data: { missing, lines: missing.map((name) => `${name}="${BASIC_SAMPLE[name] ?? ''}"`) },
  });
}

function checkVswap(ctx: VzCheckContext): void {
  for (const name of VSWAP_REQUIRED) {
    const pair = pairOf(ctx.model, name);
    if (pair && pair.barrier.value !== 0) {
      ctx.report({
        code: 'vz/barrier-not-zero', span: pair.barrier.span,
        message: `${name}: in a VSwap config the barrier must be 0 (vzcfgvalidate error); the limit alone sets the size.`,
        data: { valueReplacement: `0:${pair.limit.text}` },
      });
    }
  }
}

function checkNonVswap(ctx: VzCheckContext): void {
  for (const name of MUST_BE_EQUAL) {
    const pair = pairOf(ctx.model, name);
    if (pair && pair.barrier.value !== pair.limit.value) {
      ctx.report({
        code: 'vz/barrier-not-equal-limit', span: pair.limit.span,
        message: `${name}: barrier (${pair.barrier.text}) and limit (${pair.limit.text}) must be equal (vzcfgvalidate error).`,
        data: { valueReplacement: `${pair.limit.text}:${pair.limit.text}` },
      });
    }
  }
  for (const name of LIMIT_UNLIMITED) {
    const pair = pairOf(ctx.model, name);
    if (pair && pair.limit.value < UNLIMITED) {
      ctx.report({
        code: 'vz/limit-not-unlimited', span: pair.limit.span,
        message: `${name}: without VSwap the limit must be unlimited (vzcfgvalidate error), not ${pair.limit.text}.`,
        data: { valueReplacement: `${pair.barrier.text}:unlimited` },
      });
    }
  }
  const barrierRules = diskQuotaOn(ctx) ? [...BARRIER_NOT_ABOVE_LIMIT, 'DISKSPACE', 'DISKINODES'] : BARRIER_NOT_ABOVE_LIMIT;
  for (const name of barrierRules) {
    const pair = pairOf(ctx.model, name);
    if (pair && pair.barrier.value > pair.limit.value) {
      const sides = name.startsWith('DISK') ? ['soft limit', 'hard limit'] : ['barrier', 'limit'];
      ctx.report({
        code: 'vz/barrier-above-limit', span: pair.barrier.span,
        message: `${name}: the ${sides[0]} (${pair.barrier.text}) is above the ${sides[1]} (${pair.limit.text}) (vzcfgvalidate error).`,
        data: { valueReplacement: `${pair.barrier.text}:${pair.barrier.text}` },
      });
    }
  }
  const physpages = pairOf(ctx.model, 'PHYSPAGES');
  if (physpages && physpages.barrier.value !== 0) {
    ctx.report({
      code: 'vz/barrier-not-zero', span: physpages.barrier.span,
      message: 'PHYSPAGES: without VSwap it must be 0:unlimited (vzcfgvalidate error).',
      data: { valueReplacement: '0:unlimited' },
    });
  }
}

export const vzcfgvalidateCheck: VzCheck = {
  name: 'vzcfgvalidate',
  run(ctx) {
    if (!ubRulesApply(ctx.model, ctx.fileKind)) return;
    const vswap = isVswap(ctx.model);
    checkMissing(ctx, vswap);
    if (vswap) checkVswap(ctx); else checkNonVswap(ctx);
  },
};
