/**
 * A plausible console log for a simulated guest: firmware (HVM only), a Linux
 * kernel booting on Xen with its block and network front-ends, then a login
 * prompt. Lines appear as simulated time passes since the guest booted.
 */
import type { DomainRecord } from './model';
import { TIMINGS } from './timings';

interface TimedLine {
  /** ms after boot */
  readonly at: number;
  readonly text: string;
  /** kernel lines carry the `[seconds]` printk stamp */
  readonly kernel: boolean;
}

function firmwareLines(domain: DomainRecord): string[] {
  if (domain.spec.type !== 'hvm') return [];
  return ['SeaBIOS (version 1.16.3-debian)', `Machine UUID ${domain.uuid}`, 'Booting from Hard Disk...'];
}

/** The release a kernel path names (`vmlinuz-6.6.30` → `6.6.30`); Debian 12's stock kernel otherwise. */
export function kernelBanner(kernel: string | undefined): string {
  const release = /vmlinu[xz]-(\d[\w.+~-]*)$/.exec(kernel ?? '')?.[1];
  return release
    ? `Linux version ${release} (root@buildhost) #1 SMP PREEMPT_DYNAMIC`
    : 'Linux version 6.1.0-18-amd64 (debian-kernel@lists.debian.org) #1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1';
}

function kernelLines(domain: DomainRecord): string[] {
  const spec = domain.spec;
  const disks = spec.disks.filter((d) => !d.cdrom);
  const platform = spec.type === 'hvm' ? 'Hypervisor detected: Xen HVM' : `Booting paravirtualized kernel on Xen${spec.type === 'pvh' ? ' PVH' : ''}`;
  return [
    kernelBanner(spec.kernel),
    `Command line: ${spec.cmdline ?? 'root=/dev/xvda1 ro console=hvc0'}`,
    platform,
    `Memory: ${domain.memoryMiB * 1024 - 98304}K/${domain.memoryMiB * 1024}K available`,
    `smp: Brought up 1 node, ${domain.vcpus} CPU${domain.vcpus > 1 ? 's' : ''}`,
    'xen:grant_table: Grant tables using version 1 layout',
    ...disks.map((disk) => `blkfront: ${disk.vdev}: flush diskcache: enabled; persistent grants: enabled; indirect descriptors: enabled`),
    ...spec.vifs.map((vif, i) => `xen_netfront: Initialising Xen virtual ethernet driver (eth${i}${vif.mac ? ` ${vif.mac}` : ''})`),
    `EXT4-fs (${disks[0]?.vdev ?? 'xvda'}1): mounted filesystem with ordered data mode`,
    'systemd[1]: Detected virtualization xen.',
    'systemd[1]: Reached target multi-user.target - Multi-User System.',
  ];
}

export function consoleLog(domain: DomainRecord, now: number): string[] {
  const bootMs = TIMINGS.guestBootMs(domain.spec.type);
  const firmware = firmwareLines(domain);
  const kernel = kernelLines(domain);
  const firmwareMs = firmware.length > 0 ? bootMs * 0.2 : 0;
  const timed: TimedLine[] = [
    ...firmware.map((text, i) => ({ at: (i / firmware.length) * firmwareMs, text, kernel: false })),
    ...kernel.map((text, i) => ({ at: firmwareMs + (i / kernel.length) * (bootMs - firmwareMs) * 0.9, text, kernel: true })),
    { at: bootMs, text: '', kernel: false },
    { at: bootMs, text: `Debian GNU/Linux 12 ${domain.name} hvc0`, kernel: false },
    { at: bootMs, text: '', kernel: false },
    { at: bootMs, text: `${domain.name} login: `, kernel: false },
  ];
  const elapsed = now - domain.bootedAt;
  const out = timed
    .filter((line) => line.at <= elapsed)
    .map((line) => (line.kernel ? `[${((line.at - firmwareMs) / 1000).toFixed(6).padStart(12)}] ${line.text}` : line.text));
  if (domain.state === 'paused') out.push('(domain is paused)');
  if (domain.state === 'shutdown') out.push(`reboot: ${domain.shutdownReason === 'reboot' ? 'Restarting system' : 'Power down'}`);
  return out;
}
