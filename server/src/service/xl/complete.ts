import {
  CompletionItemKind, CompletionItemTag, InsertTextFormat,
  type CompletionItem, type CompletionList, type Position, type Range,
} from 'vscode-languageserver-types';
import { allXlKeys, xlKeys } from '../../schema/xl/index';
import type { XlKeyDef } from '../../schema/xl/key-def';
import type { FeatureContext } from '../language';
import { appliesToArch, appliesToGuestType } from './applicability';
import { cursorContext, type CursorContext } from './completion-context';
import { enumValuesOf, keyMarkdown, typeLabel } from './key-docs';
import type { XlModel } from './model';
import { assignmentSnippet } from './snippets';
import { specCompletions, specLanguageOf } from './spec-bridge';

export function completeXl(model: XlModel, ctx: FeatureContext, position: Position): CompletionList {
  const offset = ctx.document.offsetAt(position);
  const context = cursorContext(model.text, offset);
  const range = (start: number, end: number): Range => ({ start: ctx.document.positionAt(start), end: ctx.document.positionAt(end) });
  return { isIncomplete: false, items: itemsFor(model, context, range, offset) };
}

function itemsFor(model: XlModel, context: CursorContext, range: (start: number, end: number) => Range, offset: number): CompletionItem[] {
  switch (context.kind) {
    case 'key': return keyItems(model, context.hasOperator, range(context.replaceStart, context.replaceEnd));
    case 'value': {
      const def = xlKeys.get(context.key);
      return def ? valueItems(def, context.inList, range(context.replaceStart, context.replaceEnd)) : [];
    }
    case 'string': {
      const def = xlKeys.get(context.key);
      if (!def) return [];
      const spec = specLanguageOf(def);
      if (spec) return specCompletions(model, spec, context, offset, range);
      return stringValueItems(def, range(context.quoteStart + 1, context.contentEnd));
    }
    default: return [];
  }
}

function keyItems(model: XlModel, hasOperator: boolean, replace: Range): CompletionItem[] {
  return allXlKeys.map((def): CompletionItem => {
    const item: CompletionItem = {
      label: def.name,
      kind: CompletionItemKind.Property,
      detail: `${typeLabel(def)} — ${def.summary}`,
      documentation: { kind: 'markdown', value: keyMarkdown(def) },
      sortText: `${keyRank(model, def)}-${def.name}`,
      filterText: def.name,
      textEdit: { range: replace, newText: assignmentSnippet(def, hasOperator) },
      insertTextFormat: InsertTextFormat.Snippet,
    };
    if (def.deprecated) item.tags = [CompletionItemTag.Deprecated];
    return item;
  });
}

/** Keys for this guest type first; then those already set, undocumented, for other guests, deprecated. */
function keyRank(model: XlModel, def: XlKeyDef): number {
  if (def.deprecated) return 5;
  if (!appliesToGuestType(def, model) || !appliesToArch(def, model)) return 4;
  if (!def.documented) return 3;
  if (model.bindings.has(def.name)) return 2;
  return everydayTopics.has(def.topic) ? 0 : 1;
}

/** Topics nearly every config touches; listed before the specialist ones. */
const everydayTopics: ReadonlySet<XlKeyDef['topic']> = new Set(['core', 'cpu', 'memory', 'boot', 'events', 'devices']);

function valueItems(def: XlKeyDef, inList: boolean, replace: Range): CompletionItem[] {
  const items: CompletionItem[] = [];
  const values = enumValuesOf(def);
  const listKey = def.shape.kind === 'list';
  if (listKey && !inList) {
    items.push(snippetItem('[ … ]', `a list for \`${def.name}\``, def.shape.kind === 'list' && def.shape.item === 'integer' ? '[ ${1} ]' : "[ '${1}' ]", replace, '0'));
  }
  if (listKey && inList && values.length === 0 && def.shape.kind === 'list' && def.shape.item !== 'integer') {
    items.push(snippetItem("'…'", `an item of \`${def.name}\``, "'${1}'", replace, '0'));
  }
  if (!listKey || inList) {
    values.forEach((value, index) => {
      items.push({
        label: `"${value.value}"`,
        kind: CompletionItemKind.EnumMember,
        detail: value.deprecated ? `deprecated: ${value.deprecated}` : undefined,
        documentation: { kind: 'markdown', value: value.doc },
        sortText: `1-${String(index).padStart(3, '0')}`,
        textEdit: { range: replace, newText: `"${value.value}"` },
        tags: value.deprecated ? [CompletionItemTag.Deprecated] : undefined,
      });
    });
  }
  if (def.shape.kind === 'boolean') {
    items.push(
      { label: '1', kind: CompletionItemKind.Value, detail: 'true (enabled)', sortText: '0-1', textEdit: { range: replace, newText: '1' } },
      { label: '0', kind: CompletionItemKind.Value, detail: 'false (disabled)', sortText: '0-2', textEdit: { range: replace, newText: '0' } },
    );
  }
  return items;
}

function stringValueItems(def: XlKeyDef, replace: Range): CompletionItem[] {
  return enumValuesOf(def).map((value, index): CompletionItem => ({
    label: value.value,
    kind: CompletionItemKind.EnumMember,
    detail: value.deprecated ? `deprecated: ${value.deprecated}` : undefined,
    documentation: { kind: 'markdown', value: value.doc },
    sortText: String(index).padStart(3, '0'),
    textEdit: { range: replace, newText: value.value },
    tags: value.deprecated ? [CompletionItemTag.Deprecated] : undefined,
  }));
}

function snippetItem(label: string, detail: string, snippet: string, replace: Range, sort: string): CompletionItem {
  return {
    label, detail, kind: CompletionItemKind.Snippet, sortText: sort,
    textEdit: { range: replace, newText: snippet }, insertTextFormat: InsertTextFormat.Snippet,
  };
}
