import type { VzModel } from '../model';
import { pairOf } from '../model';
import type { PairSide } from '../values/pair';
import type { VzCheck, VzCheckContext } from './check';
import { isVswap, ubRulesApply } from './ub-mode';

/**
 * The sizing formulas vzcfgvalidate checks in non-VSwap mode (reference
 * openvz.md §1.7 D). Units are those of the config values; the tool tests with
 * `<`, so equality passes. A rule is skipped when one of its inputs is missing,
 * unreadable or unlimited (there is nothing sensible to compare).
 */

const KIB = 1024;

function finite(side: PairSide | undefined): number | undefined {
  return side && !side.unlimited ? side.value : undefined;
}

function barrierOf(model: VzModel, name: string): number | undefined {
  return finite(pairOf(model, name)?.barrier);
}

function limitOf(model: VzModel, name: string): number | undefined {
  return finite(pairOf(model, name)?.limit);
}

/** AVNUMPROC barrier, or half the NUMPROC barrier when absent. */
function avnumproc(model: VzModel): number | undefined {
  const explicit = barrierOf(model, 'AVNUMPROC');
  if (explicit !== undefined) return explicit;
  const numproc = barrierOf(model, 'NUMPROC');
  return numproc === undefined ? undefined : Math.floor(numproc / 2);
}

/** The lines of the other parameters a formula reads, for the diagnostic's related information. */
function relatedTo(model: VzModel, names: readonly string[]): { span: { start: number; end: number }; message: string }[] {
  return names.flatMap((name) => {
    const bound = model.effective.get(name);
    return bound ? [{ span: bound.node.span, message: `${name} is used in this rule` }] : [];
  });
}

function checkKmemsize(ctx: VzCheckContext): void {
  const kmem = pairOf(ctx.model, 'KMEMSIZE');
  const procs = avnumproc(ctx.model);
  const dcache = limitOf(ctx.model, 'DCACHESIZE');
  if (!kmem || kmem.barrier.unlimited || procs === undefined || dcache === undefined) return;
  const needed = 40 * KIB * procs + dcache;
  if (kmem.barrier.value < needed) {
    ctx.report({
      code: 'vz/kmemsize-too-low', span: kmem.barrier.span,
      message: `KMEMSIZE barrier ${kmem.barrier.value} is below 40 KiB × avnumproc (${procs}) + DCACHESIZE limit (${dcache}) = ${needed} bytes (vzcfgvalidate error).`,
      data: { minimum: needed },
      related: relatedTo(ctx.model, ['DCACHESIZE', 'AVNUMPROC', 'NUMPROC']),
    });
  }
}

function checkDcachesize(ctx: VzCheckContext): void {
  const dcache = pairOf(ctx.model, 'DCACHESIZE');
  const numfile = barrierOf(ctx.model, 'NUMFILE');
  if (!dcache || dcache.limit.unlimited || numfile === undefined) return;
  const needed = numfile * 384;
  if (dcache.limit.value < needed) {
    ctx.report({
      code: 'vz/dcachesize-too-low', span: dcache.limit.span,
      message: `DCACHESIZE limit ${dcache.limit.value} is below 384 bytes × NUMFILE barrier (${numfile}) = ${needed} (vzcfgvalidate warning).`,
      related: relatedTo(ctx.model, ['NUMFILE']),
    });
  }
}

function checkPrivvmpages(ctx: VzCheckContext): void {
  const privvm = pairOf(ctx.model, 'PRIVVMPAGES');
  const vmguar = barrierOf(ctx.model, 'VMGUARPAGES');
  if (!privvm || privvm.barrier.unlimited || vmguar === undefined) return;
  if (privvm.barrier.value < vmguar) {
    ctx.report({
      code: 'vz/privvmpages-below-vmguarpages', span: privvm.barrier.span,
      message: `PRIVVMPAGES barrier ${privvm.barrier.value} is below the VMGUARPAGES barrier ${vmguar}: the guarantee cannot be honoured (vzcfgvalidate warning).`,
      related: relatedTo(ctx.model, ['VMGUARPAGES']),
    });
  }
}

