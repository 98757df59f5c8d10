import type { XlAssignment, XlAtom, XlValue } from '../../xl/ast';
import type { XlModel } from './model';

export interface NodeAtOffset {
  readonly assignment: XlAssignment;
  readonly part: 'key' | 'value';
  /** the innermost scalar under the cursor, when on a value */
  readonly atom?: XlAtom;
}

/** The assignment (and scalar) under an offset; the end of a token counts as on it. */
export function nodeAt(model: XlModel, offset: number): NodeAtOffset | undefined {
  for (const assignment of model.file.assignments) {
    if (offset < assignment.span.start || offset > assignment.span.end) continue;
    if (offset >= assignment.key.span.start && offset <= assignment.key.span.end) return { assignment, part: 'key' };
    const value = assignment.value;
    if (value && offset >= value.span.start && offset <= value.span.end) return { assignment, part: 'value', atom: atomAt(value, offset) };
  }
  return undefined;
}

function atomAt(value: XlValue, offset: number): XlAtom | undefined {
  if (offset < value.span.start || offset > value.span.end) return undefined;
  if (value.kind !== 'list') return value;
  for (const item of value.items) {
    const found = atomAt(item, offset);
    if (found) return found;
  }
  return undefined;
}
