/**
 * A plausible console log for a simulated guest: firmware (HVM), a Linux
 * kernel booting on Xen, its block and network front-ends, then a login
 * prompt. Lines appear as simulated time passes since the guest booted.
 */
import type { DomainRecord } from './model';
import { TIMINGS } from './timings';

interface TimedLine { readonly at: number; readonly text: string }

function kernelLines(domain: DomainRecord): string[] {
  const spec = domain.spec;
  const disks = spec.disks.filter((d) => !d.cdrom);
  const lines = [
    'Linux version 6.1.0-18-amd64 (debian-kernel@lists.debian.org) #1 SMP PREEMPT_DYNAMIC',
    `Command line: ${spec.cmdline ?? 'root=/dev/xvda1 ro console=hvc0'}`,
    spec.type === 'hvm' ? 'Hypervisor detected: Xen HVM' : `Booting paravirtualized kernel on Xen${spec.type === 'pvh' ? ' PVH' : ''}`,
    `Xen version: 4.20 (preserve-AD)`,
    `Memory: ${domain.memoryMiB * 1024 - 98304}K/${domain.memoryMiB * 1024}K available`,
    `smp: Brought up 1 node, ${domain.vcpus} CPU${domain.vcpus > 1 ? 's' : ''}`,
    'xen:grant_table: Grant tables using version 1 layout',
    'xen_blkfront: Initialised',
  ];
  disks.forEach((disk, i) => lines.push(`blkfront: ${disk.vdev}: flush diskcache: enabled; persistent grants: enabled; indirect descriptors: enabled; bounce buffer: enabled${i === 0 ? '' : ''}`));
  spec.vifs.forEach((vif, i) => lines.push(`xen_netfront: Initialising Xen virtual ethernet driver${vif.mac ? ` (eth${i} ${vif.mac})` : ` (eth${i})`}`));
  lines.push(
    `EXT4-fs (${disks[0]?.vdev ?? 'xvda'}1): mounted filesystem with ordered data mode`,
    'systemd[1]: Detected virtualization xen.',
    'systemd[1]: Reached target Multi-User System.',
  );
  return lines;
}

function firmwareLines(domain: DomainRecord): string[] {
  if (domain.spec.type !== 'hvm') return [];
  return [
    'SeaBIOS (version 1.16.3-debian)',
    'Machine UUID ' + domain.uuid,
    `Booting from Hard Disk...`,
  ];
}

export function consoleLog(domain: DomainRecord, now: number): string[] {
  const bootMs = TIMINGS.guestBootMs(domain.spec.type);
  const body = [...firmwareLines(domain), ...kernelLines(domain)];
  const timed: TimedLine[] = body.map((text, i) => ({ at: Math.round((i / body.length) * bootMs * 0.9), text }));
  timed.push({ at: bootMs, text: '' }, { at: bootMs, text: `Debian GNU/Linux 12 ${domain.name} hvc0` }, { at: bootMs, text: '' }, { at: bootMs, text: `${domain.name} login: ` });
  const elapsed = now - domain.bootedAt;
  const shown = timed.filter((line) => line.at <= elapsed);
  const out = shown.map((line) => (line.text && line.at < bootMs && !line.text.startsWith('SeaBIOS') && !line.text.startsWith('Machine') && !line.text.startsWith('Booting from')
    ? `[${(line.at / 1000).toFixed(6).padStart(12)}] ${line.text}`
    : line.text));
  if (domain.state === 'paused') out.push('(domain is paused)');
  if (domain.state === 'shutdown') out.push(`reboot: ${domain.shutdownReason === 'reboot' ? 'Restarting system' : 'Power down'}`);
  return out;
}
