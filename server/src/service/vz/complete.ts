import {
  CompletionItemKind, CompletionItemTag, InsertTextFormat, type CompletionItem, type CompletionList, type Position, type Range,
} from 'vscode-languageserver-types';
import { acceptsUnlimited, paramsOf, shapeIn, vzParams, type VzParamDef } from '../../schema/vz';
import { CAPABILITY_NAMES, FEATURE_NAMES, IPTABLES_MODULES, LEGACY_NETIF_FIELDS, TECHNOLOGIES, VE_LAYOUTS, VZ7_FEATURE_NAMES, VZ7_NETIF_FIELDS } from '../../schema/vz/enums';
import { PAGE_SIZE, type VzUnitClass } from '../../schema/vz/param-def';
import type { VzDialect } from '../../vz/ast';
import type { FeatureContext } from '../language';
import type { VzModel } from './model';
import { formatBytes } from './values/numbers';
import { paramMarkdown } from './param-doc';

/**
 * Completion works from the text before the cursor on its line, so it keeps
 * working while the line is half written: key position, then value position
 * of key K, then the current part of the value (a pair side, a list item).
 */

const SUFFIXES: readonly { suffix: string; bytes: number }[] = [
  { suffix: 'K', bytes: 1024 }, { suffix: 'M', bytes: 1024 ** 2 }, { suffix: 'G', bytes: 1024 ** 3 }, { suffix: 'T', bytes: 1024 ** 4 },
];

const escapeSnippet = (text: string): string => text.replace(/[$}\\]/g, '\\$&');

/** The value placeholder of a `KEY="…"` snippet: a choice for enumerations, else the first sample value. */
function valueSnippet(def: VzParamDef, dialect: VzDialect): string {
  const shape = shapeIn(def, dialect);
  if (shape.kind === 'enum') return `\${1|${shape.values.map((v) => v.value.replace(/[$}\\|,]/g, '\\$&')).join(',')}|}`;
  return `\${1:${escapeSnippet(def.samples?.[0] ?? '')}}`;
}

/** `nameOnly`: the line already has `=` after the cursor, so only the key is replaced. */
function keyItems(model: VzModel, range: Range, currentLine: number, nameOnly: boolean): CompletionItem[] {
  const present = new Set(model.assignments.filter((a) => a.node.line !== currentLine).map((a) => a.node.key.name));
  return paramsOf(model.dialect)
    .filter((def) => !present.has(def.name) && model.dialect && def.dialects[model.dialect] !== 'no-effect')
    .map((def): CompletionItem => {
      const body = valueSnippet(def, model.dialect);
      return {
        label: def.name,
        kind: CompletionItemKind.Property,
        detail: def.summary,
        documentation: { kind: 'markdown', value: paramMarkdown(def, model.dialect) },
        insertTextFormat: nameOnly ? InsertTextFormat.PlainText : InsertTextFormat.Snippet,
        textEdit: { range, newText: nameOnly ? def.name : `${def.name}="${body}"` },
        sortText: `${def.topic === 'ubc' ? '1' : '2'}${def.name}`,
        tags: def.deprecated || def.dialects[model.dialect] === 'deprecated' ? [CompletionItemTag.Deprecated] : undefined,
      };
    });
}

function valueItem(label: string, detail: string, range: Range, kind: CompletionItemKind = CompletionItemKind.Value, documentation?: string): CompletionItem {
  return { label, kind, detail, textEdit: { range, newText: label }, documentation: documentation ? { kind: 'markdown', value: documentation } : undefined };
}

function suffixItems(digits: string, unitClass: VzUnitClass, dialect: VzDialect, range: Range): CompletionItem[] {
  if (unitClass === 'items') return [];
  const number = Number(digits);
  const divisor = unitClass === 'pages' ? PAGE_SIZE : unitClass === 'kib' ? 1024 : 1;
  const unit = unitClass === 'pages' ? 'pages' : unitClass === 'kib' ? 'KiB' : unitClass;
  const items = SUFFIXES.map(({ suffix, bytes }) => {
    const total = number * bytes;
    return valueItem(`${digits}${suffix}`, `${formatBytes(total)} = ${Math.floor(total / divisor)} ${unit}`, range, CompletionItemKind.Unit);
  });
  if (unitClass === 'pages' && dialect === 'legacy') items.push(valueItem(`${digits}P`, `${digits} pages (P = one ${PAGE_SIZE}-byte page)`, range, CompletionItemKind.Unit));
  return items;
}

