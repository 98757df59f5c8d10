import type { Severity } from '../../schema/types';

export interface CodeDoc {
  readonly severity: Severity;
  readonly summary: string;
}

/**
 * Every diagnostic code of the vz-conf language, with its default severity.
 * Severities follow what vzctl does (reference openvz.md §1.2, §1.7, §5):
 * lines it skips or values it drops are warnings, vzcfgvalidate errors are
 * errors, unknown keys are hints.
 */
export const vzCodes = {
  'vz/missing-equals': { severity: 'warning', summary: 'A line without `=`: vzctl cannot parse it and skips it.' },
  'vz/unmatched-quote': { severity: 'warning', summary: 'An opening `"` without a closing one: vzctl skips the line.' },
  'vz/space-around-equals': { severity: 'warning', summary: 'Blanks before `=` become part of the key, so vzctl ignores the line and the shell fails on it.' },
  'vz/single-quoted': { severity: 'warning', summary: 'vzctl 4.11 keeps single quotes as part of the value.' },
  'vz/comment-in-value': { severity: 'information', summary: 'vzctl 4.11 reads a `# comment` after an unquoted value as part of the value.' },
  'vz/unknown-key': { severity: 'hint', summary: 'A key this dialect does not know; vzctl ignores it.' },
  'vz/duplicate-key': { severity: 'warning', summary: 'A key set twice; vzctl 4.11 keeps the first and ignores the rest.' },
  'vz/ignored-key': { severity: 'hint', summary: 'A key vzctl knows but ignores, or one that no longer has an effect.' },
  'vz/deprecated-key': { severity: 'warning', summary: 'A deprecated key; vzctl warns when it reads it.' },
  'vz/invalid-value': { severity: 'warning', summary: 'A value vzctl cannot read; it skips the line.' },
  'vz/invalid-number': { severity: 'warning', summary: 'Not a number where vzctl expects one; it skips the line.' },
  'vz/bad-suffix': { severity: 'warning', summary: 'A unit suffix this parameter or dialect does not accept; vzctl skips the line.' },
  'vz/out-of-range': { severity: 'warning', summary: 'A number outside the range vzctl accepts; it skips the line.' },
  'vz/invalid-enum': { severity: 'warning', summary: 'Not one of the allowed words; vzctl skips the line.' },
  'vz/unlimited-not-allowed': { severity: 'warning', summary: '`unlimited` where legacy vzctl does not accept it (DISKSPACE, DISKINODES, IOPSLIMIT).' },
  'vz/too-large': { severity: 'warning', summary: 'A number above what vzctl stores; it is cut down with a warning.' },
  'vz/not-shell-safe': { severity: 'warning', summary: 'The line is not a plain POSIX shell assignment, yet scripts source these files.' },
  'vz/missing-veid': { severity: 'warning', summary: 'VE_ROOT or VE_PRIVATE in vz.conf without `$VEID`: all containers would share one directory.' },
  'vz/numiptent-raised': { severity: 'warning', summary: 'NUMIPTENT below 16 is raised to 16:16 when the container starts.' },
  'vz/suspicious-unit': { severity: 'information', summary: 'A bare number that is implausibly small in this parameter\'s unit; a suffix was probably meant.' },
  'vz/missing-required': { severity: 'error', summary: 'A parameter vzctl needs to start the container (and vzcfgvalidate requires) is missing.' },
  'vz/barrier-above-limit': { severity: 'error', summary: 'The barrier is above the limit (vzcfgvalidate error).' },
  'vz/barrier-not-equal-limit': { severity: 'error', summary: 'Barrier and limit must be equal for this beancounter (vzcfgvalidate error).' },
  'vz/limit-not-unlimited': { severity: 'error', summary: 'Without VSwap the limit of this beancounter must be `unlimited` (vzcfgvalidate error).' },
  'vz/barrier-not-zero': { severity: 'error', summary: 'The barrier of PHYSPAGES (and of SWAPPAGES with VSwap) must be 0 (vzcfgvalidate error).' },
  'vz/kmemsize-too-low': { severity: 'error', summary: 'KMEMSIZE barrier below 40 KiB per average process plus the DCACHESIZE limit (vzcfgvalidate error).' },
  'vz/dcachesize-too-low': { severity: 'warning', summary: 'DCACHESIZE limit below 384 bytes per NUMFILE (vzcfgvalidate warning).' },
  'vz/privvmpages-below-vmguarpages': { severity: 'warning', summary: 'PRIVVMPAGES barrier below the VMGUARPAGES barrier (vzcfgvalidate warning).' },
  'vz/sockbuf-gap-too-small': { severity: 'error', summary: 'Socket buffer limit minus barrier below 2.5 KiB per socket (vzcfgvalidate error; warning for TCPRCVBUF).' },
  'vz/buffer-too-small': { severity: 'warning', summary: 'A socket buffer barrier below the minimum vzcfgvalidate expects (warning or recommendation).' },
  'vz/numfile-too-low': { severity: 'warning', summary: 'NUMFILE barrier below the files the container\'s processes and sockets need (vzcfgvalidate warning).' },
  'vz/check-failed': { severity: 'information', summary: 'An internal rule crashed on this file; the other rules still ran. Please report it.' },
} as const satisfies Record<string, CodeDoc>;

export type VzCode = keyof typeof vzCodes;

export const allVzCodes = Object.keys(vzCodes) as VzCode[];
