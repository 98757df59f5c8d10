import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { MetafileSection } from '../../metafile/ast';
import { sectionDef } from '../../schema/metafile/index';
import type { MetafileModel } from './model';

/** The outline: one symbol per section, with its value or a count as detail. */
export function symbolsMetafile(model: MetafileModel): DocumentSymbol[] {
  return model.ast.sections.map((section) => ({
    name: `%${section.header.name || '(empty)'}`,
    detail: detailOf(section),
    kind: kindOf(section),
    range: model.lines.range(section.span),
    selectionRange: model.lines.range(section.header.nameSpan),
  }));
}

function detailOf(section: MetafileSection): string {
  const values = section.values;
  if (values.length === 0) return '(empty)';
  const def = sectionDef(section.header.name);
  if (def?.shape === 'package-list' || def?.shape === 'install-steps') {
    const count = values.reduce((total, line) => total + line.words.length, 0);
    return `${count} package${count === 1 ? '' : 's'}`;
  }
  if (values.length === 1) return values[0].effective.trim().slice(0, 80);
  return `${values[0].effective.trim().slice(0, 60)} … (${values.length} lines)`;
}

function kindOf(section: MetafileSection): SymbolKind {
  const def = sectionDef(section.header.name);
  if (!def) return SymbolKind.Null;
  if (def.shape === 'package-list' || def.shape === 'install-steps' || def.shape === 'url-list' || def.shape === 'word-list') return SymbolKind.Array;
  if (def.shape === 'integer') return SymbolKind.Number;
  return SymbolKind.Property;
}
