/**
 * Validation of a cluster JSON file. Every problem is reported with its JSON
 * path (e.g. `hosts[1].cpu.vendor`) and all problems are collected, not just
 * the first one.
 */
import * as fs from 'fs';
import type {
  ClusterConfig, CpuConfig, HostConfig, LinkConfig, StorageItemConfig, StoragePoolConfig,
} from './cluster-config';
import { HostError } from './errors';

type Obj = Record<string, unknown>;

class Checker {
  readonly errors: string[] = [];

  object(value: unknown, path: string): Obj | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Obj;
    this.errors.push(`${path}: expected an object, got ${describe(value)}`);
    return undefined;
  }

  array(value: unknown, path: string): unknown[] {
    if (Array.isArray(value)) return value;
    this.errors.push(`${path}: expected an array, got ${describe(value)}`);
    return [];
  }

  string(obj: Obj, key: string, path: string, pattern?: RegExp): string {
    const value = obj[key];
    if (typeof value === 'string' && value.length > 0 && (!pattern || pattern.test(value))) return value;
    const why = typeof value === 'string' && value.length > 0 ? `does not match ${pattern}` : `expected a non-empty string, got ${describe(value)}`;
    this.errors.push(`${path}.${key}: ${why}`);
    return '';
  }

  number(obj: Obj, key: string, path: string, min: number, optional = false): number {
    const value = obj[key];
    if (value === undefined && optional) return NaN;
    if (typeof value === 'number' && Number.isFinite(value) && value >= min) return value;
    this.errors.push(`${path}.${key}: expected a number >= ${min}, got ${describe(value)}`);
    return min;
  }

  boolean(obj: Obj, key: string, path: string): boolean {
    const value = obj[key];
    if (typeof value === 'boolean') return value;
    this.errors.push(`${path}.${key}: expected true or false, got ${describe(value)}`);
    return false;
  }

  oneOf<T extends string>(obj: Obj, key: string, path: string, allowed: readonly T[]): T {
    const value = obj[key];
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.errors.push(`${path}.${key}: expected one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, got ${describe(value)}`);
    return allowed[0]!;
  }

  unknownKeys(obj: Obj, path: string, known: readonly string[]): void {
    for (const key of Object.keys(obj)) {
      if (!known.includes(key)) this.errors.push(`${path}.${key}: unknown field (known: ${known.join(', ')})`);
    }
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  return JSON.stringify(value);
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function checkCpu(c: Checker, value: unknown, path: string): CpuConfig {
  const obj = c.object(value, path) ?? {};
  c.unknownKeys(obj, path, ['vendor', 'model', 'sockets', 'coresPerSocket', 'threadsPerCore', 'mhz', 'hardwareVirt', 'nestedPaging']);
  const cpu: CpuConfig = {
    vendor: c.oneOf(obj, 'vendor', path, ['intel', 'amd'] as const),
    model: c.string(obj, 'model', path),
    sockets: c.number(obj, 'sockets', path, 1),
    coresPerSocket: c.number(obj, 'coresPerSocket', path, 1),
    threadsPerCore: c.number(obj, 'threadsPerCore', path, 1),
    mhz: c.number(obj, 'mhz', path, 1),
    hardwareVirt: c.boolean(obj, 'hardwareVirt', path),
    nestedPaging: c.boolean(obj, 'nestedPaging', path),
  };
  if (cpu.nestedPaging && !cpu.hardwareVirt) c.errors.push(`${path}.nestedPaging: nested paging needs hardwareVirt`);
  return cpu;
}

function checkHost(c: Checker, value: unknown, path: string): HostConfig {
  const obj = c.object(value, path) ?? {};
  c.unknownKeys(obj, path, ['name', 'kind', 'cpu', 'memoryMiB', 'dom0MemoryMiB', 'containerAreaGiB', 'osTemplates']);
  const kind = c.oneOf(obj, 'kind', path, ['xen', 'vz'] as const);
  const memoryMiB = c.number(obj, 'memoryMiB', path, 256);
  const host: HostConfig = {
    name: c.string(obj, 'name', path, NAME),
    kind,
    cpu: checkCpu(c, obj['cpu'], `${path}.cpu`),
    memoryMiB,
  };
  if (kind === 'xen') {
    const dom0 = c.number(obj, 'dom0MemoryMiB', path, 128, true);
    if (typeof obj['memoryMiB'] === 'number' && dom0 >= memoryMiB) c.errors.push(`${path}.dom0MemoryMiB: must be below memoryMiB (${memoryMiB})`);
    return { ...host, dom0MemoryMiB: Number.isNaN(dom0) ? Math.min(4096, Math.floor(memoryMiB / 8)) : dom0 };
  }
  const area = c.number(obj, 'containerAreaGiB', path, 1, true);
  const templates = obj['osTemplates'] === undefined ? [] : c.array(obj['osTemplates'], `${path}.osTemplates`);
  templates.forEach((t, i) => {
    if (typeof t !== 'string' || !/^[a-z0-9][a-z0-9._-]*-[^-]+-(x86|x86_64|ia64)$/i.test(t)) {
      c.errors.push(`${path}.osTemplates[${i}]: expected a name like "centos-7-x86_64", got ${describe(t)}`);
    }
  });
  return { ...host, containerAreaGiB: Number.isNaN(area) ? 500 : area, osTemplates: templates.filter((t): t is string => typeof t === 'string') };
}

function checkPool(c: Checker, value: unknown, path: string, hostNames: Set<string>): StoragePoolConfig {
  const obj = c.object(value, path) ?? {};
  c.unknownKeys(obj, path, ['kind', 'name', 'sizeGiB', 'hosts', 'items']);
  const kind = c.oneOf(obj, 'kind', path, ['volume-group', 'image-dir'] as const);
  const name = c.string(obj, 'name', path, kind === 'image-dir' ? /^\/\S*$/ : NAME);
  const sizeGiB = c.number(obj, 'sizeGiB', path, 1);
  const hosts = c.array(obj['hosts'], `${path}.hosts`).map((h, i) => {
    if (typeof h !== 'string' || !hostNames.has(h)) c.errors.push(`${path}.hosts[${i}]: no host named ${describe(h)}`);
    return String(h);
  });
  const items: StorageItemConfig[] = c.array(obj['items'] ?? [], `${path}.items`).map((item, i) => {
    const itemPath = `${path}.items[${i}]`;
    const itemObj = c.object(item, itemPath) ?? {};
    c.unknownKeys(itemObj, itemPath, ['name', 'sizeGiB']);
    return { name: c.string(itemObj, 'name', itemPath, NAME), sizeGiB: c.number(itemObj, 'sizeGiB', itemPath, 0) };
  });
  const used = items.reduce((sum, item) => sum + item.sizeGiB, 0);
  if (used > sizeGiB) c.errors.push(`${path}.items: ${used} GiB of items do not fit in ${sizeGiB} GiB`);
  return { kind, name, sizeGiB, hosts, items };
}

function checkLink(c: Checker, value: unknown, path: string, hostNames: Set<string>): LinkConfig {
  const obj = c.object(value, path) ?? {};
  c.unknownKeys(obj, path, ['between', 'bandwidthMbit']);
  const between = c.array(obj['between'], `${path}.between`);
  if (between.length !== 2 || between.some((h) => typeof h !== 'string' || !hostNames.has(h)) || between[0] === between[1]) {
    c.errors.push(`${path}.between: expected two different host names, got ${describe(obj['between'])}`);
  }
  return { between: [String(between[0]), String(between[1])], bandwidthMbit: c.number(obj, 'bandwidthMbit', path, 1) };
}

/** Validates parsed JSON; throws HostError 'invalid-config' listing every problem. */
export function validateClusterConfig(value: unknown, source = 'cluster config'): ClusterConfig {
  const c = new Checker();
  const root = c.object(value, '(root)') ?? {};
  c.unknownKeys(root, '(root)', ['name', 'hosts', 'storage', 'links', '$schema']);
  const name = c.string(root, 'name', '(root)', NAME);
  const hosts = c.array(root['hosts'], 'hosts').map((h, i) => checkHost(c, h, `hosts[${i}]`));
  if (hosts.length === 0) c.errors.push('hosts: a cluster needs at least one host');
  const hostNames = new Set<string>();
  hosts.forEach((h, i) => {
    if (hostNames.has(h.name)) c.errors.push(`hosts[${i}].name: duplicate host name "${h.name}"`);
    hostNames.add(h.name);
  });
  const storage = c.array(root['storage'] ?? [], 'storage').map((p, i) => checkPool(c, p, `storage[${i}]`, hostNames));
  const links = c.array(root['links'] ?? [], 'links').map((l, i) => checkLink(c, l, `links[${i}]`, hostNames));
  if (c.errors.length > 0) {
    throw new HostError('invalid-config', `${source}: ${c.errors.length} problem(s):\n  ${c.errors.join('\n  ')}`, { problems: c.errors });
  }
  return { name, hosts, storage, links };
}

export function loadClusterConfigFile(path: string): ClusterConfig {
  let text: string;
  try {
    text = fs.readFileSync(path, 'utf8');
  } catch (error) {
    throw new HostError('io', `cannot read cluster file ${path}: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new HostError('invalid-config', `${path}: not valid JSON: ${(error as Error).message}`);
  }
  return validateClusterConfig(parsed, path);
}
