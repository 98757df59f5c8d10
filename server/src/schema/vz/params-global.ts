import { YES_NO, type VzParamDef, type VzShape } from './param-def';

/**
 * Node-wide keys of vz.conf (reference openvz.md §1.4 rows 1–6, 46, 50, 58, 61, 62;
 * the script-only and known-but-ignored keys of §1.2 item 8 and §1.4; VZ7 vz.conf §1.6).
 */

const FREE: VzShape = { kind: 'string', format: 'free' };
const PATH: VzShape = { kind: 'string', format: 'path' };
const FLAG: VzShape = { kind: 'enum', values: YES_NO };

function global(name: string, shape: VzShape, dialects: VzParamDef['dialects'], summary: string, doc: string, example: string, extra: Partial<VzParamDef> = {}): VzParamDef {
  return { name, topic: 'global', scope: 'global', shape, dialects, summary, doc, example, ...extra };
}

const BOTH = { legacy: 'read', vz7: 'read' } as const;
const VZ7 = { vz7: 'read' } as const;
/** vzctl 4.11 knows these names but ignores them; init scripts read them from vz.conf. */
const LEGACY_IGNORED = { legacy: 'ignored' } as const;
const IGNORED_NOTE = 'vzctl 4.11 knows this key and ignores it without a word; the init scripts read it from vz.conf.';
/** Not in vzctl 4.11's table at all, but read by its init and network scripts from vz.conf. */
const LEGACY_SCRIPTS = { legacy: 'stored' } as const;

