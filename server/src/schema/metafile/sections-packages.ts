import type { SectionDef } from './section-def';

const PACKAGE_FORMS = 'RPM templates accept `name`, `name.arch`, `name-version`, `name-version-release`, `name-version-release.arch` and `epoch:name-version-release.arch`; Debian templates accept `name` and `name=version`. Virtual package names do not work.';

/** Package lists (reference §2.2 `packages*`, §2.5). */
export const packageSections: readonly SectionDef[] = [
  {
    name: 'packages_0',
    summary: 'Debian/Ubuntu: packages of the minimal chroot, installed step by step.',
    doc: 'Debian-family OS templates are cached in three stages: `packages_0`, then `packages_1`, then `packages`. Every line of `packages_0` is one install step, run in the order given; names on the same line (separated by blanks) are installed together. The manual makes it mandatory for Debian and Ubuntu OS templates.',
    example: '%packages_0\nbase-files base-passwd\ndpkg',
    shape: 'install-steps', requiredFor: [], baseOsOnly: false,
    output: { kind: 'lines', file: 'packages_0' }, topic: 'packages',
  },
  {
    name: 'packages_1',
    summary: 'Debian/Ubuntu: base packages installed before `%packages`.',
    doc: `The second caching stage of a Debian-family OS template: what \`%packages\` needs to install cleanly. Same spec forms as \`%packages\`. vzmktmpl reads \`packages_0\`, \`packages_1\`, … in order and stops at the first one that is missing or empty.`,
    example: '%packages_1\nadduser\nbash',
    shape: 'package-list', requiredFor: [], baseOsOnly: false,
    output: { kind: 'lines', file: 'packages_1' }, topic: 'packages',
  },
  {
    name: 'packages',
    summary: 'The packages the template installs.',
    doc: `Copied line by line into the template's \`packages\` file; vztt later splits every line on blanks, so one or several package specs per line both work. ${PACKAGE_FORMS}\n\nThe manual calls the section mandatory. vzmktmpl does not check it and builds a template with an empty package list, which is rarely what was meant.`,
    example: '%packages\nopenssh-server\nvim-minimal',
    shape: 'package-list', requiredFor: [], expectedFor: ['base-os', 'os-set', 'app'], baseOsOnly: false,
    output: { kind: 'lines', file: 'packages' }, topic: 'packages',
  },
];

/**
 * `%packages_2` and later: vzmktmpl copies them like `packages_1` as long as
 * no number is skipped; vztt documents only the first two stages.
 */
export function numberedPackagesSection(index: number): SectionDef {
  return {
    name: `packages_${index}`,
    summary: `A further numbered package stage (\`packages_${index}\`).`,
    doc: `vzmktmpl copies \`%packages_${index}\` into a file of the same name when every lower number is present; the documented Debian install stages are only \`packages_0\` and \`packages_1\`.`,
    example: `%packages_${index}\npackage-name`,
    shape: 'package-list', requiredFor: [], baseOsOnly: false,
    output: { kind: 'lines', file: `packages_${index}` }, topic: 'packages',
  };
}
