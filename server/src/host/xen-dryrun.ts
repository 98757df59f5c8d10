/**
 * The resolved domain configuration as `xl create -n` prints it: JSON shaped
 * like libxl's domain config (c_info, b_info, devices, on_* actions), built
 * from the typed spec and the host's decisions (paging mode).
 */
import type { DomainSpec } from '../schema/guest-spec';
import { diskPath } from './xen-placement';

export function resolvedDomainConfig(spec: DomainSpec, paging: 'hap' | 'shadow' | 'pv'): Record<string, unknown> {
  const typeInfo: Record<string, unknown> = spec.type === 'hvm'
    ? { hvm: { hap: paging === 'hap' ? 'True' : 'False' } }
    : spec.type === 'pvh' ? { pvh: {} } : { pv: spec.bootloader ? { bootloader: spec.bootloader } : {} };
  const config: Record<string, unknown> = {
    c_info: {
      type: spec.type,
      name: spec.name,
      ...(spec.uuid ? { uuid: spec.uuid } : {}),
      ...(spec.type !== 'pv' ? { hap: paging === 'hap' ? 'True' : 'False' } : {}),
    },
    b_info: {
      max_vcpus: spec.maxvcpus,
      avail_vcpus: Array.from({ length: spec.vcpus }, (_, i) => i),
      max_memkb: spec.maxmemMiB * 1024,
      target_memkb: spec.memoryMiB * 1024,
      ...(spec.kernel ? { kernel: spec.kernel } : {}),
      ...(spec.ramdisk ? { ramdisk: spec.ramdisk } : {}),
      ...(spec.cmdline ? { cmdline: spec.cmdline } : {}),
      type: typeInfo,
      arch_arm: {},
      arch_x86: {},
    },
    disks: spec.disks.map((disk) => ({
      pdev_path: disk.target === '' ? undefined : diskPath(disk.target),
      vdev: disk.vdev,
      format: disk.format,
      readwrite: disk.access === 'rw' ? 1 : 0,
      ...(disk.cdrom ? { is_cdrom: 1 } : {}),
    })),
    nics: spec.vifs.map((vif, devid) => ({
      devid,
      ...(vif.mac ? { mac: vif.mac } : {}),
      ...(vif.bridge ? { bridge: vif.bridge } : {}),
      ...(vif.ip ? { ip: vif.ip } : {}),
      ...(vif.rateBytesPerSecond ? { rate_bytes_per_interval: Math.round(vif.rateBytesPerSecond / 20), rate_interval_usecs: 50000 } : {}),
    })),
    pcidevs: spec.pci.map((bdf) => ({ bdf })),
    on_poweroff: spec.onPoweroff,
    on_reboot: spec.onReboot,
    on_crash: spec.onCrash,
  };
  if (Object.keys(spec.resolved).length > 0) config['xl_keys'] = spec.resolved;
  return config;
}
