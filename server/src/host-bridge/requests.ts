/** The read-only custom requests: hosts, guests, storage, templates and notices. */
import type { ContainerView, DomainView, HostView, Hypervisor, StorageEntry } from '../host/hypervisor';
import { argsOf, optionalString } from './arguments';
import { HostRequests } from './protocol';

/** The answer to `hvconf/guests`: every host with its domains and containers. */
export interface GuestsSnapshot {
  readonly hosts: readonly HostView[];
  readonly domains: readonly DomainView[];
  readonly containers: readonly ContainerView[];
}

export type RequestHandler = (host: Hypervisor, params: unknown) => Promise<unknown>;

const paramsOf = (method: string, params: unknown) => argsOf(method, params === undefined ? [] : [params]);

export const requestTable: Readonly<Record<string, RequestHandler>> = {
  [HostRequests.hosts]: (host) => host.hosts(),
  async [HostRequests.guests](host): Promise<GuestsSnapshot> {
    const [hosts, domains, containers] = await Promise.all([host.hosts(), host.listDomains(), host.listContainers()]);
    return { hosts, domains, containers };
  },
  async [HostRequests.storage](host, params) {
    const only = optionalString(paramsOf(HostRequests.storage, params), 'host');
    const names = only ? [only] : (await host.hosts()).filter((h) => h.kind === 'xen').map((h) => h.name);
    const lists = await Promise.all(names.map(async (name) => (await host.storage(name)).map((entry: StorageEntry) => ({ host: name, ...entry }))));
    return lists.flat();
  },
  [HostRequests.templates]: (host, params) => host.templates(optionalString(paramsOf(HostRequests.templates, params), 'host')),
  [HostRequests.notices]: async (host) => [...host.notices()],
};
