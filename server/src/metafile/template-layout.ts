import type { TemplateKind } from '../schema/metafile/index';

/** One file of a template tree, by its path below the template area (`$TEMPLATE`). */
export interface TemplateFile {
  readonly relativePath: string;
  readonly content: string;
  /** hook scripts are installed with mode 0755 */
  readonly executable?: boolean;
}

export interface TemplateIdentity {
  readonly osname: string;
  readonly osver: string;
  readonly osarch: string;
  readonly appname?: string;
  readonly setname?: string;
}

/**
 * The config directory vzmktmpl installs into (reference §2.1, §2.5):
 * `<osname>/<osver>/<osarch>/config/os/<default|set>` or
 * `<osname>/<osver>/<osarch>/config/app/<app>/<default|set>`.
 */
export function configDirectory(ids: TemplateIdentity): string {
  const kindPart = ids.appname ? `app/${ids.appname}` : 'os';
  return `${ids.osname}/${ids.osver}/${ids.osarch}/config/${kindPart}/${ids.setname || 'default'}`;
}

const CONFIG_PATH = /^(?:(.*)\/)?([^/]+)\/([^/]+)\/([^/]+)\/config\/(?:os|app\/([^/]+))\/([^/]+)\/(.+)$/;

/** Splits a path of a template tree into the template's identity and the file's path inside the config directory. */
export function readConfigPath(relativePath: string): { ids: TemplateIdentity; directory: string; inner: string } | undefined {
  const match = CONFIG_PATH.exec(relativePath.replace(/\\/g, '/'));
  if (!match) return undefined;
  const [, , osname, osver, osarch, appname, set, inner] = match;
  const ids: TemplateIdentity = {
    osname, osver, osarch,
    ...(appname ? { appname } : {}),
    ...(set !== 'default' ? { setname: set } : {}),
  };
  return { ids, directory: configDirectory(ids), inner };
}

export function kindOf(ids: TemplateIdentity): TemplateKind {
  return ids.appname ? 'app' : ids.setname ? 'os-set' : 'base-os';
}

/** `[<appname>-]<osname>-<osver>-<osarch>[-<setname>]`, the RPM base name vzmktmpl uses. */
export function rpmBaseName(ids: TemplateIdentity): string {
  const base = `${ids.osname}-${ids.osver}-${ids.osarch}`;
  const withApp = ids.appname ? `${ids.appname}-${base}` : base;
  return ids.setname ? `${withApp}-${ids.setname}` : withApp;
}

/**
 * The description and summary vzmktmpl writes when the metafile has none.
 * The product name is filled in when vztt is built, so it is a parameter.
 */
export function defaultDescription(ids: TemplateIdentity, productName: string): string {
  const addname = ids.setname ? `-${ids.setname}` : '';
  return ids.appname
    ? `${ids.appname}${addname} for ${ids.osname}-${ids.osver}-${ids.osarch} ${productName} template`
    : `${ids.osname}-${ids.osver}-${ids.osarch}${addname} ${productName} ostemplate`;
}

/** What @PRODUCT_NAME_LONG@ stands for by default (an assumption: vztt's build sets it). */
export const DEFAULT_PRODUCT_NAME = 'Virtuozzo';

/** Files written in the order vzmktmpl adds them to its sources. */
export const TREE_FILE_ORDER = [
  'packages', 'description', 'summary', 'package_manager', 'distribution', 'repositories', 'zypp_repositories',
  'mirrorlist', 'technologies', 'osrelease', 'cache_type', 'upgradable_versions', 'golden_image', 'version', 'release',
];