function checkGap(ctx: VzCheckContext, name: string, sockets: string, severity: 'error' | 'warning'): void {
  const buffer = pairOf(ctx.model, name);
  const count = barrierOf(ctx.model, sockets);
  if (!buffer || buffer.limit.unlimited || buffer.barrier.unlimited || count === undefined) return;
  const needed = 2.5 * KIB * count;
  const gap = buffer.limit.value - buffer.barrier.value;
  if (gap < needed) {
    ctx.report({
      code: 'vz/sockbuf-gap-too-small', span: buffer.limit.span, severity,
      message: `${name}: limit − barrier = ${gap} bytes, below 2.5 KiB × ${sockets} barrier (${count}) = ${needed} (vzcfgvalidate ${severity}).`,
      data: { valueReplacement: `${buffer.barrier.text}:${Math.ceil(buffer.barrier.value + needed)}` },
      related: relatedTo(ctx.model, [sockets]),
    });
  }
}

function checkMinimum(ctx: VzCheckContext, name: string, warnBelow: number, recommendBelow?: number): void {
  const buffer = pairOf(ctx.model, name);
  if (!buffer || buffer.barrier.unlimited) return;
  const barrier = buffer.barrier.value;
  if (barrier < warnBelow) {
    ctx.report({ code: 'vz/buffer-too-small', span: buffer.barrier.span, message: `${name} barrier ${barrier} is below ${warnBelow} bytes (vzcfgvalidate warning).` });
  } else if (recommendBelow !== undefined && barrier < recommendBelow) {
    ctx.report({
      code: 'vz/buffer-too-small', span: buffer.barrier.span, severity: 'information',
      message: `${name} barrier ${barrier} is below the recommended ${recommendBelow} bytes (vzcfgvalidate recommendation).`,
    });
  }
}

function checkNumfile(ctx: VzCheckContext): void {
  const numfile = pairOf(ctx.model, 'NUMFILE');
  const procs = avnumproc(ctx.model);
  const tcp = barrierOf(ctx.model, 'NUMTCPSOCK');
  const other = barrierOf(ctx.model, 'NUMOTHERSOCK');
  const pty = barrierOf(ctx.model, 'NUMPTY');
  if (!numfile || numfile.barrier.unlimited || procs === undefined || tcp === undefined || other === undefined || pty === undefined) return;
  const needed = Math.max(procs * 32, tcp + other + pty);
  if (numfile.barrier.value < needed) {
    ctx.report({
      code: 'vz/numfile-too-low', span: numfile.barrier.span,
      message: `NUMFILE barrier ${numfile.barrier.value} is below max(32 × avnumproc, NUMTCPSOCK + NUMOTHERSOCK + NUMPTY) = ${needed} (vzcfgvalidate warning).`,
      related: relatedTo(ctx.model, ['NUMTCPSOCK', 'NUMOTHERSOCK', 'NUMPTY', 'AVNUMPROC']),
    });
  }
}

export const vzcfgvalidateFormulasCheck: VzCheck = {
  name: 'vzcfgvalidate-formulas',
  run(ctx) {
    if (!ubRulesApply(ctx.model, ctx.fileKind) || isVswap(ctx.model)) return;
    checkKmemsize(ctx);
    checkDcachesize(ctx);
    checkPrivvmpages(ctx);
    checkGap(ctx, 'TCPSNDBUF', 'NUMTCPSOCK', 'error');
    checkGap(ctx, 'OTHERSOCKBUF', 'NUMOTHERSOCK', 'error');
    checkGap(ctx, 'TCPRCVBUF', 'NUMTCPSOCK', 'warning');
    checkMinimum(ctx, 'TCPRCVBUF', 64 * KIB);
    checkMinimum(ctx, 'TCPSNDBUF', 64 * KIB);
    checkMinimum(ctx, 'DGRAMRCVBUF', 32 * KIB, 129 * KIB);
    checkMinimum(ctx, 'OTHERSOCKBUF', 32 * KIB, 129 * KIB);
    checkNumfile(ctx);
  },
};
