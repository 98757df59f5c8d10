import type { Severity } from '../../schema/types';
import type { XlGuestType } from '../../schema/xl/key-def';
import type { Span, XlValue } from '../ast';

/** All spans here are document offsets (mapped through `XlString.valueOffsetToDocument`). */
export interface SpecIssue {
  readonly span: Span;
  readonly message: string;
  /** stable code, e.g. `xl/disk-bad-format` */
  readonly code: string;
  readonly severity: Severity;
  /** for quick fixes: e.g. `{ replacement: "pty" }` */
  readonly data?: Readonly<Record<string, string>>;
}

export interface SpecField {
  /** the sub-key, or the positional name (`target`, `format`, …) for positional parts */
  readonly key: string;
  readonly keySpan?: Span;
  readonly value: string;
  readonly valueSpan: Span;
}

export interface SpecItem {
  /** the whole string item */
  readonly span: Span;
  readonly fields: readonly SpecField[];
  /** a short label for outlines, e.g. `xvda ← /dev/vg/web` or `vif 00:16:3e:aa:bb:cc @ xenbr0` */
  readonly essence: string;
  /** normalised facts for cross-item checks and typed specs: `vdev`, `target`, `mac`, `bdf`, … */
  readonly facts: Readonly<Record<string, string>>;
}

export interface SpecAnalysis {
  readonly items: readonly SpecItem[];
  readonly issues: readonly SpecIssue[];
}

/** What the rest of the file says, for checks that depend on it (vnuma vs maxvcpus, …). */
export interface SpecContext {
  readonly guestType: XlGuestType;
  readonly lookup: (key: string) => XlValue | undefined;
}

/** Where a cursor inside a spec string stands, for completion. */
export type SpecCursor =
  | { readonly kind: 'key'; readonly prefix: string; readonly present: readonly string[]; readonly replace: Span }
  | { readonly kind: 'value'; readonly key: string; readonly prefix: string; readonly replace: Span };
