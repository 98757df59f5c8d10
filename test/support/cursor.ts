/** The `<|>` cursor marker and hover assertions shared by every language's service tests. */
import * as assert from 'assert';
import type { Hover, MarkupContent } from 'vscode-languageserver-types';

export const CURSOR = '<|>';

/** Removes the one `<|>` marker and says where it stood. */
export function withCursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf(CURSOR);
  assert.ok(offset >= 0, `no ${CURSOR} marker in the test text`);
  return { text: marked.slice(0, offset) + marked.slice(offset + CURSOR.length), offset };
}

/** Asserts a hover exists and contains every part; returns its markdown. */
export function assertHoverContains(hover: Hover | null, contains: readonly (string | RegExp)[]): string {
  assert.ok(hover, 'expected a hover');
  const value = (hover.contents as MarkupContent).value;
  for (const part of contains) {
    assert.ok(typeof part === 'string' ? value.includes(part) : part.test(value), `hover lacks ${String(part)}:\n${value}`);
  }
  return value;
}
