/** Schema types shared by every language. Key knowledge lives only in schema data. */

/** One allowed value of an enumeration, with its meaning in our own words. */
export interface EnumValue {
  readonly value: string;
  readonly doc: string;
  /** set when the value is accepted but deprecated; says what to use instead */
  readonly deprecated?: string;
  /** the number the tool also accepts for this value, when the key has an integer form */
  readonly integer?: number;
}

export interface Deprecation {
  /** e.g. "Xen 4.10" */
  readonly since?: string;
  /** the key (or form) to use instead, when there is one */
  readonly replacement?: string;
  /** one sentence, our own words */
  readonly note: string;
}

/** What every key of every language documents. */
export interface KeyDocBase {
  readonly name: string;
  /** one line, our own words */
  readonly summary: string;
  /** a paragraph or two, our own words; markdown allowed */
  readonly doc: string;
  /** a line as it would appear in a real file, e.g. `memory = 2048` */
  readonly example: string;
  /** the default as the tool applies it, human readable; absent when none */
  readonly default?: string;
  readonly deprecated?: Deprecation;
  /** version that introduced the key, when the reference gives one */
  readonly since?: string;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';
