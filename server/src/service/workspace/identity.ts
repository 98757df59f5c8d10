import type { Range } from 'vscode-languageserver-types';

/**
 * Something that must be unique across the guests of one folder: two files
 * that share it describe guests that cannot run side by side (a name or CTID
 * the toolstack refuses twice) or that would fight over the network (a MAC or
 * an IP address).
 */
export type IdentityKind = 'domain-name' | 'mac' | 'uuid' | 'container-ip' | 'ctid';

export interface Identity {
  readonly kind: IdentityKind;
  /** normalised for comparison: MACs and UUIDs lower-case, IPs without a prefix, IPv6 compressed */
  readonly value: string;
  /** where the value is written in its file (an empty range at the start for a CTID taken from the file name) */
  readonly range: Range;
}

/** The identities of one file, as `crossFileDiagnostics` takes them. */
export interface FileIdentities {
  readonly uri: string;
  readonly identities: readonly Identity[];
}