export const globalParams: readonly VzParamDef[] = [
  global('LOCKDIR', PATH, BOTH, 'Directory for container lock files.', 'vzctl keeps one lock per container here.', 'LOCKDIR="/vz/lock"'),
  global('DUMPDIR', PATH, BOTH, 'Directory for checkpoint dumps.', 'Where `vzctl chkpnt` writes Dump.<CTID> files by default.', 'DUMPDIR="/vz/dump"', { default: '<VZDIR>/dump' }),
  global('LOGGING', FLAG, BOTH, 'Write a vzctl log file.', 'With `no`, nothing is written to LOGFILE.', 'LOGGING="yes"', { default: 'yes' }),
  global('LOG_LEVEL', { kind: 'integer', min: -1 }, BOTH, 'How much goes into the log file.', 'Higher numbers log more; -1 logs errors only.', 'LOG_LEVEL="0"', { default: '0' }),
  global('LOGFILE', PATH, BOTH, 'Path of the vzctl log file.', 'Used when LOGGING is `yes`.', 'LOGFILE="/var/log/vzctl.log"', { default: '/var/log/vzctl.log' }),
  global('VERBOSE', { kind: 'integer', min: 0 }, { legacy: 'read', vz7: 'stored' }, 'How much vzctl prints on the console.', 'Each `--verbose` on the command line adds one.', 'VERBOSE="0"', { default: '0' }),
  global('TEMPLATE', PATH, BOTH, 'Directory of OS and application templates.', 'The template area that vzctl create and vzpkg use.', 'TEMPLATE="/vz/template"', { default: '<VZDIR>/template' }),
  global('DEF_OSTEMPLATE', { kind: 'string', format: 'template' }, BOTH, 'OS template used when `vzctl create` is given none.', 'A template name from the template area.', 'DEF_OSTEMPLATE="centos-6-x86"', { samples: ['centos-6-x86', '.almalinux-9'] }),
  global('CONFIGFILE', { kind: 'string', format: 'sample' }, BOTH, 'Sample config used when `vzctl create` is given none.', 'Names ve-<name>.conf-sample in /etc/vz/conf.', 'CONFIGFILE="vswap-256m"', { default: 'vswap-256m (legacy) / basic (VZ7)', samples: ['vswap-256m', 'basic'] }),
  global('LOCAL_UID', { kind: 'integer', min: 0 }, { legacy: 'read', vz7: 'stored' }, 'First host UID mapped to container root (user namespaces).', 'Only in vzctl builds for upstream kernels; 0 turns user namespaces off.', 'LOCAL_UID="100000"', { scope: 'both', default: '100000' }),
  global('LOCAL_GID', { kind: 'integer', min: 0 }, { legacy: 'read', vz7: 'stored' }, 'First host GID mapped to container root (user namespaces).', 'Only in vzctl builds for upstream kernels.', 'LOCAL_GID="100000"', { scope: 'both', default: '100000' }),

  global('MODULES_DISABLED', FLAG, LEGACY_SCRIPTS, 'Do not load OpenVZ kernel modules at service start.', 'Read by the init script, not by vzctl.', 'MODULES_DISABLED="no"'),
  global('VE_ROUTE_SRC_DEV', FREE, { legacy: 'stored', vz7: 'read' }, 'Host device whose address is the source of container routes.', 'Read by the network scripts.', 'VE_ROUTE_SRC_DEV="eth0"'),
  global('FORCE_ROUTE', FLAG, LEGACY_SCRIPTS, 'Add container routes even when one exists.', 'Read by the network scripts, not by vzctl.', 'FORCE_ROUTE="no"'),

  global('VIRTUOZZO', FLAG, { legacy: 'ignored', vz7: 'read' }, 'Marks the host as running OpenVZ / Virtuozzo.', `${IGNORED_NOTE}`, 'VIRTUOZZO="yes"'),
  global('VE0CPUUNITS', { kind: 'integer', min: 0 }, LEGACY_IGNORED, 'CPU units of the host itself (CT0).', IGNORED_NOTE, 'VE0CPUUNITS="1000"'),
  global('VZFASTBOOT', FLAG, LEGACY_IGNORED, 'Skip quota checks when starting containers at boot.', IGNORED_NOTE, 'VZFASTBOOT="no"'),
  global('NEIGHBOUR_DEVS', FREE, LEGACY_IGNORED, 'Devices on which container addresses are announced.', `\`all\`, \`detect\` or \`list:dev1 dev2\`. ${IGNORED_NOTE}`, 'NEIGHBOUR_DEVS="detect"'),
  global('ERROR_ON_ARPFAIL', FLAG, LEGACY_IGNORED, 'Fail a start when the ARP announcement fails.', IGNORED_NOTE, 'ERROR_ON_ARPFAIL="no"'),
  global('SKIP_ARPDETECT', FLAG, LEGACY_IGNORED, 'Skip checking that container addresses are free.', IGNORED_NOTE, 'SKIP_ARPDETECT="no"'),
  global('VZWDOG', FLAG, { legacy: 'ignored', vz7: 'read' }, 'Run the Virtuozzo watchdog.', IGNORED_NOTE, 'VZWDOG="no"'),
  global('IPTABLES_MODULES', FREE, LEGACY_IGNORED, 'Netfilter modules the init script loads.', `Blank-separated module names. ${IGNORED_NOTE}`, 'IPTABLES_MODULES="ipt_REJECT ipt_tos ipt_limit ipt_multiport iptable_filter iptable_mangle ipt_TCPMSS ipt_tcpmss ipt_ttl ipt_length"'),
  global('IP6TABLES', FREE, LEGACY_IGNORED, 'IPv6 netfilter modules the init script loads.', IGNORED_NOTE, 'IP6TABLES="ip6_tables ip6table_filter"'),
  global('CONFIG_CUSTOMIZED', FREE, { legacy: 'ignored', vz7: 'stored' }, 'Marks a config edited by hand.', 'Informational; vzctl does not act on it.', 'CONFIG_CUSTOMIZED="yes"', { scope: 'ct' }),
  global('VE_STOP_MODE', { kind: 'enum', values: [{ value: 'suspend', doc: 'Suspend running containers at host shutdown.' }, { value: 'stop', doc: 'Stop running containers at host shutdown.' }] },
    { legacy: 'ignored', vz7: 'read' }, 'What the init script does with containers at host shutdown.', IGNORED_NOTE, 'VE_STOP_MODE="suspend"'),
  global('SKIP_SYSCTL_SETUP', FLAG, LEGACY_IGNORED, 'Leave host sysctl settings alone at service start.', IGNORED_NOTE, 'SKIP_SYSCTL_SETUP="yes"'),
  global('VE_PARALLEL', { kind: 'integer', min: 0 }, { legacy: 'ignored', vz7: 'read' }, 'How many containers start or stop at once.', IGNORED_NOTE, 'VE_PARALLEL="4"'),

  global('ACTIONLOGDIR', PATH, VZ7, 'Directory for per-action logs (Virtuozzo 7).', 'Where vzctl keeps logs of individual operations.', 'ACTIONLOGDIR="/vz/actionlog"'),
  global('REMOVEMIGRATED', FLAG, VZ7, 'Remove the source copy after migration (Virtuozzo 7).', 'Otherwise the private area stays on the source host.', 'REMOVEMIGRATED="yes"'),
  global('HTTP_PROXY', FREE, VZ7, 'Proxy for template downloads (Virtuozzo 7).', 'A URL.', 'HTTP_PROXY="http://proxy.example.com:3128"'),
  global('USE_NET_HWCSUM', FREE, VZ7, 'Hardware checksumming on container interfaces (Virtuozzo 7).', 'Offload switch.', 'USE_NET_HWCSUM="yes"'),
  global('USE_NET_TSO', FREE, VZ7, 'TCP segmentation offload on container interfaces (Virtuozzo 7).', 'Offload switch.', 'USE_NET_TSO="yes"'),
  global('USE_VENET_MASK', FREE, VZ7, 'Configure venet addresses with their network mask (Virtuozzo 7).', 'The shipped vz.conf sets it to `yes`.', 'USE_VENET_MASK="yes"'),
  global('GOLDEN_IMAGE', FREE, VZ7, 'Create containers from cached golden images (Virtuozzo 7).', 'The shipped vz.conf sets it to `yes`.', 'GOLDEN_IMAGE="yes"'),
  global('REPAIR_MODE', { kind: 'enum', values: [{ value: 'force', doc: 'Always start the repair procedure.' }, { value: 'auto', doc: 'Repair when a problem is detected.' }] },
    VZ7, 'How container file system repair is started (Virtuozzo 7).', 'Forced or automatic.', 'REPAIR_MODE="auto"'),
  global('BANDWIDTH', FREE, VZ7, 'Bandwidth of host devices for shaping (Virtuozzo 7).', 'Used with TRAFFIC_SHAPING.', 'BANDWIDTH="eth0:100000"'),
  global('VZ_TOOLS_BCID', FREE, VZ7, 'Beancounter of the Virtuozzo tools (Virtuozzo 7).', 'Resource group the management tools run in.', 'VZ_TOOLS_BCID="2"'),
  global('VZ_TOOLS_IOLIMIT', FREE, VZ7, 'I/O cap of the Virtuozzo tools (Virtuozzo 7).', 'Keeps backups and migrations from starving containers.', 'VZ_TOOLS_IOLIMIT="10M"'),
  global('VZ_TOOLS_MEMLIMIT', FREE, VZ7, 'Memory cap of the Virtuozzo tools (Virtuozzo 7).', 'Memory bound for the management tools.', 'VZ_TOOLS_MEMLIMIT="512M"'),
  global('VEFSTYPE', FREE, VZ7, 'File system type of new containers (Virtuozzo 7).', 'The shipped vz.conf uses `xfs`.', 'VEFSTYPE="xfs"', { samples: ['xfs', 'ext4'] }),
  global('VEIMAGEFORMAT', FREE, VZ7, 'Image format of new containers (Virtuozzo 7).', 'The shipped vz.conf uses `ploop`.', 'VEIMAGEFORMAT="ploop"', { samples: ['ploop'] }),
  global('ON_VE_FSERROR', FREE, VZ7, 'What to do when a container file system reports an error (Virtuozzo 7).', 'An action name.', 'ON_VE_FSERROR="stop"'),
  global('SERVER_UUID', { kind: 'string', format: 'uuid' }, VZ7, 'UUID of this host (Virtuozzo 7).', 'Identifies the host in a cluster.', 'SERVER_UUID="6f1c2a34-0000-4000-8000-00000000a001"'),
  global('SKIP_CGROUP_DESTROY', FREE, VZ7, 'Keep container cgroups after stop (Virtuozzo 7).', 'A debugging switch.', 'SKIP_CGROUP_DESTROY="no"'),
  global('UMOUNT_TIMEOUT', FREE, VZ7, 'How long to wait for a container unmount (Virtuozzo 7).', 'Seconds.', 'UMOUNT_TIMEOUT="60"'),
  global('VELAYOUT', FREE, VZ7, 'Layout version of new container private areas (Virtuozzo 7).', 'Set by the tools.', 'VELAYOUT="5"'),
  global('VE_CGROUP_SLICE', FREE, VZ7, 'systemd slice holding container cgroups (Virtuozzo 7).', 'A slice name.', 'VE_CGROUP_SLICE="machine.slice"'),
];
