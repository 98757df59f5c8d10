import { distributions } from './distributions';
import { packageManagers } from './package-managers';
import type { SectionDef } from './section-def';

const BASE_ONLY = 'Only a base OS template (no `%appname`, no `%setname`) may carry it; elsewhere vzmktmpl prints a warning and drops it, and extra sets inherit the base template\'s value.';

/** Sections only a base OS template carries (reference §2.2, §2.4, §2.5). */
export const baseOsSections: readonly SectionDef[] = [
  {
    name: 'package_manager',
    summary: 'Package manager type of the OS, e.g. `rpm44x64` or `dpkgx64`.',
    doc: `Tells vztt how to install packages. Its prefix decides the package format: \`rpmzypp…\` is RPM through zypper, \`rpm…\` is RPM, \`dpkg…\` is Debian packages; names newer than the manual's list exist, so only the prefix is binding. A base OS template without it makes vzmktmpl stop ("package_manager is mandatory"). ${BASE_ONLY}`,
    example: '%package_manager\nrpm44x64',
    shape: 'word', requiredFor: ['base-os'], baseOsOnly: true, values: packageManagers, openEnded: true,
    output: { kind: 'joined', file: 'package_manager' }, topic: 'base-os',
  },
  {
    name: 'distribution',
    summary: 'Distribution type that selects the node\'s `/etc/vz/dists/*.conf` scripts.',
    doc: `vzctl uses it to pick the scripts that set the hostname, IP addresses and so on inside containers of this OS. The manual lists a fixed set of values; a node may carry scripts for more. ${BASE_ONLY}`,
    example: '%distribution\ncentos',
    shape: 'word', requiredFor: [], baseOsOnly: true, values: distributions, openEnded: true,
    output: { kind: 'joined', file: 'distribution' }, topic: 'base-os',
  },
  {
    name: 'technologies',
    summary: 'Node technologies the template needs (e.g. an architecture).',
    doc: `Blank or line separated tokens from vztt's technologies table; a node lacking one cannot use the template, and vztt rejects unknown names. ${BASE_ONLY}`,
    example: '%technologies\nx86_64',
    shape: 'word-list', requiredFor: [], baseOsOnly: true,
    output: { kind: 'lines', file: 'technologies' }, topic: 'base-os',
  },
  {
    name: 'osrelease',
    summary: 'Kernel release that containers of this OS report (`uname -r`).',
    doc: `Becomes the container's \`OSRELEASE\`, for software that refuses to run on a kernel version it does not expect. ${BASE_ONLY}`,
    example: '%osrelease\n3.10.0',
    shape: 'word', requiredFor: [], baseOsOnly: true,
    output: { kind: 'lines', file: 'osrelease' }, topic: 'base-os',
  },
  {
    name: 'cache_type',
    summary: 'Which cache types may be made from the template (a number).',
    doc: `A bit mask read as an integer; without it every cache type is allowed. ${BASE_ONLY}`,
    example: '%cache_type\n3',
    shape: 'integer', requiredFor: [], baseOsOnly: true,
    output: { kind: 'lines', file: 'cache_type' }, topic: 'base-os',
  },
  {
    name: 'upgradable_versions',
    summary: 'OS versions that `vzpkg upgrade` may move to this one; `none` for none.',
    doc: `One version per line (or blank separated). The single value \`none\` makes vzmktmpl write an empty file, which means no version upgrades to this template. ${BASE_ONLY}`,
    example: '%upgradable_versions\n8.04\n9.10',
    shape: 'word-list', requiredFor: [], baseOsOnly: true, openEnded: true,
    values: [{ value: 'none', doc: 'No earlier version may be upgraded to this template: vzmktmpl writes an empty `upgradable_versions` file. Only special as the whole value.' }],
    output: { kind: 'lines', file: 'upgradable_versions' }, topic: 'base-os',
  },
];
