import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { allSections, hooks, optionFiles, sectionDef, type SectionDef } from '../schema/metafile/index';
import { buildModel, sectionValue, valueLines, type MetafileModel } from '../service/metafile/model';
import { validateMetafile } from '../service/metafile/validate';
import { parseMetafile } from './parse';
import {
  configDirectory, DEFAULT_PRODUCT_NAME, defaultDescription, rpmBaseName, TREE_FILE_ORDER,
  type TemplateFile, type TemplateIdentity,
} from './template-layout';

export type { TemplateFile, TemplateIdentity } from './template-layout';
export { importTemplateTree, type ImportResult, type ImportOptions } from './template-import';

export interface ExportOptions {
  /** what vztt's build substitutes for @PRODUCT_NAME_LONG@ in default descriptions */
  readonly productName?: string;
}

export type ExportResult =
  | {
      readonly ok: true;
      /** the config directory, relative to the template area */
      readonly directory: string;
      readonly files: readonly TemplateFile[];
      /** the RPM vzmktmpl would build from the same metafile */
      readonly rpmName: string;
      /** sections that only reach the RPM header and so are not in the tree */
      readonly rpmOnly: readonly string[];
      /** what vzmktmpl would print as warnings (sections it drops) */
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly errors: readonly string[] };

/**
 * Lays a metafile out as the config directory vzmktmpl installs (reference
 * §2.1–2.2, §2.5), without building an RPM. Refuses, with located messages,
 * a metafile the checks find errors in.
 */
export function exportTemplateTree(text: string, options: ExportOptions = {}): ExportResult {
  const model = buildModel(parseMetafile(text), { maxValidatedChars: Number.POSITIVE_INFINITY });
  const errors = validateMetafile(model, 'metafile', undefined, () => undefined)
    .filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error)
    .map((diagnostic) => `line ${diagnostic.range.start.line + 1}: ${diagnostic.message} [${String(diagnostic.code)}]`);
  if (errors.length > 0) return { ok: false, errors };

  const ids = identityOf(model);
  const directory = configDirectory(ids);
  const contents = treeContents(model, ids, options.productName ?? DEFAULT_PRODUCT_NAME);
  const files = [...contents].map(([name, content]): TemplateFile => ({ relativePath: `${directory}/${name}`, content }));
  const version = joined(model, 'version') || '1.0';
  const release = joined(model, 'release') || '1';
  const warnings = droppedSections(model).map((name) => `%${name} is not valid for an OS template set or an app template; ignored`);
  const rpmOnly = allSections.filter((def) => def.output.kind === 'rpm' && valueLines(model, def.name).length > 0).map((def) => def.name);
  return { ok: true, directory, files, rpmName: `${rpmBaseName(ids)}-ez-${version}-${release}.noarch.rpm`, rpmOnly, warnings };
}

export function identityOf(model: MetafileModel): TemplateIdentity {
  const { osname, osver, osarch, appname, setname } = model.ids;
  return { osname, osver, osarch, ...(appname ? { appname } : {}), ...(setname ? { setname } : {}) };
}

/** The base-OS-only sections vzmktmpl drops from this template. */
function droppedSections(model: MetafileModel): string[] {
  if (model.kind === 'base-os') return [];
  return allSections.filter((def) => def.baseOsOnly && valueLines(model, def.name).length > 0).map((def) => def.name);
}

/** Value lines joined by single spaces, as `echo $VALUE` prints them with IFS set to a newline. */
function joined(model: MetafileModel, name: string): string {
  return valueLines(model, name).map((line) => line.effective).join(' ');
}

function lineFile(model: MetafileModel, name: string): string {
  return valueLines(model, name).map((line) => `${line.effective}\n`).join('');
}

/** File name → content, in vzmktmpl's order; numbered package stages follow `packages`. */
function treeContents(model: MetafileModel, ids: TemplateIdentity, productName: string): Map<string, string> {
  const files = new Map<string, string>();
  const dropped = new Set(droppedSections(model));
  for (const name of TREE_FILE_ORDER) {
    const def = sectionDef(name) as SectionDef;
    const present = valueLines(model, name).length > 0 && !dropped.has(name);
    if (name === 'packages') {
      files.set('packages', lineFile(model, 'packages'));
      for (let index = 0; index < 1000 && valueLines(model, `packages_${index}`).length > 0; index++) {
        files.set(`packages_${index}`, lineFile(model, `packages_${index}`));
      }
    } else if (name === 'description' || name === 'summary') {
      files.set(name, `${present ? joined(model, name) : defaultDescription(ids, productName)}\n`);
    } else if (name === 'version' || name === 'release') {
      files.set(name, `${joined(model, name) || def.default}\n`);
    } else if (name === 'upgradable_versions' && present && sectionValue(model, name) === 'none') {
      files.set(name, '');
    } else if (present) {
      files.set(name, def.output.kind === 'joined' ? `${joined(model, name)}\n` : lineFile(model, name));
    }
  }
  return files;
}

/** Names in a config directory that are hook scripts or option files rather than section output. */
export const OPTION_FILE_NAMES: ReadonlySet<string> = new Set([...hooks.map((hook) => hook.name), ...optionFiles.map((entry) => entry.name)]);
