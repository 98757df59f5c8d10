/**
 * How long simulated operations take, in simulated milliseconds. The numbers
 * are in the range a small real host shows; the RealClock's speed factor
 * divides them for the editor.
 */
import type { WorkloadProfile } from '../schema/guest-spec';

export const TIMINGS = {
  /** domain build: allocation and scrubbing grow with memory */
  domainBuildMs: (memoryMiB: number): number => 1200 + memoryMiB * 0.25,
  guestBootMs: (type: 'pv' | 'pvh' | 'hvm'): number => (type === 'hvm' ? 14000 : type === 'pvh' ? 5000 : 6000),
  guestShutdownMs: (type: 'pv' | 'pvh' | 'hvm'): number => (type === 'hvm' ? 7000 : 4000),
  destroyMs: 400,
  pauseMs: 50,
  memSetMs: (deltaMiB: number): number => 300 + Math.abs(deltaMiB) * 0.2,
  vcpuSetMs: 200,
  /** reservation on the target before the first round */
  migrationSetupMs: 250,
  /** fixed cost of resuming on the target after the final copy (device reconnect, ARP) */
  migrationResumeMs: 8,
  containerCreateMs: (diskspaceGiB: number): number => 2500 + diskspaceGiB * 40,
  containerStartMs: 2500,
  containerStopMs: 3000,
  containerDestroyMs: 1200,
  containerSetMs: 300,
  cacheCreateMs: (packages: number): number => 45000 + packages * 1500,
  appRegisterMs: 1500,
  appInstallMs: (packages: number): number => 4000 + packages * 1800,
} as const;

/** Share of its vCPUs a running guest keeps busy, for the Time(s) column. */
export const CPU_LOAD: Readonly<Record<WorkloadProfile, number>> = {
  idle: 0.01,
  web: 0.15,
  database: 0.35,
  'memory-intensive': 0.8,
};
