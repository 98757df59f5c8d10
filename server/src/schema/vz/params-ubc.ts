import type { VzParamDef, VzSupport } from './param-def';

/**
 * User beancounters and memory (reference openvz.md §1.3, §1.4 rows 9–32, 68, 79;
 * VZ7 changes §1.6). All take `barrier[:limit]`; one value sets both sides.
 */

const UB_FORMAT: Record<'pages' | 'items' | 'bytes', string> = {
  pages: 'A bare number counts 4 KiB pages; a suffix (K, M, G, T, B, and P for one page in legacy vzctl) gives bytes that are turned into pages.',
  items: 'A plain count. No suffix is accepted: `128K` makes vzctl skip the line.',
  bytes: 'A bare number is bytes; K, M, G, T multiply by powers of 1024.',
};

function ub(
  name: string,
  unitClass: 'pages' | 'items' | 'bytes',
  summary: string,
  detail: string,
  example: string,
  extra: Partial<VzParamDef> & { vz7?: VzSupport } = {},
): VzParamDef {
  const { vz7, ...rest } = extra;
  return {
    name,
    topic: 'ubc',
    scope: 'ct',
    shape: { kind: 'ub', unitClass },
    dialects: { legacy: 'read', vz7: vz7 ?? 'read' },
    unit: unitClass,
    cli: `--${name.toLowerCase()}`,
    summary,
    doc: `${detail}\n\nWritten as \`barrier:limit\`, or one value for both. ${UB_FORMAT[unitClass]} \`unlimited\` lifts the bound.`,
    example,
    ...rest,
  };
}

const VZ7_NO_EFFECT = 'Virtuozzo 7 accepts this beancounter but no longer enforces it.';

