/**
 * What the server's hvconf/guests answer holds, as far as the Guests view
 * uses it (the host's views, see server/src/host/views.ts).
 */

export interface HostInfo {
  readonly name: string;
  readonly kind: 'xen' | 'vz';
  readonly memoryMiB: number;
  readonly freeMemoryMiB: number;
  readonly guests: number;
  readonly cpu: { readonly model: string; readonly sockets: number; readonly coresPerSocket: number; readonly threadsPerCore: number; readonly hardwareVirt: boolean; readonly nestedPaging: boolean };
}

export interface DomainInfo {
  readonly host: string;
  readonly name: string;
  readonly domid: number;
  readonly uuid: string;
  readonly type: 'pv' | 'pvh' | 'hvm';
  readonly memoryMiB: number;
  readonly maxmemMiB: number;
  readonly vcpus: number;
  readonly maxvcpus: number;
  readonly state: 'running' | 'paused' | 'shutdown' | 'dying';
  readonly stateFlags: string;
  readonly cpuSeconds: number;
  readonly paging: string;
  readonly workload: string;
  readonly nomigrate: boolean;
  readonly isDomain0: boolean;
  readonly migrating?: 'incoming' | 'migratedaway';
}

export interface ContainerInfo {
  readonly ctid: number;
  readonly host: string;
  readonly hostname: string;
  readonly status: 'running' | 'stopped' | 'mounted' | 'suspended';
  readonly ipAddresses: readonly string[];
  readonly ostemplate: string;
  readonly ramMiB: number;
  readonly diskspaceGiB: number;
  readonly cpus: number;
  readonly numproc: number;
  readonly appTemplates: readonly string[];
  readonly migrating: boolean;
}

export interface TemplateInfo {
  readonly host: string;
  readonly name: string;
  readonly kind: 'os' | 'app';
  readonly cached: boolean;
  readonly packages: number;
  readonly baseOs?: string;
}

export interface GuestsSnapshot {
  readonly hosts: readonly HostInfo[];
  readonly domains: readonly DomainInfo[];
  readonly containers: readonly ContainerInfo[];
}

export function gib(mib: number): string {
  const value = mib / 1024;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} GiB`;
}
