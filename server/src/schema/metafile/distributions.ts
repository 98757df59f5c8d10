import type { EnumValue } from '../types';
import type { PackageFamily } from './package-managers';

export interface DistributionDef extends EnumValue {
  /** package formats the distribution's scripts go with; absent when none fits a vztt package manager */
  readonly families: readonly PackageFamily[];
}

/**
 * `distribution` values (reference §2.2): the manual's list plus `redhat-el5`
 * from the shipped samples. The value picks the `/etc/vz/dists/*.conf`
 * scripts, so a node may know others.
 */
export const distributions: readonly DistributionDef[] = [
  { value: 'centos', families: ['rpm'], doc: 'CentOS (and its rebuilds); Red Hat style network scripts.' },
  { value: 'debian', families: ['dpkg'], doc: 'Debian and Ubuntu; Debian style network configuration.' },
  { value: 'fedora-core', families: ['rpm'], doc: 'Fedora (Core).' },
  { value: 'gentoo', families: [], doc: 'Gentoo Linux.' },
  { value: 'mandrake', families: ['rpm'], doc: 'Mandrake / Mandriva Linux.' },
  { value: 'redhat', families: ['rpm'], doc: 'Red Hat Linux / RHEL.' },
  { value: 'redhat-7.1', families: ['rpm'], doc: 'Red Hat Linux 7.1.' },
  { value: 'redhat-7.2', families: ['rpm'], doc: 'Red Hat Linux 7.2.' },
  { value: 'redhat-7.3', families: ['rpm'], doc: 'Red Hat Linux 7.3.' },
  { value: 'redhat-el5', families: ['rpm'], doc: 'Red Hat Enterprise Linux 5 family (used by the CentOS 5 sample).' },
  { value: 'slackware', families: [], doc: 'Slackware Linux.' },
  { value: 'slackware-9.1', families: [], doc: 'Slackware Linux 9.1.' },
  { value: 'suse', families: ['rpm', 'rpmzypp'], doc: 'SUSE Linux / openSUSE / SLES.' },
  { value: 'suse-8.0', families: ['rpm', 'rpmzypp'], doc: 'SuSE Linux 8.0.' },
  { value: 'suse-8.1', families: ['rpm', 'rpmzypp'], doc: 'SuSE Linux 8.1.' },
  { value: 'suse-8.2', families: ['rpm', 'rpmzypp'], doc: 'SuSE Linux 8.2.' },
];

export const distributionByName: ReadonlyMap<string, DistributionDef> = new Map(distributions.map((entry) => [entry.value, entry]));
