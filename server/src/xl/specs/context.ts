/** Reading other keys of the file, as xl would, for checks that depend on them. */
import type { SpecContext } from './types';
import { strtoul } from './cnum';

/**
 * The integer value of a top-level key: a number, undefined when the key is
 * absent, null when it is present but not a plain non-negative integer (then
 * xl ignores it and dependent checks should stay quiet).
 */
export function integerSetting(context: SpecContext, key: string): number | undefined | null {
  const value = context.lookup(key);
  if (value === undefined) return undefined;
  const text = value.kind === 'string' ? value.value : value.kind === 'number' ? value.raw : undefined;
  if (text === undefined) return null;
  const converted = strtoul(text, 0, 0);
  if (!converted.converted || converted.end !== text.length || text.trimStart().startsWith('-')) return null;
  return Number(converted.value);
}
