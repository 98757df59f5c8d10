import type { LanguageId } from './language';

/**
 * Chooses the language from a file path, as the CLI and the server do when the
 * client did not say. Returns undefined for files HVConf does not handle.
 */
export function detectLanguage(filePath: string): LanguageId | undefined {
  const normalised = filePath.replace(/\\/g, '/');
  const segments = normalised.split('/');
  const base = segments[segments.length - 1] ?? '';
  const folders = segments.slice(0, -1);

  if (/\.xl$/.test(base) || /\.xl\.cfg$/.test(base) || /^xlexample\./.test(base)) return 'xen-xl';
  if (/\.cfg$/.test(base) && folders.includes('xen')) return 'xen-xl';

  if (/\.metafile$/.test(base) || /^metafile(\..+)?$/.test(base)) return 'vz-metafile';
  if (/^ve-.+\.conf-sample$/.test(base) || base === 'vz.conf') return 'vz-conf';
  if (/\.conf$/.test(base) && folders.some((folder) => folder === 'vz' || folder === 'virtuozzo')) return 'vz-conf';
  return undefined;
}