function listItemChoices(def: VzParamDef, dialect: VzDialect, range: Range): CompletionItem[] {
  const shape = shapeIn(def, dialect);
  if (shape.kind !== 'list') return [];
  switch (shape.item) {
    case 'feature':
      return (dialect === 'vz7' ? VZ7_FEATURE_NAMES : FEATURE_NAMES).flatMap((f) => [`${f.value}:on`, `${f.value}:off`].map((label) => valueItem(label, f.doc, range)));
    case 'capability':
      return CAPABILITY_NAMES.flatMap((c) => [`${c.value.toLowerCase()}:on`, `${c.value.toLowerCase()}:off`].map((label) => valueItem(label, c.doc, range)));
    case 'iptables-module': return IPTABLES_MODULES.map((name) => valueItem(name, 'netfilter module', range));
    case 'technology': return TECHNOLOGIES.map((technology) => valueItem(technology.value, technology.doc, range, CompletionItemKind.EnumMember));
    default: return [];
  }
}

function valueItems(def: VzParamDef, model: VzModel, valueSoFar: string, tokenStart: number, range: Range, atValueStart: boolean): CompletionItem[] {
  const shape = shapeIn(def, model.dialect);
  const token = valueSoFar.slice(tokenStart);
  const items: CompletionItem[] = [];
  if (shape.kind === 'enum') {
    for (const value of shape.values) items.push(valueItem(value.value, value.doc, range, CompletionItemKind.EnumMember));
  }
  if (shape.kind === 'ub' || shape.kind === 'quota') {
    if (/^\d+(?:\.\d+)?$/.test(token)) items.push(...suffixItems(token, shape.unitClass, model.dialect, range));
    if (acceptsUnlimited(def, model.dialect)) items.push(valueItem('unlimited', 'no limit', range, CompletionItemKind.Keyword));
  }
  if (shape.kind === 'special' && shape.grammar === 'netif') {
    for (const field of model.dialect === 'vz7' ? VZ7_NETIF_FIELDS : LEGACY_NETIF_FIELDS) items.push(valueItem(`${field}=`, 'NETIF field', range, CompletionItemKind.Field));
  }
  if (shape.kind === 'special' && shape.grammar === 've-layout' && tokenStart === 0) {
    for (const layout of VE_LAYOUTS) items.push(valueItem(layout.value, layout.doc, range, CompletionItemKind.EnumMember));
  }
  if (shape.kind === 'special' && shape.grammar === 'iolimit' && /^\d+$/.test(token)) items.push(...suffixItems(token, 'bytes', model.dialect, range));
  items.push(...listItemChoices(def, model.dialect, range));
  if (atValueStart) {
    for (const sample of def.samples ?? []) {
      if (!items.some((item) => item.label === sample)) items.push(valueItem(sample, 'typical value', range, CompletionItemKind.Snippet));
    }
  }
  return items;
}

export function completeVz(model: VzModel, ctx: FeatureContext, position: Position): CompletionList {
  const { document } = ctx;
  const lineStart = document.offsetAt({ line: position.line, character: 0 });
  const cursor = document.offsetAt(position);
  const before = document.getText().slice(lineStart, cursor);
  if (before.trimStart().startsWith('#')) return { isIncomplete: false, items: [] };
  const eq = before.indexOf('=');
  if (eq < 0) {
    const wordStart = lineStart + (before.length - before.trimStart().length);
    const lineEnd = document.offsetAt({ line: position.line + 1, character: 0 });
    const after = document.getText().slice(cursor, lineEnd);
    const wordEnd = cursor + (/^[A-Za-z0-9_]*/.exec(after)?.[0].length ?? 0);
    const nameOnly = /^[A-Za-z0-9_]*\s*=/.test(after);
    const range = { start: document.positionAt(wordStart), end: document.positionAt(nameOnly ? wordEnd : cursor) };
    return { isIncomplete: false, items: keyItems(model, range, position.line, nameOnly) };
  }
  const def = vzParams.get(before.slice(0, eq).trim());
  if (!def) return { isIncomplete: false, items: [] };
  const rawValue = before.slice(eq + 1);
  const quoted = rawValue.startsWith('"') || rawValue.startsWith("'");
  const valueSoFar = quoted ? rawValue.slice(1) : rawValue;
  let tokenStart = 0;
  for (let i = 0; i < valueSoFar.length; i++) if (' \t,:;'.includes(valueSoFar[i])) tokenStart = i + 1;
  const startOffset = cursor - (valueSoFar.length - tokenStart);
  const range = { start: document.positionAt(startOffset), end: position };
  return { isIncomplete: false, items: valueItems(def, model, valueSoFar, tokenStart, range, tokenStart === 0) };
}