export const ubcParams: readonly VzParamDef[] = [
  ub('KMEMSIZE', 'bytes', 'Kernel memory the container may pin (bytes).',
    'Caps unswappable kernel memory spent on the container\'s processes: page tables, socket structures, file handles. The barrier should leave room for about 40 KiB per average process plus the dentry cache limit; vzcfgvalidate checks this.',
    'KMEMSIZE="14372700:14790164"', { samples: ['14372700:14790164', 'unlimited'] }),
  ub('LOCKEDPAGES', 'pages', 'Memory the container may lock with mlock() (pages).',
    'Pages that processes lock into RAM so that they are never swapped out. In VSwap mode vzctl fills it in from PHYSPAGES when absent.',
    'LOCKEDPAGES="2048:2048"', { cli: '--lockedpages', samples: ['2048:2048', '256M', 'unlimited'] }),
  ub('PRIVVMPAGES', 'pages', 'Private virtual memory the container may allocate (pages).',
    'Bounds the memory processes may allocate (anonymous and private mappings), whether or not it is used yet. Its barrier should not be below VMGUARPAGES. In VSwap mode it is derived from RAM + swap times VM_OVERCOMMIT when absent.',
    'PRIVVMPAGES="65536:69632"', { samples: ['65536:69632', '1G:1.1G', 'unlimited'] }),
  ub('SHMPAGES', 'pages', 'Shared memory segments, IPC and tmpfs (pages).',
    'Total size of System V shared memory, POSIX shared memory and tmpfs files. Barrier and limit should be equal.',
    'SHMPAGES="21504:21504"', { samples: ['21504:21504', '128M'] }),
  ub('NUMPROC', 'items', 'Processes and threads the container may run.',
    'Counts every task (process or kernel-visible thread). Barrier and limit should be equal.',
    'NUMPROC="240:240"', { cli: '--numproc', samples: ['240:240', '1024', 'unlimited'] }),
  ub('PHYSPAGES', 'pages', 'RAM of the container (pages); its limit selects VSwap mode.',
    'On VSwap kernels the limit is the container\'s RAM and the barrier must be 0 (legacy). A limit other than `unlimited` makes the config a VSwap config; `0:unlimited` is the pre-VSwap form, where the value only accounts usage. Virtuozzo 7 sets barrier and limit to the same value.',
    'PHYSPAGES="0:256M"', { cli: '--physpages / --ram', samples: ['0:256M', '0:512M', '0:1G', '0:unlimited'] }),
  ub('VMGUARPAGES', 'pages', 'Memory allocation guarantee (pages).',
    'Allocations up to the barrier always succeed. Without VSwap the limit must be `unlimited`.',
    'VMGUARPAGES="33792:unlimited"', { samples: ['33792:unlimited'] }),
  ub('OOMGUARPAGES', 'pages', 'Out-of-memory guarantee (pages).',
    'While usage stays below the barrier, the container\'s processes are not chosen by the out-of-memory killer. Without VSwap the limit must be `unlimited`.',
    'OOMGUARPAGES="26112:unlimited"', { vz7: 'no-effect', vz7Note: VZ7_NO_EFFECT, samples: ['26112:unlimited'] }),
  ub('NUMTCPSOCK', 'items', 'TCP sockets.', 'Number of TCP sockets. Barrier and limit should be equal.',
    'NUMTCPSOCK="360:360"', { vz7: 'no-effect', vz7Note: VZ7_NO_EFFECT, samples: ['360:360'] }),
  ub('NUMFLOCK', 'items', 'File locks.', 'Number of file locks. Leave a gap between barrier and limit.',
    'NUMFLOCK="188:206"', { cli: '--numflock', samples: ['188:206'] }),
  ub('NUMPTY', 'items', 'Pseudo-terminals.', 'Number of pseudo-terminals (at most 255 per container). Barrier and limit should be equal.',
    'NUMPTY="16:16"', { cli: '--numpty', samples: ['16:16'] }),
  ub('NUMSIGINFO', 'items', 'Queued signal structures.', 'Number of siginfo structures queued for delivery. Barrier and limit should be equal.',
    'NUMSIGINFO="256:256"', { cli: '--numsiginfo', samples: ['256:256'] }),
  ub('TCPSNDBUF', 'bytes', 'TCP send buffers (bytes).',
    'Memory for data waiting in TCP send buffers. The gap between barrier and limit must be at least 2.5 KiB per TCP socket, and the barrier at least 64 KiB.',
    'TCPSNDBUF="1720320:2703360"', { vz7: 'no-effect', vz7Note: VZ7_NO_EFFECT, samples: ['1720320:2703360'] }),
  ub('TCPRCVBUF', 'bytes', 'TCP receive buffers (bytes).',
    'Memory for received TCP data not yet read. The gap between barrier and limit should be at least 2.5 KiB per TCP socket, and the barrier at least 64 KiB.',
    'TCPRCVBUF="1720320:2703360"', { vz7: 'no-effect', vz7Note: VZ7_NO_EFFECT, samples: ['1720320:2703360'] }),
  ub('OTHERSOCKBUF', 'bytes', 'Buffers of UDP, UNIX and other non-TCP sockets (bytes).',
    'Send buffers of local and UDP sockets. The gap between barrier and limit must be at least 2.5 KiB per such socket.',
    'OTHERSOCKBUF="1126080:2097152"', { vz7: 'no-effect', vz7Note: VZ7_NO_EFFECT, samples: ['1126080:2097152'] }),
  ub('DGRAMRCVBUF', 'bytes', 'Receive buffers of datagram sockets (bytes).',
    'Memory for received UDP and other datagrams not yet read.',
    'DGRAMRCVBUF="262144:262144"', { vz7: 'no-effect', vz7Note: VZ7_NO_EFFECT, samples: ['262144:262144'] }),
  ub('NUMOTHERSOCK', 'items', 'Non-TCP sockets.', 'Number of UNIX, UDP and other non-TCP sockets. Barrier and limit should be equal.',
    'NUMOTHERSOCK="360:360"', { vz7: 'no-effect', vz7Note: VZ7_NO_EFFECT, samples: ['360:360'] }),
  ub('NUMFILE', 'items', 'Open files.', 'Number of open files. Should cover the sockets and terminals, and about 32 per average process.',
    'NUMFILE="9312:9312"', { cli: '--numfile', samples: ['9312:9312'] }),
  ub('DCACHESIZE', 'bytes', 'Directory entry cache (bytes).',
    'Memory for dentry and inode structures used by lookups. The limit should be at least 384 bytes per open file.',
    'DCACHESIZE="3409920:3624960"', { vz7: 'no-effect', vz7Note: VZ7_NO_EFFECT, samples: ['3409920:3624960'] }),
  ub('DCACHE', 'bytes', 'Alternative name of DCACHESIZE.', 'Another spelling that vzctl maps to DCACHESIZE.',
    'DCACHE="3409920:3624960"', { aliasOf: 'DCACHESIZE', cli: '--dcachesize', vz7: undefined, dialects: { legacy: 'read' } }),
  ub('NUMIPTENT', 'items', 'Netfilter (iptables) rules.',
    'Number of firewall rule entries. Values below 16 are raised to 16 when the container starts. Barrier and limit should be equal.',
    'NUMIPTENT="128:128"', { samples: ['128:128'] }),
  ub('IPTENTRIES', 'items', 'Alternative name of NUMIPTENT.', 'Another spelling that vzctl maps to NUMIPTENT.',
    'IPTENTRIES="128:128"', { aliasOf: 'NUMIPTENT', cli: '--numiptent', dialects: { legacy: 'read' } }),
  ub('AVNUMPROC', 'items', 'Expected average number of processes (for sizing only).',
    'Not a kernel limit: vzcfgvalidate uses its barrier in formulas for KMEMSIZE and NUMFILE. When absent, half of the NUMPROC barrier is assumed.',
    'AVNUMPROC="180:180"', { samples: ['180:180'] }),
  ub('SWAPPAGES', 'pages', 'Swap space of the container (pages).',
    'In VSwap mode the limit is the container\'s swap and the barrier must be 0 (legacy). On older kernels it only sets the swap size shown inside the container.',
    'SWAPPAGES="0:512M"', { cli: '--swappages / --swap', samples: ['0:512M', '0:1G', '0'] }),
  ub('NUMMEMORYSUBGROUPS', 'items', 'Memory cgroups the container may create (Virtuozzo 7).',
    'Number of memory control sub-groups allowed inside the container.',
    'NUMMEMORYSUBGROUPS="512"', { topic: 'vz7', dialects: { vz7: 'read' }, cli: '--num-memory-subgroups', samples: ['512'] }),
  ub('NUMNETIF', 'items', 'Network interfaces the container may create (Virtuozzo 7).',
    'Number of network devices allowed inside the container.',
    'NUMNETIF="16"', { topic: 'vz7', dialects: { vz7: 'read' }, cli: '--numnetif', samples: ['16'] }),
  ub('SLMMEMORYLIMIT', 'pages', 'SLM memory limit `avg[:inst]` (Virtuozzo 7).',
    'Average and instantaneous memory bounds of the SLM memory manager.',
    'SLMMEMORYLIMIT="262144:262144"', { topic: 'vz7', dialects: { vz7: 'read' }, cli: '--slmmemorylimit' }),
  {
    name: 'VM_OVERCOMMIT', topic: 'ubc', scope: 'ct', shape: { kind: 'float', min: 0 }, dialects: { legacy: 'read', vz7: 'read' },
    cli: '--vm_overcommit', summary: 'Overcommit factor for PRIVVMPAGES in VSwap mode.',
    doc: 'When PRIVVMPAGES is not set in a VSwap config, vzctl sets it to (RAM + swap) times this factor. 0 or unset means no PRIVVMPAGES limit (legacy default 0; the Virtuozzo 7 manual gives 1).',
    example: 'VM_OVERCOMMIT="1.5"', default: '0 (legacy)', samples: ['1', '1.5', '2'],
  },
  {
    name: 'MEMINFO', topic: 'ubc', scope: 'ct', shape: { kind: 'special', grammar: 'meminfo' }, dialects: { legacy: 'read', vz7: 'no-effect' },
    cli: '--meminfo', summary: 'What /proc/meminfo shows inside a pre-VSwap container.',
    doc: '`none` shows the host\'s numbers, `pages:N` a fixed total of N pages, `privvmpages:N` the PRIVVMPAGES limit times N. N must be above 0. Ignored on VSwap kernels.',
    example: 'MEMINFO="privvmpages:1"', default: 'privvmpages:1', samples: ['none', 'privvmpages:1', 'pages:262144'],
    vz7Note: 'Virtuozzo 7 does not read MEMINFO.',
  },
];

