/**
 * `xl info`: host facts as `name : value` lines (reference xl-config.md §3).
 * virt_caps lists hvm only with VT-x/AMD-V, and hap only with nested paging.
 */
import { logicalCpus, type HostConfig } from './cluster-config';
import type { ClusterState } from './state';

export function virtCaps(host: HostConfig): string {
  const caps = ['pv'];
  if (host.cpu.hardwareVirt) caps.push('hvm', 'hvm_directio');
  caps.push('pv_directio');
  if (host.cpu.nestedPaging) caps.push('hap');
  caps.push('shadow');
  return caps.join(' ');
}

export function xlInfo(state: ClusterState, hostName: string): Array<[string, string]> {
  const host = state.hostOfKind(hostName, 'xen');
  const cpus = logicalCpus(host.cpu);
  const flags = host.cpu.vendor === 'intel' ? 'bfebfbff:77fefbff:2c100800:00000121:0000000f:d19ffffb:00000008:00000100' : '178bfbff:f6d8320b:2fd3fbff:00000000:00000001:00000000:00000000:00000100';
  const xenCaps = host.cpu.hardwareVirt ? 'xen-3.0-x86_64 hvm-3.0-x86_32 hvm-3.0-x86_32p hvm-3.0-x86_64' : 'xen-3.0-x86_64';
  return [
    ['host', host.name],
    ['release', '6.1.0-18-amd64'],
    ['version', '#1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1'],
    ['machine', 'x86_64'],
    ['nr_cpus', String(cpus)],
    ['max_cpu_id', String(cpus - 1)],
    ['nr_nodes', String(host.cpu.sockets)],
    ['cores_per_socket', String(host.cpu.coresPerSocket)],
    ['threads_per_core', String(host.cpu.threadsPerCore)],
    ['cpu_mhz', host.cpu.mhz.toFixed(3)],
    ['hw_caps', flags],
    ['virt_caps', virtCaps(host)],
    ['total_memory', String(host.memoryMiB)],
    ['free_memory', String(Math.max(0, state.xenFreeMiB(host.name)))],
    ['sharing_freed_memory', '0'],
    ['sharing_used_memory', '0'],
    ['outstanding_claims', '0'],
    ['free_cpus', '0'],
    ['xen_major', '4'],
    ['xen_minor', '20'],
    ['xen_extra', '-unstable'],
    ['xen_version', '4.20-unstable'],
    ['xen_caps', xenCaps],
    ['xen_scheduler', 'credit2'],
    ['xen_pagesize', '4096'],
    ['platform_params', 'virt_start=0xffff800000000000'],
    ['xen_changeset', 'c447b730'],
    ['xen_commandline', `placeholder dom0_mem=${host.dom0MemoryMiB ?? 0}M,max:${host.dom0MemoryMiB ?? 0}M`],
    ['cc_compiler', 'gcc (Debian 12.2.0-14) 12.2.0'],
    ['cc_compile_by', 'hvconf'],
    ['cc_compile_domain', 'simulated'],
    ['cc_compile_date', 'Thu Aug 20 00:00:00 UTC 2026'],
    ['build_id', '6f1b0e0c4f2b9a3e1d7c5a4b3e2d1c0f9e8d7c6b'],
    ['xend_config_format', '4'],
  ];
}

/** `name : value` with the name padded like xl does. */
export function formatXlInfo(lines: ReadonlyArray<readonly [string, string]>): string {
  return lines.map(([name, value]) => `${name.padEnd(23)}: ${value}`).join('\n') + '\n';
}
