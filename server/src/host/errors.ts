/**
 * Every failure of a host call is a HostError with a stable code, so the UI
 * and the CLI can react to the kind of failure instead of parsing messages.
 */

export type HostErrorCode =
  | 'not-found'
  | 'name-clash'
  | 'id-clash'
  | 'ip-in-use'
  | 'no-memory'
  | 'no-disk-space'
  | 'storage-missing'
  | 'no-hvm'
  | 'bad-state'
  | 'nomigrate'
  | 'no-route'
  | 'wrong-host-kind'
  | 'template-missing'
  | 'template-not-cached'
  | 'cache-exists'
  | 'invalid-argument'
  | 'invalid-config'
  | 'migration-failed'
  | 'aborted'
  | 'timeout'
  | 'lock-timeout'
  | 'journal-corrupt'
  | 'io';

/** What the UI can offer when a disk target is missing: create it, then retry. */
export interface CreateStorageOffer {
  readonly host: string;
  readonly path: string;
  readonly sizeGiB: number;
}

export interface HostErrorDetails {
  readonly createStorage?: readonly CreateStorageOffer[];
  readonly [key: string]: unknown;
}

export class HostError extends Error {
  override readonly name = 'HostError';
  constructor(
    readonly code: HostErrorCode,
    message: string,
    readonly details: HostErrorDetails = {},
  ) {
    super(message);
  }
}

export function isHostError(value: unknown): value is HostError {
  return value instanceof HostError;
}

export function abortError(what: string): HostError {
  return new HostError('aborted', `${what}: cancelled`);
}

/** Throws the aborted HostError when the signal has fired. */
export function throwIfAborted(signal: AbortSignal | undefined, what: string): void {
  if (signal?.aborted) throw abortError(what);
}
