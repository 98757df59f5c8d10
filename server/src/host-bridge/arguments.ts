/**
 * Reading command arguments sent by any client: one JSON object per command.
 * A wrong argument is a HOST_ERROR `invalid-argument` naming the field.
 */
import type { DomainRef } from '../host/hypervisor';
import { bridgeError } from './errors';

export type Args = Readonly<Record<string, unknown>>;

export function argsOf(command: string, raw: readonly unknown[] | undefined): Args {
  const first = raw?.[0];
  if (first === undefined || first === null) return {};
  if (typeof first !== 'object' || Array.isArray(first)) {
    throw bridgeError('invalid-argument', `${command} takes one object argument, got ${JSON.stringify(first)}`);
  }
  return first as Args;
}

function bad(field: string, expected: string, value: unknown): never {
  throw bridgeError('invalid-argument', `"${field}" must be ${expected}, got ${JSON.stringify(value) ?? 'nothing'}`);
}

export function requiredString(args: Args, field: string): string {
  const value = args[field];
  if (typeof value !== 'string' || value.trim() === '') bad(field, 'a non-empty string', value);
  return value;
}

export function optionalString(args: Args, field: string): string | undefined {
  const value = args[field];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') bad(field, 'a string', value);
  return value;
}

export function optionalBoolean(args: Args, field: string): boolean | undefined {
  const value = args[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') bad(field, 'true or false', value);
  return value;
}

export function requiredNumber(args: Args, field: string): number {
  const value = typeof args[field] === 'string' && (args[field] as string).trim() !== '' ? Number(args[field]) : args[field];
  if (typeof value !== 'number' || !Number.isFinite(value)) bad(field, 'a number', args[field]);
  return value;
}

export function optionalNumber(args: Args, field: string): number | undefined {
  return args[field] === undefined || args[field] === null || args[field] === '' ? undefined : requiredNumber(args, field);
}

export function domainRef(args: Args): DomainRef {
  const host = optionalString(args, 'host');
  const domain = args['domain'];
  const name = typeof domain === 'number' ? String(domain) : requiredString(args, 'domain');
  return host ? { domain: name, host } : { domain: name };
}

export function ctidOf(args: Args): number | string {
  const value = args['ctid'];
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  return bad('ctid', 'a container ID (number) or name', value);
}

export function ctidsOf(args: Args): Array<number | string> {
  const value = args['ctids'];
  if (!Array.isArray(value) || value.length === 0) bad('ctids', 'a non-empty list of container IDs', value);
  return value.map((item, index) => ctidOf({ ctid: item, index }));
}
