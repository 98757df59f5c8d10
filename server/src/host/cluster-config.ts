/**
 * The shape of a simulated cluster: hosts with CPUs, memory and storage pools,
 * and the links between them. Loaded from JSON (validated with located
 * messages) or taken from the default cluster.
 */

export type HostKind = 'xen' | 'vz';
export type CpuVendor = 'intel' | 'amd';

export interface CpuConfig {
  readonly vendor: CpuVendor;
  readonly model: string;
  readonly sockets: number;
  readonly coresPerSocket: number;
  readonly threadsPerCore: number;
  readonly mhz: number;
  /** VT-x (intel) or AMD-V (amd) */
  readonly hardwareVirt: boolean;
  /** EPT (intel) or NPT/RVI (amd): what `hap=1` needs */
  readonly nestedPaging: boolean;
}

export interface HostConfig {
  readonly name: string;
  readonly kind: HostKind;
  readonly cpu: CpuConfig;
  readonly memoryMiB: number;
  /** Xen only: memory held by Domain-0 */
  readonly dom0MemoryMiB?: number;
  /** Virtuozzo only: size of the container area (/vz) */
  readonly containerAreaGiB?: number;
  /** Virtuozzo only: OS templates present and cached, e.g. `centos-7-x86_64` */
  readonly osTemplates?: readonly string[];
}

export interface StorageItemConfig {
  readonly name: string;
  readonly sizeGiB: number;
}

/**
 * A volume group (items are logical volumes, paths `/dev/<vg>/<lv>`) or an
 * image folder (items are files, paths `<folder>/<file>`). A pool attached to
 * several hosts is shared storage (SAN, NFS), which live migration needs.
 */
export interface StoragePoolConfig {
  readonly kind: 'volume-group' | 'image-dir';
  /** the VG name, or the folder path */
  readonly name: string;
  readonly sizeGiB: number;
  readonly hosts: readonly string[];
  readonly items: readonly StorageItemConfig[];
}

export interface LinkConfig {
  readonly between: readonly [string, string];
  readonly bandwidthMbit: number;
}

export interface ClusterConfig {
  readonly name: string;
  readonly hosts: readonly HostConfig[];
  readonly storage: readonly StoragePoolConfig[];
  readonly links: readonly LinkConfig[];
}

export function storageItemPath(pool: StoragePoolConfig | { kind: StoragePoolConfig['kind']; name: string }, item: string): string {
  return pool.kind === 'volume-group' ? `/dev/${pool.name}/${item}` : `${pool.name.replace(/\/+$/, '')}/${item}`;
}

export function logicalCpus(cpu: CpuConfig): number {
  return cpu.sockets * cpu.coresPerSocket * cpu.threadsPerCore;
}

export function findLink(config: ClusterConfig, a: string, b: string): LinkConfig | undefined {
  return config.links.find((link) =>
    (link.between[0] === a && link.between[1] === b) || (link.between[0] === b && link.between[1] === a));
}

export const DEFAULT_CLUSTER: ClusterConfig = {
  name: 'default',
  hosts: [
    {
      name: 'xen1', kind: 'xen', memoryMiB: 131072, dom0MemoryMiB: 4096,
      cpu: {
        vendor: 'intel', model: 'Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz', sockets: 2, coresPerSocket: 20,
        threadsPerCore: 2, mhz: 2095, hardwareVirt: true, nestedPaging: true,
      },
    },
    {
      name: 'xen2', kind: 'xen', memoryMiB: 32768, dom0MemoryMiB: 2048,
      cpu: {
        // Opteron rev F: AMD-V but no nested paging, so HAP falls back to shadow
        vendor: 'amd', model: 'Dual-Core AMD Opteron(tm) Processor 2218', sockets: 2, coresPerSocket: 2,
        threadsPerCore: 1, mhz: 2593, hardwareVirt: true, nestedPaging: false,
      },
    },
    {
      name: 'vz1', kind: 'vz', memoryMiB: 65536, containerAreaGiB: 1000,
      osTemplates: ['centos-7-x86_64', 'ubuntu-20.04-x86_64', 'debian-11-x86_64'],
      cpu: {
        vendor: 'intel', model: 'Intel(R) Xeon(R) CPU E5-2680 v4 @ 2.40GHz', sockets: 2, coresPerSocket: 14,
        threadsPerCore: 2, mhz: 2394, hardwareVirt: true, nestedPaging: true,
      },
    },
  ],
  storage: [
    {
      kind: 'volume-group', name: 'vg_guests', sizeGiB: 2000, hosts: ['xen1', 'xen2'],
      items: [{ name: 'web01-disk', sizeGiB: 20 }, { name: 'db01-disk', sizeGiB: 100 }, { name: 'db01-data', sizeGiB: 200 }],
    },
    {
      kind: 'image-dir', name: '/var/lib/xen/images', sizeGiB: 500, hosts: ['xen1', 'xen2'],
      items: [
        { name: 'debian-12.qcow2', sizeGiB: 10 }, { name: 'win2019.qcow2', sizeGiB: 40 },
        { name: 'debian-12.5.0-amd64-netinst.iso', sizeGiB: 1 },
      ],
    },
    { kind: 'volume-group', name: 'vg_local', sizeGiB: 400, hosts: ['xen1'], items: [{ name: 'scratch', sizeGiB: 50 }] },
  ],
  links: [
    { between: ['xen1', 'xen2'], bandwidthMbit: 1000 },
    { between: ['xen1', 'vz1'], bandwidthMbit: 1000 },
    { between: ['xen2', 'vz1'], bandwidthMbit: 1000 },
  ],
};
