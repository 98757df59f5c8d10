import { CompletionItemKind, CompletionItemTag, InsertTextFormat, type CompletionItem, type Range } from 'vscode-languageserver-types';
import type { Span, XlAssignment, XlString } from '../../xl/ast';
import type { XlKeyDef, XlSpecLanguage } from '../../schema/xl/key-def';
import { specKeys, type SpecKeyDef } from '../../schema/xl/spec-keys/index';
import { specCursor } from '../../xl/specs/index';
import type { SpecContext } from '../../xl/specs/types';
import type { CursorContext } from './completion-context';
import type { SpecResult, XlBinding, XlModel } from './model';
import { cachedItemCount, specAnalyserFor } from './spec-cache';

export function specLanguageOf(def: XlKeyDef | undefined): XlSpecLanguage | undefined {
  if (!def) return undefined;
  if (def.shape.kind === 'spec') return def.shape.spec;
  if (def.shape.kind === 'list') return def.shape.spec;
  return undefined;
}

/** xl drops a value of the wrong shape before parsing it, so its spec is never read. */
function shapeIsRead(binding: XlBinding): boolean {
  const kind = binding.value?.kind;
  switch (binding.def?.readAs) {
    case 'list':
    case 'nested-list': return kind === 'list';
    case 'string':
    case 'integer':
    case 'boolean':
    case 'integer-or-string': return kind === 'scalar';
    default: return true;
  }
}

/**
 * Problems inside spec strings (disk, vif, pci, …) as the sub-language
 * analysers report them. xl never parses a value it does not read, so an
 * overridden value is skipped and a fatal issue on a key ignored for this
 * guest type becomes a warning.
 */
/**
 * Runs the spec sub-language analysers over every spec-shaped value. An
 * analyser that throws loses its own results only, never the model.
 */
export function analyseSpecs(model: Omit<XlModel, 'specs' | 'syntaxOnly'>): SpecResult[] {
  const results: SpecResult[] = [];
  const context: SpecContext = {
    guestType: model.guest.type,
    lookup: (key) => model.bindings.get(key)?.value?.node,
  };
  let itemCount = 0;
  for (const binding of model.bindings.values()) {
    const language = specLanguageOf(binding.def);
    if (language) for (const assignment of binding.assignments) if (assignment.value) itemCount += cachedItemCount(language, assignment.value);
  }
  const analyse = specAnalyserFor(itemCount);
  for (const binding of model.bindings.values()) {
    const language = specLanguageOf(binding.def);
    if (!language) continue;
    for (const assignment of binding.assignments) {
      if (!assignment.value) continue;
      try {
        const analysis = analyse(language, assignment.value, context);
        results.push({ assignment, binding, language, analysis, effective: binding.effective.includes(assignment) && shapeIsRead(binding) });
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        console.error(`hvconf: ${language} spec analysis failed for \`${binding.name}\`: ${detail}`);
      }
    }
  }
  return results;
}

/** A string node built from raw text, for a cursor in a string the parser may not have closed. */
function stringFromText(text: string, context: Extract<CursorContext, { kind: 'string' }>): XlString {
  const contentStart = context.quoteStart + 1;
  const raw = text.slice(context.quoteStart, context.contentEnd + 1);
  const value = text.slice(contentStart, context.contentEnd);
  return {
    kind: 'string',
    span: { start: context.quoteStart, end: context.contentEnd + 1 },
    raw,
    value,
    quote: context.quote,
    valueOffsetToDocument: (offset) => contentStart + Math.max(0, Math.min(offset, value.length)),
  };
}

/** Completion inside a spec string: sub-keys, or the values of one sub-key. */
export function specCompletions(
  model: XlModel, language: XlSpecLanguage, context: Extract<CursorContext, { kind: 'string' }>,
  offset: number, range: (start: number, end: number) => Range,
): CompletionItem[] {
  const cursor = specCursor(language, stringFromText(model.text, context), offset);
  if (!cursor) return [];
  const defs = specKeys[language] ?? [];
  const replace = range(cursor.replace.start, cursor.replace.end);
  if (cursor.kind === 'key') {
    return defs
      .filter((def) => def.form !== 'positional' && !cursor.present.includes(def.name))
      .map((def, index): CompletionItem => {
        const flag = def.form === 'flag';
        const item: CompletionItem = {
          label: flag ? def.name : `${def.name}=`,
          kind: flag ? CompletionItemKind.Constant : CompletionItemKind.Field,
          detail: def.summary,
          documentation: { kind: 'markdown', value: specKeyMarkdown(def) },
          sortText: `${def.required ? 0 : def.deprecated ? 2 : 1}-${String(index).padStart(3, '0')}`,
          filterText: def.name,
          textEdit: { range: replace, newText: flag ? def.name : `${def.name}=\${1${def.example ? `:${def.example.replace(/[\\$}]/g, (c) => `\\${c}`)}` : ''}}` },
          insertTextFormat: flag ? InsertTextFormat.PlainText : InsertTextFormat.Snippet,
        };
        if (def.deprecated) item.tags = [CompletionItemTag.Deprecated];
        return item;
      });
  }
  const def = defs.find((candidate) => candidate.name === cursor.key);
  return (def?.values ?? []).map((value, index): CompletionItem => ({
    label: value.value,
    kind: CompletionItemKind.EnumMember,
    documentation: { kind: 'markdown', value: value.doc },
    sortText: String(index).padStart(3, '0'),
    textEdit: { range: replace, newText: value.value },
    tags: value.deprecated ? [CompletionItemTag.Deprecated] : undefined,
  }));
}

export function specKeyMarkdown(def: SpecKeyDef): string {
  const lines = [`**${def.name}** — ${def.summary}`];
  if (def.doc) lines.push('', def.doc);
  const facts: string[] = [];
  if (def.default) facts.push(`*Default:* ${def.default}`);
  if (def.required) facts.push('*Required*');
  if (def.example) facts.push(`*Example:* \`${def.form === 'flag' ? def.name : `${def.name}=${def.example}`}\``);
  if (facts.length > 0) lines.push('', facts.join('  \n'));
  if (def.deprecated) lines.push('', `**Deprecated:** ${def.deprecated.note}${def.deprecated.replacement ? ` Use \`${def.deprecated.replacement}\`.` : ''}`);
  if (def.values && def.values.length > 0) lines.push('', ...def.values.map((value) => `- \`${value.value}\` — ${value.doc}`));
  return lines.join('\n');
}

const within = (span: Span | undefined, offset: number): span is Span => span !== undefined && offset >= span.start && offset <= span.end;

/** Documentation of the spec sub-key (or sub-value) under the cursor. */
export function specHover(model: XlModel, assignment: XlAssignment, offset: number): { markdown: string; span: Span } | undefined {
  const result = model.specs.find((candidate) => candidate.assignment === assignment);
  if (!result) return undefined;
  const defs = specKeys[result.language] ?? [];
  for (const item of result.analysis.items) {
    if (!within(item.span, offset)) continue;
    for (const field of item.fields) {
      const def = defs.find((candidate) => candidate.name === field.key);
      if (!def) continue;
      if (within(field.keySpan, offset)) return { markdown: specKeyMarkdown(def), span: field.keySpan };
      if (within(field.valueSpan, offset)) {
        const value = def.values?.find((candidate) => candidate.value === field.value);
        const markdown = value ? `\`${def.name}=${value.value}\` — ${value.doc}` : specKeyMarkdown(def);
        return { markdown, span: field.valueSpan };
      }
    }
  }
  return undefined;
}
