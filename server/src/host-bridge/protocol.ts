/**
 * The host protocol as any LSP client sees it: command ids for
 * `workspace/executeCommand`, custom request and notification methods, and
 * the error shape. Documented in docs/host-protocol.md. The VS Code client
 * bundles this very module (client/src/guests/protocol.ts re-exports it), so
 * it must stay free of imports.
 */

export const HostCommands = {
  launch: 'hvconf.host.launch',
  dryRun: 'hvconf.host.dryRun',
  createStorage: 'hvconf.host.createStorage',
  shutdownDomain: 'hvconf.host.shutdownDomain',
  rebootDomain: 'hvconf.host.rebootDomain',
  destroyDomain: 'hvconf.host.destroyDomain',
  pauseDomain: 'hvconf.host.pauseDomain',
  unpauseDomain: 'hvconf.host.unpauseDomain',
  migrateDomain: 'hvconf.host.migrateDomain',
  console: 'hvconf.host.console',
  hostInfo: 'hvconf.host.hostInfo',
  startContainer: 'hvconf.host.startContainer',
  stopContainer: 'hvconf.host.stopContainer',
  restartContainer: 'hvconf.host.restartContainer',
  destroyContainer: 'hvconf.host.destroyContainer',
  migrateContainer: 'hvconf.host.migrateContainer',
  deployContainers: 'hvconf.host.deployContainers',
  createCache: 'hvconf.host.createCache',
  installAppTemplate: 'hvconf.host.installAppTemplate',
} as const;

export type HostCommandId = (typeof HostCommands)[keyof typeof HostCommands];

/** Every command id, for `executeCommandProvider.commands` in the initialize result. */
export const hostCommandIds: readonly HostCommandId[] = Object.values(HostCommands);

export const HostRequests = {
  hosts: 'hvconf/hosts',
  guests: 'hvconf/guests',
  storage: 'hvconf/storage',
  templates: 'hvconf/templates',
  notices: 'hvconf/notices',
} as const;

export const HostNotifications = {
  guestsChanged: 'hvconf/guestsChanged',
} as const;

/** JSON-RPC error code of every refused or failed host call (outside the JSON-RPC and LSP reserved ranges). */
export const HOST_ERROR = 1001;

/** `error.data` of a HOST_ERROR (and of a cancelled call, code -32800). */
export interface HostErrorData {
  /** a HostErrorCode of the simulated host, or one of the bridge's own: no-document, not-supported */
  readonly code: string;
  /** for `invalid-config`: the document's errors, as published */
  readonly diagnostics?: readonly unknown[];
  /** for `storage-missing`: what createStorage calls would make the disk targets exist */
  readonly createStorage?: readonly { host: string; path: string; sizeGiB: number }[];
}
