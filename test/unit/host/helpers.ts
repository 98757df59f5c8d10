import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** A fresh state directory per test, removed afterwards by the caller. */
export function tempStateDir(prefix = 'hvconf-host-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

import type { ContainerSpec, DomainSpec } from '../../../server/src/schema/guest-spec';
import { VirtualClock } from '../../../server/src/host/clock';
import type { ClusterConfig } from '../../../server/src/host/cluster-config';
import { openSimulatedCluster, type SimulatedHypervisor } from '../../../server/src/host/simulated-hypervisor';

export function domainSpec(overrides: Partial<DomainSpec> = {}): DomainSpec {
  return {
    name: 'web01', type: 'pv', memoryMiB: 1024, maxmemMiB: 1024, vcpus: 2, maxvcpus: 2,
    kernel: '/boot/vmlinuz', disks: [{ vdev: 'xvda', target: '/dev/vg_guests/web01-disk', format: 'raw', access: 'rw', cdrom: false }],
    vifs: [{ bridge: 'xenbr0', mac: '00:16:3e:00:00:01' }], pci: [], hap: true, nomigrate: false,
    onPoweroff: 'destroy', onReboot: 'restart', onCrash: 'destroy', workload: 'idle', resolved: {}, source: 'web01.cfg',
    ...overrides,
  };
}

export function containerSpec(overrides: Partial<ContainerSpec> = {}): ContainerSpec {
  return { ipAddresses: [], nameservers: ['10.0.0.1'], onboot: true, ramMiB: 512, diskspaceGiB: 10, params: {}, source: 've-basic.conf-sample', ...overrides };
}

export interface TestCluster {
  readonly hv: SimulatedHypervisor;
  readonly clock: VirtualClock;
}

export async function openTestCluster(stateDir: string, config?: ClusterConfig, clock = new VirtualClock()): Promise<TestCluster> {
  const hv = await openSimulatedCluster({ stateDir, clock, ...(config ? { config } : {}) });
  return { hv, clock };
}
