/**
 * Whether a domain can run on a Xen host, and what the host makes of it:
 * name clash, hardware virtualisation, HAP vs shadow paging, disks present in
 * the host's storage, memory. Refusals are HostErrors; things Xen tolerates
 * are warnings.
 */
import type { DomainSpec } from '../schema/guest-spec';
import { logicalCpus, storageItemPath, type HostConfig } from './cluster-config';
import { HostError, type CreateStorageOffer } from './errors';
import type { ClusterState } from './state';

export interface Placement {
  readonly host: string;
  readonly paging: 'hap' | 'shadow' | 'pv';
  readonly warnings: readonly string[];
}

export function checkNameFree(state: ClusterState, name: string, exceptId?: string): void {
  if (!name) throw new HostError('invalid-argument', 'Domain name must be specified.');
  if (name === 'Domain-0') throw new HostError('name-clash', 'Domain with name "Domain-0" already exists.');
  const existing = state.domainByName(name);
  if (existing && existing.id !== exceptId) {
    throw new HostError('name-clash', `Domain with name "${name}" already exists. (domid ${existing.domid} on ${existing.host})`);
  }
}

/** Strips a backend prefix such as `phy:` so that the path can be looked up. */
export function diskPath(target: string): string {
  return target.replace(/^(?:(?:tap|tap2):)?(?:phy|file|aio|qcow2|qcow|vhd|raw):/, '');
}

function cpuVirtName(host: HostConfig): string {
  return host.cpu.vendor === 'intel' ? 'VT-x' : 'AMD-V';
}

function nestedPagingName(host: HostConfig): string {
  return host.cpu.vendor === 'intel' ? 'EPT' : 'NPT';
}

/** Paging mode and warnings; throws when the CPU cannot run the guest type at all. */
export function checkCpu(host: HostConfig, spec: DomainSpec): { paging: Placement['paging']; warnings: string[] } {
  const warnings: string[] = [];
  if (spec.type !== 'pv' && !host.cpu.hardwareVirt) {
    throw new HostError('no-hvm',
      `cannot create ${spec.type.toUpperCase()} domain "${spec.name}" on ${host.name}: its CPU (${host.cpu.model}) has no hardware virtualisation (${cpuVirtName(host)}); only PV guests can run there`);
  }
  let paging: Placement['paging'] = 'pv';
  if (spec.type !== 'pv') {
    if (spec.hap && !host.cpu.nestedPaging) {
      warnings.push(`hap=1 asked for, but ${host.name}'s CPU (${host.cpu.model}) has no nested paging (${nestedPagingName(host)}): using shadow paging, which costs more CPU and memory`);
      paging = 'shadow';
    } else {
      paging = spec.hap ? 'hap' : 'shadow';
    }
  }
  const cpus = logicalCpus(host.cpu);
  if (spec.vcpus > cpus) warnings.push(`${spec.vcpus} vCPUs on a host with ${cpus} physical CPUs: they will share them`);
  return { paging, warnings };
}

/** Every non-empty disk target must exist in storage attached to the host. */
export function checkDisks(state: ClusterState, host: HostConfig, spec: DomainSpec): void {
  const present = new Set(state.storageOn(host.name).map((entry) => entry.path));
  const missing = spec.disks.filter((disk) => disk.target !== '' && !present.has(diskPath(disk.target)));
  if (missing.length === 0) return;
  const offers: CreateStorageOffer[] = [];
  const described = missing.map((disk) => {
    const offer = storageOfferFor(state, host.name, diskPath(disk.target), disk.cdrom);
    if (offer) offers.push(offer);
    const note = offer ? 'can be created' : `outside every volume group and image folder of ${host.name}`;
    return `${disk.vdev}: ${diskPath(disk.target)} (${note})`;
  });
  throw new HostError('storage-missing',
    `disk target${missing.length > 1 ? 's' : ''} not found on ${host.name}: ${described.join(', ')}`,
    { createStorage: offers });
}

/** A createStorage call that would make `path` exist, if it lies in a pool of the host. */
export function storageOfferFor(state: ClusterState, host: string, path: string, cdrom = false): CreateStorageOffer | undefined {
  for (const pool of state.config.storage) {
    if (!pool.hosts.includes(host)) continue;
    const prefix = storageItemPath(pool, '');
    if (!path.startsWith(prefix)) continue;
    const name = path.slice(prefix.length);
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) continue;
    return { host, path, sizeGiB: cdrom || name.endsWith('.iso') ? 1 : 10 };
  }
  return undefined;
}

export function checkMemory(state: ClusterState, host: string, memoryMiB: number, what: string): void {
  const free = state.xenFreeMiB(host);
  if (memoryMiB > free) {
    throw new HostError('no-memory',
      `cannot allocate ${memoryMiB} MiB for ${what} on ${host}: only ${Math.max(0, free)} MiB free (xl: failed to free memory for the domain)`,
      { neededMiB: memoryMiB, freeMiB: free });
  }
}

/** Checks a spec against one host; throws the first refusal. */
export function placeOn(state: ClusterState, hostName: string, spec: DomainSpec): Placement {
  const host = state.hostOfKind(hostName, 'xen');
  checkNameFree(state, spec.name);
  const { paging, warnings } = checkCpu(host, spec);
  checkDisks(state, host, spec);
  checkMemory(state, host.name, spec.memoryMiB, `domain "${spec.name}"`);
  return { host: host.name, paging, warnings };
}

/** With no host given: the first Xen host that takes the domain. */
export function choosePlacement(state: ClusterState, spec: DomainSpec, hostName?: string): Placement {
  if (hostName) return placeOn(state, hostName, spec);
  const hosts = state.hostsOfKind('xen');
  if (hosts.length === 0) throw new HostError('wrong-host-kind', 'the cluster has no Xen host');
  const refusals: HostError[] = [];
  for (const host of hosts) {
    try {
      return placeOn(state, host.name, spec);
    } catch (error) {
      if (!(error instanceof HostError) || error.code === 'name-clash' || error.code === 'invalid-argument') throw error;
      refusals.push(error);
    }
  }
  const first = refusals[0]!;
  // shared storage makes every host refuse alike: once is enough
  if (refusals.length === 1 || refusals.every((r) => r.code === 'storage-missing')) throw first;
  throw new HostError(first.code, `no Xen host can take "${spec.name}":\n  ${refusals.map((r) => r.message).join('\n  ')}`, first.details);
}
