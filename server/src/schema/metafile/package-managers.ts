import type { EnumValue } from '../types';

/** Package formats vztt tells apart by the prefix of `package_manager` (reference §2.4). */
export type PackageFamily = 'rpm' | 'rpmzypp' | 'dpkg';

export interface PackageManagerDef extends EnumValue {
  readonly arch: 'x86' | 'x86_64';
}

/** The names the vzpkg.metafile manual documents; newer ones exist, so only the prefix is enforced. */
export const packageManagers: readonly PackageManagerDef[] = [
  { value: 'rpm41s9x86', arch: 'x86', doc: 'rpm 4.1 as in SUSE Linux Enterprise Server 9, 32-bit.' },
  { value: 'rpm41x86', arch: 'x86', doc: 'rpm 4.1 for SUSE 10 and later / SLES 10 and later, 32-bit.' },
  { value: 'rpm43x86', arch: 'x86', doc: 'rpm 4.3 for RHEL 4 and CentOS 4, 32-bit.' },
  { value: 'rpm44x86', arch: 'x86', doc: 'rpm 4.4 for RHEL 5 and CentOS 5, 32-bit.' },
  { value: 'rpm47x86', arch: 'x86', doc: 'rpm 4.7 for Fedora 11 and 12, 32-bit.' },
  { value: 'dpkg', arch: 'x86', doc: 'dpkg/apt for Debian and Ubuntu, 32-bit.' },
  { value: 'rpm41s9x64', arch: 'x86_64', doc: 'rpm 4.1 as in SUSE Linux Enterprise Server 9, 64-bit.' },
  { value: 'rpm41x64', arch: 'x86_64', doc: 'rpm 4.1 for SUSE 10 and later / SLES 10 and later, 64-bit.' },
  { value: 'rpm43x64', arch: 'x86_64', doc: 'rpm 4.3 for RHEL 4 and CentOS 4, 64-bit.' },
  { value: 'rpm44x64', arch: 'x86_64', doc: 'rpm 4.4 for RHEL 5 and CentOS 5, 64-bit.' },
  { value: 'rpm47x64', arch: 'x86_64', doc: 'rpm 4.7 for Fedora 11 and 12, 64-bit.' },
  { value: 'dpkgx64', arch: 'x86_64', doc: 'dpkg/apt for Debian and Ubuntu, 64-bit.' },
];

export interface PackageFamilyDef {
  readonly prefix: string;
  readonly family: PackageFamily;
  readonly doc: string;
}

/** Checked longest prefix first, as `rpmzypp` also starts with `rpm`. */
export const packageFamilies: readonly PackageFamilyDef[] = [
  { prefix: 'rpmzypp', family: 'rpmzypp', doc: 'RPM packages installed through zypper (SUSE).' },
  { prefix: 'rpm', family: 'rpm', doc: 'RPM packages installed through yum or dnf.' },
  { prefix: 'dpkg', family: 'dpkg', doc: 'Debian packages installed through apt.' },
];

export function packageFamilyOf(packageManager: string): PackageFamilyDef | undefined {
  return packageFamilies.find((entry) => packageManager.startsWith(entry.prefix));
}

/** The architecture a package-manager name is built for, when its suffix says so. */
export function packageManagerArch(packageManager: string): 'x86' | 'x86_64' | undefined {
  if (/x64$/.test(packageManager)) return 'x86_64';
  if (/x86$/.test(packageManager) || packageManager === 'dpkg') return 'x86';
  return undefined;
}
