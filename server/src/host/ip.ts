/** IPv4 helpers for container addresses and bulk deploy. */
import { HostError } from './errors';

export function parseIpv4(text: string): number {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text.trim());
  if (!match || match.slice(1).some((part) => Number(part) > 255)) {
    throw new HostError('invalid-argument', `"${text}" is not an IPv4 address like 10.0.0.10`);
  }
  return match.slice(1).reduce((acc, part) => acc * 256 + Number(part), 0);
}

export function formatIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

/** Addresses a container may hold: IPv4 dotted quads or IPv6 (with an optional /prefix). */
export function checkContainerIp(text: string): string {
  const address = text.trim();
  if (/^[0-9.]+(\/\d{1,2})?$/.test(address)) {
    parseIpv4(address.replace(/\/\d+$/, ''));
    return address;
  }
  if (/^[0-9a-fA-F:]+(\/\d{1,3})?$/.test(address) && address.includes(':')) return address;
  throw new HostError('invalid-argument', `"${text}" is not an IP address`);
}

/** x.y.z.0 and x.y.z.255 are usually network and broadcast addresses: never hand them out. */
export function isAssignableHost(value: number): boolean {
  const last = value % 256;
  return last !== 0 && last !== 255;
}
