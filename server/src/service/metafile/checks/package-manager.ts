import type { MetafileValueLine } from '../../../metafile/ast';
import {
  distributionByName, distributions, packageFamilyOf, packageManagerArch, packageManagers,
} from '../../../schema/metafile/index';
import { makeDiagnostic, replaceEdit } from '../diagnostics';
import { suggest } from '../did-you-mean';
import { valueLines, type MetafileModel } from '../model';

import type { MetafileCheck } from './check';

/** The first value line of a base OS template's section, trimmed; undefined elsewhere. */
function baseOsValue(model: MetafileModel, name: string): { line: MetafileValueLine; value: string } | undefined {
  if (model.kind !== 'base-os') return undefined;
  const line = valueLines(model, name)[0];
  const word = line?.words[0];
  return line && word ? { line, value: word.text } : undefined;
}

export const unknownPackageManagerCheck: MetafileCheck = {
  name: 'unknown-package-manager',
  run({ model, report }) {
    const found = baseOsValue(model, 'package_manager');
    if (!found || packageFamilyOf(found.value)) return;
    const suggestion = suggest(found.value, packageManagers.map((entry) => entry.value));
    const span = found.line.words[0].span;
    report(makeDiagnostic(model, span, 'metafile/unknown-package-manager',
      `"${found.value}" is not a package manager vztt knows: the name must start with rpm, rpmzypp or dpkg (e.g. rpm44x64, dpkgx64).${suggestion ? ` Did you mean ${suggestion}?` : ''}`,
      suggestion ? { fixes: [{ title: `Change to ${suggestion}`, edits: [replaceEdit(model, span, suggestion)], preferred: true }] } : {}));
  },
};

export const packageManagerArchCheck: MetafileCheck = {
  name: 'package-manager-arch',
  run({ model, report }) {
    const found = baseOsValue(model, 'package_manager');
    if (!found) return;
    const pmArch = packageManagerArch(found.value);
    const osarch = model.ids.osarch;
    if (!pmArch || (osarch !== 'x86' && osarch !== 'x86_64') || pmArch === osarch) return;
    const twin = twinFor(found.value, osarch);
    report(makeDiagnostic(model, found.line.words[0].span, 'metafile/package-manager-arch',
      `${found.value} is the package manager for ${pmArch}, but %osarch is ${osarch}.${twin ? ` Use ${twin}.` : ''}`,
      twin ? { fixes: [{ title: `Change to ${twin}`, edits: [replaceEdit(model, found.line.words[0].span, twin)], preferred: true }] } : {}));
  },
};

/** The same package manager for the other architecture, when the documented list has it. */
function twinFor(name: string, arch: 'x86' | 'x86_64'): string | undefined {
  const candidate = arch === 'x86_64'
    ? (name === 'dpkg' ? 'dpkgx64' : name.replace(/x86$/, 'x64'))
    : (name === 'dpkgx64' ? 'dpkg' : name.replace(/x64$/, 'x86'));
  return packageManagers.some((entry) => entry.value === candidate) ? candidate : undefined;
}

export const distributionCheck: MetafileCheck = {
  name: 'unknown-distribution',
  run({ model, report }) {
    const found = baseOsValue(model, 'distribution');
    if (!found) return;
    const span = found.line.words[0].span;
    const known = distributionByName.get(found.value);
    if (!known) {
      const suggestion = suggest(found.value, distributions.map((entry) => entry.value));
      report(makeDiagnostic(model, span, 'metafile/unknown-distribution',
        `"${found.value}" is not a distribution type the manual lists; the node needs /etc/vz/dists/${found.value}.conf.${suggestion ? ` Did you mean ${suggestion}?` : ''}`,
        suggestion ? { fixes: [{ title: `Change to ${suggestion}`, edits: [replaceEdit(model, span, suggestion)], preferred: true }] } : {}));
      return;
    }
    if (!model.family || known.families.length === 0 || known.families.includes(model.family)) return;
    report(makeDiagnostic(model, span, 'metafile/distribution-mismatch',
      `Distribution ${known.value} uses ${known.families.join(' or ')} packages, but %package_manager is a ${model.family} package manager.`));
  },
};
