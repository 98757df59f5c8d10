import { allSections, hookByName, optionFiles, sectionDef, type SectionDef } from '../schema/metafile/index';
import { encodeValueLine, printMetafile, type PrintedSection } from './print';
import {
  DEFAULT_PRODUCT_NAME, defaultDescription, kindOf, readConfigPath, type TemplateFile, type TemplateIdentity,
} from './template-layout';

export interface ImportOptions {
  /** identity for files given by bare names (when the tree is not below a template area) */
  readonly identity?: TemplateIdentity;
  readonly productName?: string;
}

export type ImportResult =
  | {
      readonly ok: true;
      readonly text: string;
      readonly identity: TemplateIdentity;
      /** the vzmktmpl options that bring back the hook scripts, docs and files (paths inside the config directory) */
      readonly vzmktmplOptions: readonly string[];
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly errors: readonly string[] };

/** Section that a config-directory file comes from, by file name. */
const SECTION_BY_FILE = new Map<string, SectionDef>(
  allSections.flatMap((def) => (def.output.kind === 'lines' || def.output.kind === 'joined' ? [[def.output.file, def] as const] : [])),
);

function fileSection(name: string): SectionDef | undefined {
  return SECTION_BY_FILE.get(name) ?? (/^packages_\d+$/.test(name) ? sectionDef(name) : undefined);
}

/**
 * Reads a template config directory back into a metafile: the reverse of
 * `exportTemplateTree`. Files outside the directory's knowledge are named in
 * warnings; hook scripts become vzmktmpl options.
 */
export function importTemplateTree(files: readonly TemplateFile[], options: ImportOptions = {}): ImportResult {
  const located = locate(files, options.identity);
  if ('errors' in located) return { ok: false, errors: located.errors };
  const { ids, inner } = located;
  if (!inner.has('packages')) return { ok: false, errors: ['not a template directory: there is no `packages` file (vztt recognises a template by it)'] };

  const warnings: string[] = [];
  const vzmktmplOptions: string[] = [];
  const sections: PrintedSection[] = [
    { name: 'osname', lines: [ids.osname] }, { name: 'osver', lines: [ids.osver] }, { name: 'osarch', lines: [ids.osarch] },
    ...(ids.appname ? [{ name: 'appname', lines: [ids.appname] }] : []),
    ...(ids.setname ? [{ name: 'setname', lines: [ids.setname] }] : []),
  ];
  const kind = kindOf(ids);
  const productName = options.productName ?? DEFAULT_PRODUCT_NAME;

  for (const [name, file] of [...inner].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const option = optionFor(name);
    if (option) {
      vzmktmplOptions.push(option, name);
      continue;
    }
    const folder = /^(doc|files)\//.exec(name);
    if (folder) {
      vzmktmplOptions.push(folder[1] === 'doc' ? '--doc' : '--file', name);
      continue;
    }
    const def = fileSection(name);
    if (!def) {
      warnings.push(`${name}: not a file vzmktmpl writes; left out`);
      continue;
    }
    if (def.baseOsOnly && kind !== 'base-os') {
      warnings.push(`${name}: only a base OS template may have it; vzmktmpl would drop it, so it is left out`);
      continue;
    }
    const lines = sectionLines(def, file.content, ids, productName, warnings);
    if (lines && lines.length > 0) sections.push({ name: def.name, lines });
  }
  if (kind === 'base-os' && !inner.has('package_manager')) warnings.push('no package_manager file: vztt does not treat this directory as a base OS template');
  const comments = vzmktmplOptions.length > 0 ? [`Build with: vzmktmpl ${vzmktmplOptions.join(' ')} METAFILE`] : [];
  return { ok: true, text: printMetafile(sections, comments), identity: ids, vzmktmplOptions, warnings };
}

function optionFor(name: string): string | undefined {
  if (hookByName.has(name)) return `--${name}`;
  return optionFiles.find((entry) => entry.name === name)?.option;
}

/** The value lines that make vzmktmpl write `content`; undefined when the file only holds the default. */
function sectionLines(def: SectionDef, content: string, ids: TemplateIdentity, productName: string, warnings: string[]): string[] | undefined {
  const lines = content.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const kept = lines.map((line) => line.replace(/\r$/, '')).filter((line) => !/^[ \t]*$/.test(line));
  if (def.name === 'upgradable_versions' && kept.length === 0) return ['none'];
  if ((def.name === 'description' || def.name === 'summary') && kept.join(' ') === defaultDescription(ids, productName)) return undefined;
  if ((def.name === 'version' || def.name === 'release') && kept.join(' ') === def.default) return undefined;
  const result: string[] = [];
  for (const line of kept) {
    if (encodeValueLine(line) === undefined) {
      warnings.push(`${def.name}: the line "${line}" cannot be written in a metafile so that vzmktmpl reproduces it; left out`);
      continue;
    }
    result.push(line);
  }
  return result;
}

type Located = { ids: TemplateIdentity; inner: Map<string, TemplateFile> } | { errors: string[] };

/** Finds the one config directory the files belong to. */
function locate(files: readonly TemplateFile[], identity: TemplateIdentity | undefined): Located {
  const directories = new Map<string, { ids: TemplateIdentity; inner: Map<string, TemplateFile> }>();
  const bare = new Map<string, TemplateFile>();
  for (const file of files) {
    const parsed = readConfigPath(file.relativePath);
    if (!parsed) {
      bare.set(file.relativePath.replace(/\\/g, '/').replace(/^\.\//, ''), file);
      continue;
    }
    const entry = directories.get(parsed.directory) ?? { ids: parsed.ids, inner: new Map<string, TemplateFile>() };
    entry.inner.set(parsed.inner, file);
    directories.set(parsed.directory, entry);
  }
  if (directories.size > 1) {
    return { errors: [`the files belong to ${directories.size} template directories (${[...directories.keys()].join(', ')}); import one at a time`] };
  }
  const [only] = directories.values();
  if (only) return only;
  if (!identity) {
    return { errors: ['cannot tell the template: give the files by their path below the template area (<osname>/<osver>/<osarch>/config/…) or name osname, osver and osarch'] };
  }
  return { ids: identity, inner: bare };
}
