/** Cross-file (workspace) checks: pure, no I/O; the server's workspace index and the CLI feed them files. */
export type { FileIdentities, Identity, IdentityKind } from './identity';
export { workspaceCodes, codeOfKind, type WorkspaceCode, type WorkspaceCodeInfo } from './codes';
export { collectIdentities, identitiesOfModel, type CollectOptions } from './collect';
export { clashDiagnostics, crossFileDiagnostics, groupIdentities, identityKey, type Occurrence } from './cross-file';
export { IdentityCache, textStamp } from './cache';
export { applyWorkspaceSettings } from './settings';
export { lintWorkspaceClashes, type LintedFile } from './lint';
export { normaliseIp } from './ip';
