import { baseOsSections } from './sections-base-os';
import { identitySections } from './sections-identity';
import { metadataSections } from './sections-metadata';
import { numberedPackagesSection, packageSections } from './sections-packages';
import { repositorySections } from './sections-repositories';
import type { SectionDef } from './section-def';

export type { SectionDef, SectionShape, SectionOutput, SectionTopic, TemplateKind } from './section-def';
export { packageManagers, packageFamilies, packageFamilyOf, packageManagerArch, type PackageFamily, type PackageManagerDef } from './package-managers';
export { distributions, distributionByName, type DistributionDef } from './distributions';
export { urlVariables, urlVariableByName, type UrlVariableDef } from './url-variables';
export { hooks, hookByName, optionFiles, type HookDef } from './hooks';

/** Every named section, in the order a metafile usually lists them. */
export const allSections: readonly SectionDef[] = [
  ...identitySections, ...metadataSections.filter((def) => def.name === 'version' || def.name === 'release' || def.name === 'summary'),
  ...packageSections, ...baseOsSections, ...repositorySections,
  ...metadataSections.filter((def) => def.name !== 'version' && def.name !== 'release' && def.name !== 'summary'),
];

export const sectionsByName: ReadonlyMap<string, SectionDef> = new Map(allSections.map((def) => [def.name, def]));

const NUMBERED_PACKAGES = /^packages_(\d+)$/;

/** The section a header names, including `packages_N` for any N; undefined when vzmktmpl never reads it. */
export function sectionDef(name: string): SectionDef | undefined {
  const known = sectionsByName.get(name);
  if (known) return known;
  const numbered = NUMBERED_PACKAGES.exec(name);
  // vzmktmpl builds the name from a decimal counter, so `packages_01` is never read
  if (numbered && String(Number(numbered[1])) === numbered[1] && Number(numbered[1]) < 1000) return numberedPackagesSection(Number(numbered[1]));
  return undefined;
}

/** The position of `packages_N` in vzmktmpl's numbered loop, or undefined. */
export function packagesIndex(name: string): number | undefined {
  const numbered = NUMBERED_PACKAGES.exec(name);
  return numbered && sectionDef(name) ? Number(numbered[1]) : undefined;
}

/** Template name as vztt forms it (reference §2.1). */
export function templateName(ids: { osname: string; osver: string; osarch: string; appname?: string; setname?: string }): string {
  if (ids.appname) return ids.setname ? `${ids.appname}-${ids.setname}` : ids.appname;
  const base = `${ids.osname}-${ids.osver}-${ids.osarch}`;
  return ids.setname ? `${base}-${ids.setname}` : base;
}
