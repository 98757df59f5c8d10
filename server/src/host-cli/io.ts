/**
 * What the CLI main hands to the host verbs: output streams and the loaders
 * that turn files into typed specs (the language service builds them; the
 * host never parses configs).
 */
import type { ContainerSpec, DomainSpec, TemplateSpec } from '../schema/guest-spec';
import type { Hypervisor } from '../host/hypervisor';
import type { SimulatedClusterOptions } from '../host/simulated-hypervisor';

export interface SpecErrors {
  readonly errors: readonly string[];
}

export type Loader<T> = (path: string) => T | SpecErrors | Promise<T | SpecErrors>;

export interface HostCliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readonly env?: NodeJS.ProcessEnv;
  /** `xl create FILE`: the xl config as a DomainSpec */
  readonly specLoader?: Loader<DomainSpec>;
  /** `vz create-cache METAFILE`: the metafile as a TemplateSpec */
  readonly templateLoader?: Loader<TemplateSpec>;
  /** `vz deploy --config SAMPLE`: a ve-*.conf-sample as a ContainerSpec */
  readonly containerSpecLoader?: Loader<ContainerSpec>;
  /** opens the host; the default opens the simulated cluster in the state directory */
  readonly openHypervisor?: (options: SimulatedClusterOptions) => Promise<Hypervisor>;
  readonly signal?: AbortSignal;
}

export function isSpecErrors(value: unknown): value is SpecErrors {
  return typeof value === 'object' && value !== null && Array.isArray((value as SpecErrors).errors);
}
