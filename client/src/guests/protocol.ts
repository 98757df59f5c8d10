/**
 * The host protocol names, shared with the server: the server module has no
 * dependencies, so the client bundle takes it as is and the two can never
 * disagree. Documented in docs/host-protocol.md.
 */
export { HostCommands, HostRequests, HostNotifications, HOST_ERROR } from '../../../server/src/host-bridge/protocol';
export type { HostCommandId, HostErrorData } from '../../../server/src/host-bridge/protocol';
