import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { XlAssignment, XlValue } from '../../xl/ast';
import type { SpecItem } from '../../xl/specs/types';
import type { XlModel } from './model';
import { summariseValue } from './values';

/** One symbol per assignment; list items become children named by their essence. */
export function symbolsXl(model: XlModel): DocumentSymbol[] {
  const essences = new Map<number, SpecItem>();
  for (const result of model.specs) {
    for (const item of result.analysis.items) essences.set(item.span.start, item);
  }
  return model.file.assignments.map((assignment) => assignmentSymbol(model, assignment, essences));
}

function assignmentSymbol(model: XlModel, assignment: XlAssignment, essences: ReadonlyMap<number, SpecItem>): DocumentSymbol {
  const value = assignment.value;
  const span = { start: assignment.span.start, end: Math.max(assignment.span.end, assignment.key.span.end) };
  const symbol: DocumentSymbol = {
    name: assignment.key.name,
    detail: `${assignment.op?.text === '+=' ? '+= ' : ''}${summariseValue(value)}`,
    kind: kindOf(value),
    range: model.lines.range(span),
    selectionRange: model.lines.range(assignment.key.span),
  };
  if (value?.kind === 'list' && value.items.length > 0) {
    symbol.children = value.items.map((item, index) => itemSymbol(model, item, index, essences));
  }
  return symbol;
}

function itemSymbol(model: XlModel, item: XlValue, index: number, essences: ReadonlyMap<number, SpecItem>): DocumentSymbol {
  const essence = essences.get(item.span.start)?.essence;
  const name = essence && essence.length > 0 ? essence : summariseValue(item) || `[${index}]`;
  const symbol: DocumentSymbol = {
    name,
    detail: essence ? summariseValue(item) : undefined,
    kind: kindOf(item),
    range: model.lines.range(item.span),
    selectionRange: model.lines.range(item.span),
  };
  if (item.kind === 'list' && item.items.length > 0) {
    symbol.children = item.items.map((child, childIndex) => itemSymbol(model, child, childIndex, essences));
  }
  return symbol;
}

function kindOf(value: XlValue | undefined): SymbolKind {
  if (!value) return SymbolKind.Property;
  if (value.kind === 'list') return SymbolKind.Array;
  if (value.kind === 'number') return SymbolKind.Number;
  return SymbolKind.String;
}
