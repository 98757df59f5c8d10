import { allSections, packagesIndex, sectionDef } from '../../../schema/metafile/index';
import type { Span } from '../../../metafile/ast';
import { makeDiagnostic } from '../diagnostics';
import { hasValue, KIND_LABEL, withArticle, type MetafileModel } from '../model';
import type { MetafileCheck } from './check';

/** Where a file-wide finding goes: the header when the section exists but is empty, else the first line. */
function anchorFor(model: MetafileModel, name: string): Span {
  const header = model.byName.get(name)?.[0]?.header;
  if (header) return header.nameSpan;
  return { start: 0, end: 0 };
}

const ABORT_MESSAGE: Record<string, string> = {
  osname: 'Can not find osname',
  osver: 'Can not find osver',
  osarch: 'Can not find osarch',
  package_manager: 'package_manager is mandatory for os template without setname',
};

export const missingSectionCheck: MetafileCheck = {
  name: 'missing-section',
  run({ model, report }) {
    for (const def of allSections) {
      if (!def.requiredFor.includes(model.kind) || hasValue(model, def.name)) continue;
      const exists = model.byName.has(def.name);
      const says = ABORT_MESSAGE[def.name] ? ` and stops with "${ABORT_MESSAGE[def.name]}"` : ' and stops';
      report(makeDiagnostic(model, anchorFor(model, def.name), 'metafile/missing-section',
        `${exists ? `%${def.name} is empty` : `%${def.name} is missing`}: ${withArticle(model.kind)} needs it; vzmktmpl checks it${says}.`));
    }
  },
};

export const missingRepositoriesCheck: MetafileCheck = {
  name: 'missing-repositories',
  run({ model, report }) {
    if (model.kind !== 'base-os') return;
    if (hasValue(model, 'repositories') || hasValue(model, 'zypp_repositories') || hasValue(model, 'mirrorlist')) return;
    report(makeDiagnostic(model, { start: 0, end: 0 }, 'metafile/missing-repositories',
      'A base OS template needs %repositories, %zypp_repositories or %mirrorlist; without one vzmktmpl stops ("repositories, zypp_repositories or mirrorlist are mandatary for os template").'));
  },
};

export const missingPackagesCheck: MetafileCheck = {
  name: 'missing-packages',
  run({ model, report }) {
    if (hasValue(model, 'packages')) return;
    report(makeDiagnostic(model, anchorFor(model, 'packages'), 'metafile/missing-packages',
      `No packages: without %packages vzmktmpl still builds the ${KIND_LABEL[model.kind]}, but it installs nothing.`));
  },
};

export const missingDebianStagesCheck: MetafileCheck = {
  name: 'missing-debian-stages',
  run({ model, report }) {
    if (model.kind !== 'base-os' || model.family !== 'dpkg') return;
    const missing = ['packages_0', 'packages_1'].filter((name) => !hasValue(model, name));
    if (missing.length === 0) return;
    const anchor = model.byName.get('package_manager')?.[0]?.header.nameSpan ?? { start: 0, end: 0 };
    report(makeDiagnostic(model, anchor, 'metafile/missing-debian-stages',
      `A Debian-family OS template is cached in stages %packages_0, %packages_1, then %packages; ${missing.map((name) => `%${name}`).join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing.`));
  },
};

export const packagesGapCheck: MetafileCheck = {
  name: 'packages-gap',
  run({ model, report }) {
    let firstGap: number | undefined;
    for (let index = 0; index < 1000 && firstGap === undefined; index++) {
      if (!hasValue(model, `packages_${index}`)) firstGap = index;
    }
    if (firstGap === undefined) return;
    for (const section of model.ast.sections) {
      const index = packagesIndex(section.header.name);
      if (index === undefined || index <= firstGap || section.values.length === 0 || !sectionDef(section.header.name)) continue;
      report(makeDiagnostic(model, section.header.nameSpan, 'metafile/packages-gap',
        `vzmktmpl reads %packages_0, %packages_1, … and stops at the first missing or empty one, %packages_${firstGap}; this section is never read.`));
    }
  },
};
