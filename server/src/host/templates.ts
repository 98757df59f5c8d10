/**
 * EZ template naming: `<osname>-<osver>-<osarch>[-<setname>]` for OS
 * templates (reference openvz.md §2.1).
 */
import { HostError } from './errors';

const ARCHES = ['x86', 'x86_64', 'ia64'];

export interface OsTemplateName {
  readonly osname: string;
  readonly osver: string;
  readonly osarch: string;
}

/** Splits `centos-7-x86_64` or `ubuntu-20.04-x86_64`; osname may itself contain '-'. */
export function parseOsTemplateName(name: string): OsTemplateName {
  const parts = name.split('-');
  const archIndex = parts.findIndex((part, i) => i >= 2 && ARCHES.includes(part));
  if (archIndex < 2) {
    throw new HostError('invalid-argument', `"${name}" is not an OS template name like <osname>-<osver>-<osarch> (arch one of ${ARCHES.join(', ')})`);
  }
  return {
    osname: parts.slice(0, archIndex - 1).join('-'),
    osver: parts[archIndex - 1]!,
    osarch: parts[archIndex]!,
  };
}
