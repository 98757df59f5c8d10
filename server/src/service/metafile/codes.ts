import type { Severity } from '../../schema/types';

export interface MetafileCodeDoc {
  readonly severity: Severity;
  readonly summary: string;
}

/**
 * Every diagnostic code of the vz-metafile language. Errors are what makes
 * vzmktmpl stop (or what leaves a template vztt refuses); what vzmktmpl drops
 * or copies unchecked into a broken template is a warning (reference
 * openvz.md §2.2–2.5).
 */
export const metafileCodes = {
  'metafile/carriage-return': { severity: 'error', summary: 'CR line endings: vzmktmpl\'s reader keeps the CR, so no header matches and the template cannot be built (a warning when only value lines carry one).' },
  'metafile/byte-order-mark': { severity: 'error', summary: 'A byte-order mark hides the first header from vzmktmpl (information when a comment follows it).' },
  'metafile/value-outside-section': { severity: 'warning', summary: 'A value line before the first `%section`; vzmktmpl never reads it.' },
  'metafile/unknown-section': { severity: 'hint', summary: 'A section vzmktmpl does not read; its lines are ignored. A close known name is suggested.' },
  'metafile/hook-as-section': { severity: 'warning', summary: 'A hook script or option file written as a section; vzmktmpl only takes it as a command-line option.' },
  'metafile/text-after-header': { severity: 'warning', summary: 'Text on the header line after the name; vzmktmpl ignores it (values go on the following lines).' },
  'metafile/indented-header': { severity: 'warning', summary: 'A `%` line with leading blanks is not a header; it is read as a value of the previous section.' },
  'metafile/duplicate-section': { severity: 'warning', summary: 'A section given twice; vzmktmpl merges the values of both.' },
  'metafile/empty-section': { severity: 'information', summary: 'A header without values; vzmktmpl treats the section as absent.' },
  'metafile/missing-section': { severity: 'error', summary: 'A section vzmktmpl requires for this kind of template is missing or empty; it stops.' },
  'metafile/missing-repositories': { severity: 'error', summary: 'A base OS template without %repositories, %zypp_repositories or %mirrorlist; vzmktmpl stops.' },
  'metafile/missing-packages': { severity: 'warning', summary: 'No %packages: vzmktmpl builds a template that installs nothing (the manual calls the section mandatory).' },
  'metafile/missing-debian-stages': { severity: 'warning', summary: 'A Debian-family base OS template without %packages_0 or %packages_1, which the manual requires.' },
  'metafile/packages-gap': { severity: 'warning', summary: '%packages_N after a missing lower number; vzmktmpl stops reading at the gap and drops it.' },
  'metafile/ignored-outside-base-os': { severity: 'warning', summary: 'A base-OS-only section in an app template or extra set; vzmktmpl warns and ignores it.' },
  'metafile/bad-osarch': { severity: 'error', summary: '%osarch is not x86, x86_64 or ia64; vzmktmpl stops with "Bad osarch".' },
  'metafile/multiple-lines': { severity: 'warning', summary: 'A single-value section with several lines; vzmktmpl joins them, which breaks names and tokens.' },
  'metafile/bad-name': { severity: 'warning', summary: 'A template name part with blanks or `/`; it becomes part of directory and RPM names.' },
  'metafile/unknown-package-manager': { severity: 'error', summary: 'A package manager whose prefix is neither rpm, rpmzypp nor dpkg; vztt refuses the template.' },
  'metafile/package-manager-arch': { severity: 'warning', summary: 'The package manager is built for another architecture than %osarch.' },
  'metafile/unknown-distribution': { severity: 'hint', summary: 'A distribution the manual does not list; the node needs matching /etc/vz/dists scripts.' },
  'metafile/distribution-mismatch': { severity: 'warning', summary: 'The distribution does not fit the package format of %package_manager.' },
  'metafile/bad-package-spec': { severity: 'warning', summary: 'A package spec in none of the RPM or Debian forms; the package transaction will fail.' },
  'metafile/bad-url': { severity: 'warning', summary: 'A repository or mirror-list entry that is neither a URL nor starts with a url.map placeholder.' },
  'metafile/unknown-url-variable': { severity: 'warning', summary: 'A `$NAME` placeholder the shipped url.map does not define; the URL stays unresolved.' },
  'metafile/disabled-url-variable': { severity: 'information', summary: 'A `$NAME` placeholder that is commented out in the shipped url.map; define it on the node.' },
  'metafile/apt-source-incomplete': { severity: 'warning', summary: 'A Debian repository line without a suite: it must read `<url> <suite> <components…>`.' },
  'metafile/inline-comment': { severity: 'warning', summary: 'A `#` after a value is not a comment; it is copied into the template as part of the value.' },
  'metafile/not-a-number': { severity: 'warning', summary: '%cache_type is not a number; vztt reads it as 0 or up to the first non-digit.' },
  'metafile/none-with-versions': { severity: 'warning', summary: '`none` in %upgradable_versions is only special alone; with other versions it is copied as a version.' },
} as const satisfies Record<string, MetafileCodeDoc>;

export type MetafileCode = keyof typeof metafileCodes;

export const allMetafileCodes = Object.keys(metafileCodes) as MetafileCode[];
