/** What the server's hvconf/* answers hold, and small formatters for the Guests view. */

// The host's own view types (type-only imports: nothing of the host is bundled).
export type { HostView as HostInfo, DomainView as DomainInfo, ContainerView as ContainerInfo } from '../../../server/src/host/views';
export type { TemplateView as TemplateInfo } from '../../../server/src/host/vz-templates';
export type { GuestsSnapshot } from '../../../server/src/host-bridge/requests';

export function gib(mib: number): string {
  const value = mib / 1024;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} GiB`;
}
