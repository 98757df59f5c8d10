import type { Span, VzDialect, VzPair, VzValue } from '../../../vz/ast';
import { innerSpan, splitPair } from '../../../vz/parts';
import type { VzParamDef, VzUnitClass } from '../../../schema/vz/param-def';
import { acceptsUnlimited } from '../../../schema/vz';
import { readSide, UNLIMITED } from './numbers';
import type { ProblemSink } from './problem';

export interface PairSide {
  readonly text: string;
  readonly span: Span;
  /** in base units (pages, items, bytes, KiB, inodes); UNLIMITED for `unlimited` */
  readonly value: number;
  readonly unlimited: boolean;
  /** no suffix: the number is in the parameter's own unit */
  readonly bare: boolean;
}

/** A `barrier:limit` (or `soft:hard`) value as vzctl stores it. */
export interface PairFacts {
  readonly unitClass: VzUnitClass;
  readonly pair: VzPair;
  readonly barrier: PairSide;
  readonly limit: PairSide;
  /** written as one value: barrier = limit */
  readonly single: boolean;
}

/** Reads a pair value; returns undefined (with problems) when vzctl would skip it. */
export function readPair(value: VzValue, def: VzParamDef, unitClass: VzUnitClass, dialect: VzDialect, sink: ProblemSink): PairFacts | undefined {
  const pair = splitPair(value);
  const allowUnlimited = acceptsUnlimited(def, dialect);
  const sides: PairSide[] = [];
  const parts = pair.limit ? [pair.barrier, pair.limit] : [pair.barrier];
  for (const part of parts) {
    const reading = readSide(part.text, unitClass, dialect, allowUnlimited);
    if (!reading.ok) {
      const span = part.span.end > part.span.start ? part.span : innerSpan(value);
      const message = reading.code === 'vz/unlimited-not-allowed'
        ? `vzctl 4.11 does not accept \`unlimited\` for ${def.name} and skips the line (Virtuozzo 7 does accept it). Give a size.`
        : `${def.name}: ${reading.message}`;
      sink.add(reading.code, span, message);
      continue;
    }
    let stored = reading.value;
    if (stored > UNLIMITED) {
      sink.add('vz/too-large', part.span, `${def.name}: ${part.text} is above the largest value vzctl stores; it is cut down to ${UNLIMITED}.`);
      stored = UNLIMITED;
    }
    sides.push({ text: part.text, span: part.span, value: stored, unlimited: reading.unlimited, bare: reading.bare });
  }
  if (sides.length !== parts.length) return undefined;
  return { unitClass, pair, barrier: sides[0], limit: sides[1] ?? sides[0], single: sides.length === 1 };
}
