/**
 * The host verbs of the `hvconf` CLI. cli.ts dispatches `hvconf xl ...` to
 * runXlCommand and `hvconf vz ...` to runVzCommand, passing the loaders that
 * build typed specs with the language service.
 */
export { runXlCommand, parseMemoryMiB } from './xl-command';
export { runVzCommand } from './vz-command';
export type { HostCliIo, Loader, SpecErrors } from './io';
