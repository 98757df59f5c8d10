/** What every host operation gets: the journaled store, the clock and id generation. */
import { randomUUID } from 'crypto';
import type { Clock } from './clock';
import type { ClusterStore } from './store';

export interface Progress {
  readonly message: string;
  /** 0..1 when known */
  readonly fraction?: number;
}

export interface OperationOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: Progress) => void;
}

export interface OperationContext {
  readonly store: ClusterStore;
  readonly clock: Clock;
  readonly newId: () => string;
}

export function makeContext(store: ClusterStore, clock: Clock): OperationContext {
  return { store, clock, newId: randomUUID };
}

export function report(options: OperationOptions | undefined, message: string, fraction?: number): void {
  try {
    options?.onProgress?.(fraction === undefined ? { message } : { message, fraction });
  } catch {
    // a progress listener must not break the operation
  }
}
