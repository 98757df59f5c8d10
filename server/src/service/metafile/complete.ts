import { CompletionItemKind, InsertTextFormat, type CompletionItem, type CompletionList, type Position, type Range } from 'vscode-languageserver-types';
import {
  allSections, packageManagerArch, packageManagers, sectionDef, urlVariables, type SectionDef,
} from '../../schema/metafile/index';
import type { EnumValue } from '../../schema/types';
import type { FeatureContext } from '../language';
import { sectionBefore } from './find';
import { hasValue, type MetafileModel } from './model';
import { sectionMarkdown } from './section-docs';

const URL_SECTIONS = new Set(['repositories', 'zypp_repositories', 'mirrorlist']);

/**
 * Completion from the text of the current line, not from a parse: after `%`
 * in the first column it offers section names, on a value line the values of
 * the section above (enum-like sections, url.map placeholders).
 */
export function completeMetafile(model: MetafileModel, ctx: FeatureContext, position: Position): CompletionList {
  const offset = ctx.document.offsetAt(position);
  const lineStart = model.lines.lineStart(position.line);
  const before = model.text.slice(lineStart, offset);
  const items: CompletionItem[] = [];

  if (/^%[^ ]*$/.test(before)) {
    const lineEnd = model.lines.lineEnd(position.line);
    const line = model.text.slice(lineStart, lineEnd);
    const nameEnd = line.indexOf(' ') < 0 ? line.length : line.indexOf(' ');
    const range = model.lines.range({ start: lineStart, end: lineStart + nameEnd });
    items.push(...sectionItems(model, range, false, line.slice(1, nameEnd)));
    return { isIncomplete: false, items };
  }
  if (/^\s*#/.test(before)) return { isIncomplete: false, items };

  const section = sectionBefore(model, offset);
  const def = section ? sectionDef(section.header.name) : undefined;
  if (def) items.push(...valueItems(model, def, before, position));
  if (before.trim() === '' && position.character === before.length) {
    const range = model.lines.range({ start: offset, end: offset });
    items.push(...sectionItems(model, range, true));
  }
  return { isIncomplete: false, items };
}

/** Sections not yet given (the one being retyped stays), without base-OS-only ones outside a base OS. */
function sectionItems(model: MetafileModel, range: Range, asSnippet: boolean, retyped = ''): CompletionItem[] {
  return allSections
    .filter((def) => !(def.baseOsOnly && model.kind !== 'base-os'))
    .filter((def) => def.name === retyped || !hasValue(model, def.name))
    .map((def, index): CompletionItem => ({
      label: `%${def.name}`,
      kind: CompletionItemKind.Module,
      detail: def.summary,
      documentation: { kind: 'markdown', value: sectionMarkdown(def) },
      sortText: String(index).padStart(3, '0'),
      filterText: `%${def.name}`,
      textEdit: { range, newText: asSnippet ? `%${def.name}\n$0` : `%${def.name}` },
      ...(asSnippet ? { insertTextFormat: InsertTextFormat.Snippet } : {}),
    }));
}

function valueItems(model: MetafileModel, def: SectionDef, before: string, position: Position): CompletionItem[] {
  if (URL_SECTIONS.has(def.name)) {
    const placeholder = /\$([A-Za-z0-9_]*)$/.exec(before);
    const start = placeholder ? position.character - placeholder[0].length : position.character;
    if (!placeholder && before.trim() !== '') return [];
    const range = { start: { line: position.line, character: start }, end: position };
    return urlVariables.map((variable, index): CompletionItem => ({
      label: `$${variable.name}`,
      kind: CompletionItemKind.Variable,
      detail: variable.enabled ? 'url.map placeholder' : 'url.map placeholder (commented out by default)',
      documentation: variable.doc,
      sortText: `${variable.enabled ? 0 : 1}${String(index).padStart(2, '0')}`,
      textEdit: { range, newText: `$${variable.name}` },
    }));
  }
  if (!def.values || /\S[ \t]/.test(before)) return [];
  const word = /[^ \t]*$/.exec(before)?.[0] ?? '';
  const range = { start: { line: position.line, character: position.character - word.length }, end: position };
  return valuesFor(model, def).map((value, index): CompletionItem => ({
    label: value.value,
    kind: CompletionItemKind.EnumMember,
    documentation: value.doc,
    sortText: String(index).padStart(3, '0'),
    textEdit: { range, newText: value.value },
  }));
}

/** Package managers for the template's architecture first. */
function valuesFor(model: MetafileModel, def: SectionDef): readonly EnumValue[] {
  if (def.name !== 'package_manager') return def.values ?? [];
  const arch = model.ids.osarch;
  if (arch !== 'x86' && arch !== 'x86_64') return packageManagers;
  return [...packageManagers].sort((a, b) => Number(packageManagerArch(a.value) !== arch) - Number(packageManagerArch(b.value) !== arch));
}
