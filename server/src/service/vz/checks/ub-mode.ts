import type { VzModel } from '../model';
import { pairOf } from '../model';
import { isUnlimitedValue } from '../values/numbers';

/**
 * A config is VSwap when the PHYSPAGES limit is neither unlimited nor the
 * 32-bit LONG_MAX (reference openvz.md §1.7 B, §5).
 */
export function isVswap(model: VzModel): boolean {
  const physpages = pairOf(model, 'PHYSPAGES');
  return physpages !== undefined && !isUnlimitedValue(physpages.limit.value);
}

/** Whether legacy vzctl's start-time and vzcfgvalidate rules apply to this document. */
export function ubRulesApply(model: VzModel, fileKind: string): boolean {
  return model.dialect === 'legacy' && fileKind === 'container' && model.assignments.length > 0;
}

/** Parameters vzctl needs at start without VSwap (`check_ub`), a superset of vzcfgvalidate's list. */
export const NON_VSWAP_REQUIRED = [
  'KMEMSIZE', 'LOCKEDPAGES', 'PRIVVMPAGES', 'SHMPAGES', 'NUMPROC', 'PHYSPAGES', 'VMGUARPAGES', 'OOMGUARPAGES',
  'NUMTCPSOCK', 'NUMFLOCK', 'NUMPTY', 'NUMSIGINFO', 'TCPSNDBUF', 'TCPRCVBUF', 'OTHERSOCKBUF', 'DGRAMRCVBUF',
  'NUMOTHERSOCK', 'NUMFILE', 'DCACHESIZE', 'NUMIPTENT',
] as const;

export const VSWAP_REQUIRED = ['PHYSPAGES', 'SWAPPAGES'] as const;

/** Values from the legacy ve-basic sample (reference §1.8), used by the "add missing" quick fix. */
export const BASIC_SAMPLE: Readonly<Record<string, string>> = {
  KMEMSIZE: '14372700:14790164', LOCKEDPAGES: '2048:2048', PRIVVMPAGES: '65536:69632', SHMPAGES: '21504:21504',
  NUMPROC: '240:240', PHYSPAGES: '0:unlimited', VMGUARPAGES: '33792:unlimited', OOMGUARPAGES: '26112:unlimited',
  NUMTCPSOCK: '360:360', NUMFLOCK: '188:206', NUMPTY: '16:16', NUMSIGINFO: '256:256', TCPSNDBUF: '1720320:2703360',
  TCPRCVBUF: '1720320:2703360', OTHERSOCKBUF: '1126080:2097152', DGRAMRCVBUF: '262144:262144', NUMOTHERSOCK: '360:360',
  DCACHESIZE: '3409920:3624960', NUMFILE: '9312:9312', AVNUMPROC: '180:180', NUMIPTENT: '128:128', SWAPPAGES: '0:512M',
};
