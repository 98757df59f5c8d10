/**
 * Bulk deploy: N containers from one OS template with sequential IPs from a
 * start address (skipping addresses in use anywhere in the cluster), CTIDs
 * in order and hostnames from a pattern. Each container is allocated in its
 * own locked mutation, so two deploys at once (editor and CLI) interleave
 * without ever handing out an ID or address twice.
 */
import type { ContainerSpec } from '../schema/guest-spec';
import { report, type OperationContext, type OperationOptions } from './context';
import { HostError, isHostError } from './errors';
import { formatIpv4, isAssignableHost, parseIpv4 } from './ip';
import { checkCtidFree, checkOsTemplate, checkRoom, containerFromSpec, finishCreation, startContainer, vzHost } from './vz-ops';
import type { ClusterState } from './state';

export interface DeployRequest {
  readonly template: string;
  readonly count: number;
  readonly startIp: string;
  /** `{n}` is 1..count, `{ctid}` the CTID, `{ip}` the address with dots as dashes; default `ct{ctid}` */
  readonly hostnamePattern?: string;
  /** settings every container gets (RAM, disk, nameservers, ...); its CTID, hostname and IPs are ignored */
  readonly sample?: ContainerSpec;
  readonly host?: string;
  /** start each container after creating it (default true) */
  readonly start?: boolean;
  /** lowest CTID to use (default: the first free one from 101) */
  readonly firstCtid?: number;
}

export interface DeployedContainer {
  readonly ctid: number;
  readonly hostname: string;
  readonly ip: string;
}

export interface DeployReport {
  readonly host: string;
  readonly template: string;
  readonly requested: number;
  readonly containers: readonly DeployedContainer[];
  /** addresses in the range that were already taken */
  readonly skippedIps: readonly string[];
  readonly elapsedMs: number;
  /** set when the deploy stopped before creating every container */
  readonly stoppedEarly?: { readonly code: string; readonly message: string };
}

const MAX_DEPLOY = 100000;

const EMPTY_SAMPLE: ContainerSpec = { ipAddresses: [], nameservers: [], onboot: false, params: {}, source: 'defaults' };

export function expandHostname(pattern: string, n: number, ctid: number, ip: string): string {
  return pattern
    .replace(/\{n\}/g, String(n))
    .replace(/\{ctid\}/g, String(ctid))
    .replace(/\{ip\}/g, ip.replace(/\./g, '-'));
}

function checkRequest(request: DeployRequest): void {
  if (!Number.isInteger(request.count) || request.count < 1 || request.count > MAX_DEPLOY) {
    throw new HostError('invalid-argument', `count must be a whole number from 1 to ${MAX_DEPLOY}, got ${request.count}`);
  }
  parseIpv4(request.startIp);
  const pattern = request.hostnamePattern ?? 'ct{ctid}';
  if (!/^[A-Za-z0-9{}.-]+$/.test(pattern) || /\{(?!n\}|ctid\}|ip\})/.test(pattern)) {
    throw new HostError('invalid-argument', `hostname pattern "${pattern}" may hold letters, digits, '.', '-' and the fields {n}, {ctid}, {ip}`);
  }
}

function nextFreeIp(state: ClusterState, from: number, skipped: string[]): number {
  const used = state.ipAddressesInUse();
  let candidate = from;
  while (candidate <= 0xffffffff) {
    if (isAssignableHost(candidate)) {
      const text = formatIpv4(candidate);
      if (!used.has(text)) return candidate;
      skipped.push(text);
    }
    candidate++;
  }
  throw new HostError('invalid-argument', 'ran out of IPv4 addresses');
}

export async function deployContainers(ctx: OperationContext, request: DeployRequest, options: OperationOptions = {}): Promise<DeployReport> {
  checkRequest(request);
  const sample = request.sample ?? EMPTY_SAMPLE;
  const pattern = request.hostnamePattern ?? 'ct{ctid}';
  const start = request.start ?? true;
  const started = ctx.clock.now();
  const host = await ctx.store.mutate((state) => {
    const target = vzHost(state, request.host);
    checkOsTemplate(state, target, request.template);
    return { records: [], result: target };
  }, options.signal);
  const containers: DeployedContainer[] = [];
  const skippedIps: string[] = [];
  let nextIp = parseIpv4(request.startIp);
  let nextCtid = request.firstCtid ?? 0;
  const finish = (stoppedEarly?: DeployReport['stoppedEarly']): DeployReport => ({
    host, template: request.template, requested: request.count, containers, skippedIps,
    elapsedMs: ctx.clock.now() - started, ...(stoppedEarly ? { stoppedEarly } : {}),
  });
  for (let n = 1; n <= request.count; n++) {
    try {
      const record = await ctx.store.mutate((state) => {
        checkOsTemplate(state, host, request.template);
        const ip = nextFreeIp(state, nextIp, skippedIps);
        const ctid = state.nextCtid(nextCtid);
        checkCtidFree(state, ctid);
        const ipText = formatIpv4(ip);
        const created = containerFromSpec({ ...sample, ctid, ipAddresses: [ipText] }, {
          ctid, host, ostemplate: request.template, now: ctx.clock.now(),
          hostname: expandHostname(pattern, n, ctid, ipText), ipAddresses: [ipText],
        });
        checkRoom(state, created, start);
        return { records: [{ t: 'put-container', container: created }], result: { created, ip } };
      }, options.signal);
      nextIp = record.ip + 1;
      nextCtid = record.created.ctid + 1;
      await finishCreation(ctx, record.created, options);
      containers.push({ ctid: record.created.ctid, hostname: record.created.hostname, ip: formatIpv4(record.ip) });
      if (start) await startContainer(ctx, record.created.ctid, { ...(options.signal ? { signal: options.signal } : {}) });
      report(options, `Deployed ${n}/${request.count}: ${record.created.hostname} (${record.created.ctid})`, n / request.count);
    } catch (error) {
      if (!isHostError(error)) throw error;
      return finish({ code: error.code, message: error.message });
    }
  }
  return finish();
}
