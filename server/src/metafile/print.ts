import { allSections, packagesIndex } from '../schema/metafile/index';
import { readValueLine } from './parse';

export interface PrintedSection {
  readonly name: string;
  /** lines as they should come out of vzmktmpl (before any `\#` escaping) */
  readonly lines: readonly string[];
}

const ORDER = new Map(allSections.map((def, index) => [def.name, index * 1000]));
const PACKAGES_1 = ORDER.get('packages_1') ?? 0;

/** Position of a section in the canonical layout; numbered package stages follow packages_1. */
export function canonicalRank(name: string): number {
  const known = ORDER.get(name);
  if (known !== undefined) return known;
  const index = packagesIndex(name);
  return index !== undefined ? PACKAGES_1 + index : Number.MAX_SAFE_INTEGER;
}

/**
 * How to write a line so that vzmktmpl prints it back unchanged: as is, or
 * behind a backslash (the `\#` rule) when it would otherwise be a comment or
 * a header. Undefined when no spelling survives the reader.
 */
export function encodeValueLine(line: string): string | undefined {
  if (/^[ \t]*$/.test(line)) return undefined;
  const special = /^[ \t]*#/.test(line) || line.startsWith('%');
  if (!special && readValueLine(line, 0).effective === line) return line;
  const escaped = `\\${line}`;
  return readValueLine(escaped, 0).effective === line ? escaped : undefined;
}

/** Prints sections in the canonical order, one blank line between them. */
export function printMetafile(sections: readonly PrintedSection[], leadingComments: readonly string[] = []): string {
  const sorted = [...sections].sort((a, b) => canonicalRank(a.name) - canonicalRank(b.name));
  const blocks = sorted.map((section) => [`%${section.name}`, ...section.lines.map((line) => encodeValueLine(line) ?? line)].join('\n'));
  const head = leadingComments.map((comment) => `# ${comment}`).join('\n');
  return [...(head ? [head] : []), ...blocks].join('\n\n') + '\n';
}