/** Old 2.6-era beancounter names Virtuozzo 7 recognises without effect (reference §1.6). */
export const vz7ObsoleteUbcParams: readonly VzParamDef[] = [
  'TOTVMPAGES', 'IPCSHMPAGES', 'ANONSHPAGES', 'RSSPAGES', 'OOMGUAR', 'NUMSOCK', 'UNIXSOCKBUF', 'SOCKRCVBUF', 'NUMUNIXSOCK',
].map((name): VzParamDef => ({
  name, topic: 'vz7', scope: 'ct', shape: { kind: 'ub', unitClass: name.startsWith('NUM') ? 'items' : name.endsWith('BUF') ? 'bytes' : 'pages' },
  dialects: { vz7: 'no-effect' },
  summary: 'Obsolete beancounter name; Virtuozzo 7 accepts it and does nothing.',
  doc: 'A beancounter name from older Virtuozzo kernels. libvzctl still recognises it so old configs load, but it has no effect. Remove it.',
  example: `${name}="unlimited"`,
}));

export const tcpSendBufAlias: VzParamDef = {
  ...ub('TCPSENDBUF', 'bytes', 'Virtuozzo 7 spelling of TCPSNDBUF.', 'Another name libvzctl maps to TCPSNDBUF, which it no longer enforces.', 'TCPSENDBUF="1720320:2703360"'),
  topic: 'vz7', aliasOf: 'TCPSNDBUF', dialects: { vz7: 'no-effect' },
};
