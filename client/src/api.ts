import type { ServerState } from './server-controller';

/**
 * What `activate` returns. Tests use it to wait for the server instead of
 * sleeping; nothing else should depend on it.
 */
export interface HvconfApi {
  readonly serverState: () => ServerState;
  /** resolves when the language server runs; rejects if it failed to start */
  readonly whenServerReady: () => Promise<void>;
}
