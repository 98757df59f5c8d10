import type { SectionDef } from './section-def';

const PLACEHOLDERS = 'A URL may start with a `$NAME` placeholder that vztt replaces from `url.map` (e.g. `$CE_SERVER`).';

/** Where packages come from (reference §2.2 `repositories`, `zypp_repositories`, `mirrorlist`). */
export const repositorySections: readonly SectionDef[] = [
  {
    name: 'repositories',
    summary: 'Package repositories, one per line.',
    doc: `For RPM templates every line is a repository base URL (several alternative URLs may share a line, separated by blanks). For Debian-family templates every line is an apt source: \`<url> <suite> <components…>\`. ${PLACEHOLDERS}\n\nA base OS template needs at least one of \`%repositories\`, \`%zypp_repositories\` or \`%mirrorlist\`, or vzmktmpl stops. Extra sets and application templates add their own to the base template's.`,
    example: '%repositories\n$CE_SERVER/centos/7/os/x86_64',
    shape: 'url-list', requiredFor: [], baseOsOnly: false,
    output: { kind: 'lines', file: 'repositories' }, topic: 'repositories',
  },
  {
    name: 'zypp_repositories',
    summary: 'SUSE: zypper repositories, one URL per line.',
    doc: `Repositories handed to zypper for SUSE templates. ${PLACEHOLDERS} Counts towards the repository a base OS template must have.`,
    example: '%zypp_repositories\n$SUSE_SERVER/distribution/leap/15.5/repo/oss',
    shape: 'url-list', requiredFor: [], baseOsOnly: false,
    output: { kind: 'lines', file: 'zypp_repositories' }, topic: 'repositories',
  },
  {
    name: 'mirrorlist',
    summary: 'yum mirror lists: URLs of files that list mirrors, one per line.',
    doc: `Each URL points to a mirror-list file rather than to a repository itself. ${PLACEHOLDERS} Counts towards the repository a base OS template must have.`,
    example: '%mirrorlist\n$SW_SERVER/download/mirrors/centos-7',
    shape: 'url-list', requiredFor: [], baseOsOnly: false,
    output: { kind: 'lines', file: 'mirrorlist' }, topic: 'repositories',
  },
];
