import type { Span } from '../../../vz/ast';
import type { VzCode } from '../codes';

/** A problem found while reading a value; the `values` check reports it. */
export interface ValueProblem {
  readonly code: VzCode;
  readonly span: Span;
  readonly message: string;
  /** for quick fixes, e.g. `{ replacement: 'yes' }` */
  readonly data?: Readonly<Record<string, unknown>>;
}

/** Collects problems; `fatal` ones make vzctl skip the line (the value is then not in effect). */
export class ProblemSink {
  readonly problems: ValueProblem[] = [];
  private skipsLine = false;

  add(code: VzCode, span: Span, message: string, data?: Readonly<Record<string, unknown>>): void {
    this.problems.push({ code, span, message, data });
    if (code !== 'vz/too-large' && code !== 'vz/comment-in-value' && code !== 'vz/suspicious-unit') this.skipsLine = true;
  }

  /** true when vzctl would drop the value */
  get invalid(): boolean {
    return this.skipsLine;
  }
}

/** Closest candidate by edit distance, for "did you mean". */
export function closest(word: string, candidates: Iterable<string>, maxDistance = 3): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const upper = word.toUpperCase();
  for (const candidate of candidates) {
    const distance = editDistance(upper, candidate.toUpperCase());
    if (distance < bestDistance) { best = candidate; bestDistance = distance; }
  }
  const limit = Math.min(maxDistance, Math.max(1, Math.floor(word.length / 2)));
  return bestDistance <= limit ? best : undefined;
}

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const saved = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = saved;
    }
  }
  return row[b.length];
}
