/**
 * The in-memory cluster state, rebuilt by applying journal records in order,
 * plus the read-only questions every operation asks before it writes
 * (is the name free, does it fit, which id is next).
 */
import { storageItemPath, type ClusterConfig, type HostConfig } from './cluster-config';
import { HostError } from './errors';
import type {
  ContainerRecord, DomainRecord, GuestChange, JournalRecord, StorageItemRecord, TemplateRecord,
} from './model';

export const FIRST_CTID = 101;

export class ClusterState {
  readonly domains = new Map<string, DomainRecord>();
  readonly containers = new Map<number, ContainerRecord>();
  readonly templates = new Map<string, TemplateRecord>();
  readonly createdStorage = new Map<string, StorageItemRecord>();
  /** highest domid ever used per host: Xen does not reuse domids soon */
  private readonly lastDomid = new Map<string, number>();
  recordCount = 0;
  /** when the cluster was defined: Domain-0 has been up since then */
  initAt = 0;

  constructor(readonly config: ClusterConfig) {}

  apply(record: JournalRecord): GuestChange[] {
    this.recordCount++;
    switch (record.t) {
      case 'init':
        this.initAt = record.at;
        for (const [host, domid] of Object.entries(record.domidFloor ?? {})) this.lastDomid.set(host, domid);
        return [];
      case 'put-domain': {
        const d = record.domain;
        const before = this.domains.get(d.id);
        this.domains.set(d.id, d);
        this.lastDomid.set(d.host, Math.max(this.lastDomid.get(d.host) ?? 0, d.domid));
        return [{ change: before ? 'changed' : 'added', kind: 'domain', key: d.id, host: d.host, name: d.name }];
      }
      case 'del-domain': {
        const before = this.domains.get(record.id);
        if (!before) return [];
        this.domains.delete(record.id);
        return [{ change: 'removed', kind: 'domain', key: before.id, host: before.host, name: before.name }];
      }
      case 'put-container': {
        const c = record.container;
        const before = this.containers.get(c.ctid);
        this.containers.set(c.ctid, c);
        return [{ change: before ? 'changed' : 'added', kind: 'container', key: String(c.ctid), host: c.host, name: c.hostname }];
      }
      case 'del-container': {
        const before = this.containers.get(record.ctid);
        if (!before) return [];
        this.containers.delete(record.ctid);
        return [{ change: 'removed', kind: 'container', key: String(before.ctid), host: before.host, name: before.hostname }];
      }
      case 'put-template':
        this.templates.set(templateKey(record.template.host, record.template.name), record.template);
        return [];
      case 'put-storage':
        this.createdStorage.set(record.item.path, record.item);
        return [];
      default:
        // a record type from a newer version: skip it rather than fail the replay
        return [];
    }
  }

  host(name: string): HostConfig {
    const host = this.config.hosts.find((h) => h.name === name);
    if (!host) {
      throw new HostError('not-found', `no host named "${name}" (hosts: ${this.config.hosts.map((h) => h.name).join(', ')})`);
    }
    return host;
  }

  hostOfKind(name: string, kind: HostConfig['kind']): HostConfig {
    const host = this.host(name);
    if (host.kind !== kind) {
      throw new HostError('wrong-host-kind', `host "${name}" is a ${host.kind === 'xen' ? 'Xen' : 'Virtuozzo'} host, not a ${kind === 'xen' ? 'Xen' : 'Virtuozzo'} host`);
    }
    return host;
  }

  hostsOfKind(kind: HostConfig['kind']): HostConfig[] {
    return this.config.hosts.filter((h) => h.kind === kind);
  }

  domainsOn(host: string): DomainRecord[] {
    return [...this.domains.values()].filter((d) => d.host === host).sort((a, b) => a.domid - b.domid);
  }

  containersOn(host: string): ContainerRecord[] {
    return [...this.containers.values()].filter((c) => c.host === host).sort((a, b) => a.ctid - b.ctid);
  }

  domainByName(name: string): DomainRecord | undefined {
    for (const d of this.domains.values()) if (d.name === name) return d;
    return undefined;
  }

  /** the highest domid used per host (kept by compaction) */
  domidFloor(): Record<string, number> {
    return Object.fromEntries(this.lastDomid);
  }

  nextDomid(host: string): number {
    return (this.lastDomid.get(host) ?? 0) + 1;
  }

  /** memory a Xen host has left for new domains (Domain-0 and every domain count) */
  xenFreeMiB(host: string): number {
    const config = this.hostOfKind(host, 'xen');
    const used = this.domainsOn(host).reduce((sum, d) => sum + d.memoryMiB, 0);
    return config.memoryMiB - (config.dom0MemoryMiB ?? 0) - used;
  }

  /** RAM promised to running containers on a Virtuozzo host */
  vzFreeMiB(host: string): number {
    const config = this.hostOfKind(host, 'vz');
    const used = this.containersOn(host).filter((c) => c.status === 'running').reduce((sum, c) => sum + c.ramMiB, 0);
    return config.memoryMiB - 1024 - used;
  }

  vzFreeDiskGiB(host: string): number {
    const config = this.hostOfKind(host, 'vz');
    const used = this.containersOn(host).reduce((sum, c) => sum + c.diskspaceGiB, 0);
    return (config.containerAreaGiB ?? 0) - used;
  }

  nextCtid(from = FIRST_CTID): number {
    let ctid = Math.max(from, FIRST_CTID);
    while (this.containers.has(ctid)) ctid++;
    return ctid;
  }

  /** every IP address held by a container or a domain's vif, cluster-wide */
  ipAddressesInUse(): Set<string> {
    const used = new Set<string>();
    for (const c of this.containers.values()) for (const ip of c.ipAddresses) used.add(ip);
    for (const d of this.domains.values()) for (const vif of d.spec.vifs) if (vif.ip) for (const ip of vif.ip.split(/\s+/)) used.add(ip);
    return used;
  }

  /** storage visible from a host: configured items plus those created at run time */
  storageOn(host: string): StorageEntry[] {
    const entries: StorageEntry[] = [];
    for (const pool of this.config.storage) {
      if (!pool.hosts.includes(host)) continue;
      const kind = pool.kind === 'volume-group' ? 'logical-volume' : 'image-file';
      for (const item of pool.items) {
        entries.push({ kind, pool: pool.name, name: item.name, path: storageItemPath(pool, item.name), sizeGiB: item.sizeGiB, shared: pool.hosts.length > 1 });
      }
      for (const item of this.createdStorage.values()) {
        if (item.pool === pool.name) entries.push({ kind, pool: pool.name, name: item.name, path: item.path, sizeGiB: item.sizeGiB, shared: pool.hosts.length > 1 });
      }
    }
    return entries;
  }

  template(host: string, name: string): TemplateRecord | undefined {
    return this.templates.get(templateKey(host, name));
  }

  templatesOn(host: string): TemplateRecord[] {
    return [...this.templates.values()].filter((t) => t.host === host).sort((a, b) => a.name.localeCompare(b.name));
  }
}

export interface StorageEntry {
  readonly kind: 'logical-volume' | 'image-file';
  readonly pool: string;
  readonly name: string;
  readonly path: string;
  readonly sizeGiB: number;
  readonly shared: boolean;
}

function templateKey(host: string, name: string): string {
  return `${host}\u0000${name}`;
}
