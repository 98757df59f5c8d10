import type { Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import { codeOfKind, workspaceCodes } from './codes';
import type { FileIdentities, Identity, IdentityKind } from './identity';
import { toLspSeverity } from '../severity';

/** One identity in one file. */
export interface Occurrence {
  readonly uri: string;
  readonly identity: Identity;
}

/** What two identities must share to clash. */
export function identityKey(identity: Identity): string {
  return `${identity.kind}\u0000${identity.value}`;
}

/** Every occurrence of each identity across `files`, by `identityKey`. */
export function groupIdentities(files: readonly FileIdentities[]): Map<string, Occurrence[]> {
  const groups = new Map<string, Occurrence[]>();
  for (const file of files) {
    for (const identity of file.identities) {
      const key = identityKey(identity);
      const group = groups.get(key);
      if (group) group.push({ uri: file.uri, identity });
      else groups.set(key, [{ uri: file.uri, identity }]);
    }
  }
  return groups;
}

/**
 * The warnings of one file: one per identity that `othersOf` finds in
 * other files, related to each of them, in the order of the file.
 */
export function clashDiagnostics(file: FileIdentities, othersOf: (identity: Identity) => readonly Occurrence[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const identity of file.identities) {
    const others = othersOf(identity);
    if (others.length > 0) diagnostics.push(clashDiagnostic({ uri: file.uri, identity }, others));
  }
  return diagnostics.sort(byPosition);
}

/**
 * One warning per clashing identity on each file involved, with related
 * information pointing at the same value in the other files. A value that
 * repeats inside a single file is not a clash between files (the
 * single-file checks own that case). Files without a clash get no entry.
 */
export function crossFileDiagnostics(files: readonly FileIdentities[]): Map<string, Diagnostic[]> {
  const groups = groupIdentities(files);
  const result = new Map<string, Diagnostic[]>();
  for (const file of files) {
    const diagnostics = clashDiagnostics(file, (identity) => (groups.get(identityKey(identity)) ?? []).filter((other) => other.uri !== file.uri));
    if (diagnostics.length > 0) result.set(file.uri, diagnostics);
  }
  return result;
}

function clashDiagnostic(occurrence: Occurrence, others: readonly Occurrence[]): Diagnostic {
  const { identity } = occurrence;
  const code = codeOfKind[identity.kind];
  const otherFiles = [...new Set(others.map((other) => shortName(other.uri, occurrence.uri)))];
  const relatedInformation: DiagnosticRelatedInformation[] = others.map((other) => ({
    location: { uri: other.uri, range: other.identity.range },
    message: `${WHAT[identity.kind]} ${quoted(identity)} is also used here`,
  }));
  return {
    range: identity.range,
    severity: toLspSeverity(workspaceCodes[code].severity),
    code,
    source: 'hvconf',
    message: `${capitalised(WHAT[identity.kind])} ${quoted(identity)} is also used by ${listOf(otherFiles)} in this folder. ${CONSEQUENCE[identity.kind](identity.value)}`,
    relatedInformation,
  };
}

const WHAT: Readonly<Record<IdentityKind, string>> = {
  'domain-name': 'the domain name',
  mac: 'the MAC address',
  uuid: 'the UUID',
  'container-ip': 'the IP address',
  ctid: 'the CTID',
};

const CONSEQUENCE: Readonly<Record<IdentityKind, (value: string) => string>> = {
  'domain-name': (value) => `Domain names must be unique on a host: xl refuses to create the second one (xl: Domain with name "${value}" already exists.).`,
  mac: () => 'Two guests with one MAC on the same network steal each other\'s traffic.',
  uuid: () => 'Two running guests must not share a UUID.',
  'container-ip': () => 'Two containers with one address on the same network conflict.',
  ctid: () => 'A host holds one container per CTID, so these configs cannot both be used there.',
};

function quoted(identity: Identity): string {
  return identity.kind === 'ctid' ? identity.value : `"${identity.value}"`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function listOf(names: readonly string[]): string {
  const shown = names.slice(0, 3);
  const rest = names.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

/**
 * The other file's name, with as many of its folders as it takes to tell it
 * from this file (`node2/vz/conf/101.conf` next to `vz/conf/101.conf`).
 */
function shortName(uri: string, relativeTo: string): string {
  const segments = pathSegments(uri);
  const own = pathSegments(relativeTo);
  let common = 0;
  while (common < segments.length && common < own.length && segments[segments.length - 1 - common] === own[own.length - 1 - common]) common++;
  const shown = common === 0 ? 1 : common + 1;
  return segments.slice(-shown).join('/') || uri;
}

function pathSegments(uri: string): string[] {
  const path = uri.replace(/[?#].*$/, '');
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // keep the escapes: still a readable name
  }
  return decoded.split(/[\\/]/).filter((segment) => segment.length > 0);
}
