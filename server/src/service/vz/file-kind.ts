import type { VzFile } from '../../vz/ast';

/**
 * Which kind of file a document is decides which rules apply: start-time
 * requirements only for container configs and samples, `$VEID` only in vz.conf.
 */
export type VzFileKind = 'container' | 'global' | 'host' | 'other';

export function fileKindOf(uri: string, file: VzFile): VzFileKind {
  const directive = file.directives.get('kind')?.value.toLowerCase();
  if (directive === 'global' || directive === 'container' || directive === 'host' || directive === 'other') return directive;
  const path = decodeURIComponent(uri.replace(/^[a-z]+:\/\//i, '')).replace(/\\/g, '/');
  const segments = path.split('/');
  const base = segments[segments.length - 1] ?? '';
  if (base === 'vz.conf') return 'global';
  if (base === '0.conf') return 'host';
  if (segments.includes('dists') || base === 'download.conf' || base === 'osrelease.conf') return 'other';
  return 'container';
}
