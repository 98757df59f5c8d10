/** Creating a logical volume or an image file that a domain's disk needs. */
import type { OperationContext } from './context';
import { HostError } from './errors';
import type { StorageEntry } from './state';
import { storageOfferFor } from './xen-placement';

export async function createStorageItem(ctx: OperationContext, host: string, path: string, sizeGiB: number): Promise<StorageEntry> {
  if (!(sizeGiB > 0)) throw new HostError('invalid-argument', `size must be positive, got ${sizeGiB} GiB`);
  return ctx.store.mutate((state) => {
    state.host(host);
    if (state.storageOn(host).some((entry) => entry.path === path)) throw new HostError('name-clash', `${path} already exists on ${host}`);
    const offer = storageOfferFor(state, host, path);
    const pool = state.config.storage.find((p) => p.hosts.includes(host) && offer && path.startsWith(p.kind === 'volume-group' ? `/dev/${p.name}/` : `${p.name.replace(/\/+$/, '')}/`));
    if (!offer || !pool) {
      const pools = state.config.storage.filter((p) => p.hosts.includes(host)).map((p) => (p.kind === 'volume-group' ? `/dev/${p.name}/` : `${p.name}/`));
      throw new HostError('invalid-argument', `${path} is not inside a volume group or image folder of ${host} (${pools.join(', ') || 'none'})`);
    }
    const used = state.storageOn(host).filter((entry) => entry.pool === pool.name).reduce((sum, entry) => sum + entry.sizeGiB, 0);
    if (used + sizeGiB > pool.sizeGiB) {
      throw new HostError('no-disk-space', `${pool.name} has ${pool.sizeGiB - used} GiB left; ${sizeGiB} GiB asked for ${path}`);
    }
    const name = path.slice(path.lastIndexOf('/') + 1);
    const item = { pool: pool.name, name, path, sizeGiB };
    const entry: StorageEntry = {
      kind: pool.kind === 'volume-group' ? 'logical-volume' : 'image-file', pool: pool.name, name, path, sizeGiB, shared: pool.hosts.length > 1,
    };
    return { records: [{ t: 'put-storage', item }], result: entry };
  });
}
