import type { SectionDef } from './section-def';

/** Sections that name the template and place it in the template area (reference §2.1, §2.5). */
export const identitySections: readonly SectionDef[] = [
  {
    name: 'osname',
    summary: 'Name of the operating system the template belongs to.',
    doc: 'The first part of every template name and the top directory under the template area: files land in `/vz/template/<osname>/<osver>/<osarch>/`. vzmktmpl stops with "Can not find osname" when the section is missing or empty. The name may contain dashes (`fedora-core`).',
    example: '%osname\ncentos',
    shape: 'word', requiredFor: ['base-os', 'os-set', 'app'], baseOsOnly: false, output: { kind: 'path' }, topic: 'identity',
  },
  {
    name: 'osver',
    summary: 'Version of the operating system, e.g. `7` or `22.04`.',
    doc: 'Second part of the template name and the directory below `<osname>`. Required for every template: vzmktmpl stops with "Can not find osver" without it.',
    example: '%osver\n9',
    shape: 'word', requiredFor: ['base-os', 'os-set', 'app'], baseOsOnly: false, output: { kind: 'path' }, topic: 'identity',
  },
  {
    name: 'osarch',
    summary: 'Processor architecture of the template: `x86`, `x86_64` (or `ia64`).',
    doc: 'Third part of the template name and directory. vzmktmpl checks it against its own list and stops with "Bad osarch" for anything else. The manual names only `x86` and `x86_64`; the script also takes `ia64`.',
    example: '%osarch\nx86_64',
    shape: 'word', requiredFor: ['base-os', 'os-set', 'app'], baseOsOnly: false, output: { kind: 'path' }, topic: 'identity',
    values: [
      { value: 'x86_64', doc: '64-bit x86 (AMD64 / Intel 64).' },
      { value: 'x86', doc: '32-bit x86.' },
      { value: 'ia64', doc: 'Intel Itanium; vzmktmpl still accepts it, the manual no longer lists it.' },
    ],
  },
  {
    name: 'appname',
    summary: 'Makes this an application template with the given name.',
    doc: 'With `%appname` the template installs on top of an OS template instead of being one: its files go to `config/app/<appname>/` and the RPM requires the OS template `<osname>-<osver>-<osarch>-ez`. Sections that only a base OS template may carry are then ignored with a warning.',
    example: '%appname\nmysql',
    shape: 'word', requiredFor: [], baseOsOnly: false, output: { kind: 'path' }, topic: 'identity',
  },
  {
    name: 'setname',
    summary: 'Name of an extra package set (a non-default OS or application template).',
    doc: 'Without it the template is the default set (`default/` directory). With it the files go to `<setname>/` and the template name gets `-<setname>` appended. An extra OS set takes its package manager, distribution, technologies and upgradable versions from the base OS template, and adds the base repositories to its own.',
    example: '%setname\nminimal',
    shape: 'word', requiredFor: [], baseOsOnly: false, output: { kind: 'path' }, topic: 'identity',
  },
];
