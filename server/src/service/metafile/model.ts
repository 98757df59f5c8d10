import type { MetafileAst, MetafileSection, MetafileValueLine } from '../../metafile/ast';
import { LineIndex } from '../line-index';
import { packageFamilyOf, type PackageFamily, type TemplateKind } from '../../schema/metafile/index';

/** Identity of the template as vzmktmpl reads it: the value lines, trimmed and joined. */
export interface TemplateIds {
  readonly osname: string;
  readonly osver: string;
  readonly osarch: string;
  readonly appname: string;
  readonly setname: string;
}

export interface MetafileModel {
  readonly ast: MetafileAst;
  readonly text: string;
  readonly lines: LineIndex;
  /** every occurrence of each section name, in file order */
  readonly byName: ReadonlyMap<string, readonly MetafileSection[]>;
  readonly kind: TemplateKind;
  readonly ids: TemplateIds;
  /** from `%package_manager`; undefined for sets and app templates, which inherit it */
  readonly family?: PackageFamily;
  /** too large to check beyond the structure */
  readonly syntaxOnly: boolean;
}

export interface ModelOptions {
  readonly maxValidatedChars: number;
}

export function buildModel(ast: MetafileAst, options: ModelOptions): MetafileModel {
  const byName = new Map<string, MetafileSection[]>();
  for (const section of ast.sections) {
    const list = byName.get(section.header.name) ?? [];
    list.push(section);
    byName.set(section.header.name, list);
  }
  const read = (name: string): string => sectionText(byName.get(name) ?? []).trim();
  const ids: TemplateIds = { osname: read('osname'), osver: read('osver'), osarch: read('osarch'), appname: read('appname'), setname: read('setname') };
  const kind: TemplateKind = ids.appname ? 'app' : ids.setname ? 'os-set' : 'base-os';
  const packageManager = read('package_manager');
  const family = kind === 'base-os' && packageManager ? packageFamilyOf(packageManager)?.family : undefined;
  return {
    ast, text: ast.text, lines: new LineIndex(ast.text), byName, kind, ids,
    ...(family ? { family } : {}),
    syntaxOnly: ast.text.length > options.maxValidatedChars,
  };
}

/** All value lines of a section, every occurrence included, as vzmktmpl collects them. */
export function valueLines(model: MetafileModel, name: string): MetafileValueLine[] {
  return (model.byName.get(name) ?? []).flatMap((section) => [...section.values]);
}

/** The section's value as vzmktmpl's reader returns it: printed lines joined by newlines. */
export function sectionText(sections: readonly MetafileSection[]): string {
  return sections.flatMap((section) => section.values.map((line) => line.effective)).join('\n');
}

export function sectionValue(model: MetafileModel, name: string): string {
  return sectionText(model.byName.get(name) ?? []);
}

/** Whether any occurrence of the section has a value line. */
export function hasValue(model: MetafileModel, name: string): boolean {
  return (model.byName.get(name) ?? []).some((section) => section.values.length > 0);
}

/** "a base OS template", "an application template" */
export function withArticle(kind: TemplateKind): string {
  const label = KIND_LABEL[kind];
  return `${/^[aeiou]/.test(label) ? 'an' : 'a'} ${label}`;
}

export const KIND_LABEL: Record<TemplateKind, string> = {
  'base-os': 'base OS template',
  'os-set': 'extra OS template set',
  app: 'application template',
};
