import type { EnumValue } from '../types';
import type { XlKeyDef } from './key-def';
import { ALL_GUESTS } from './guest-sets';

/** Facts: reference xl-config.md §2.1 keys #1–#18 and §4. */


/** The seven actions every on_* key accepts; xl compares them case-sensitively. */
const SHUTDOWN_ACTIONS: readonly EnumValue[] = [
  { value: 'destroy', doc: 'Tear the domain down and release its memory and devices.' },
  { value: 'restart', doc: 'Destroy the domain, then build a fresh one from the same configuration.' },
  {
    value: 'rename-restart',
    doc: 'Keep the old domain under a new name for inspection and start a fresh copy beside it.',
  },
  {
    value: 'preserve',
    doc: 'Leave the stopped domain in place so it can be inspected (e.g. `xl dump-core`); destroy it by hand afterwards.',
  },
  { value: 'coredump-destroy', doc: 'Write a core dump of the guest memory, then destroy the domain.' },
  { value: 'coredump-restart', doc: 'Write a core dump of the guest memory, then restart the domain.' },
  {
    value: 'soft-reset',
    doc: 'Reset the domain in place, keeping its memory and devices, as a kexec-style reboot needs.',
  },
];

function shutdownActionKey(
  name: string,
  event: string,
  defaultAction: string,
  summary: string,
  advice: string,
  exampleAction: string,
): XlKeyDef {
  return {
    name,
    summary,
    doc:
      `Chooses what the toolstack does ${event}. ${advice} ` +
      `The action names are case-sensitive: anything other than the seven listed values makes ` +
      `\`xl create\` stop with \`Unknown ${name} action "X" specified\`.`,
    example: `${name} = "${exampleAction}"`,
    default: defaultAction,
    shape: { kind: 'enum', values: SHUTDOWN_ACTIONS },
    readAs: 'string',
    onBadValue: 'fatal',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'events',
  };
}

export const coreKeys: readonly XlKeyDef[] = [
  {
    name: 'name',
    summary: 'Name that identifies the guest to xl and on the host.',
    doc:
      'Every configuration must set a name; without one `xl create` exits with ' +
      '`Domain name must be specified.` before anything is built. The name has to be unique among the ' +
      'domains running on the host and is what you pass to `xl console`, `xl shutdown` and friends. ' +
      'A bare number is read as text, so `name = 123` gives the name "123".',
    example: 'name = "web01"',
    default: 'none: the key is mandatory',
    shape: { kind: 'string', format: 'free' },
    readAs: 'string',
    onBadValue: 'fatal',
    onWrongShape: 'fatal',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'core',
  },
  {
    name: 'type',
    summary: 'Virtualisation mode of the guest: paravirtualised, PVH or fully virtualised.',
    doc:
      'Picks how the guest runs: `pv` needs a Xen-aware kernel, `pvh` runs a PV-aware kernel in a ' +
      'hardware container without emulated devices, and `hvm` emulates a full PC for unmodified systems. ' +
      'When omitted xl builds a PV guest on x86 and a PVH guest on Arm. xl only compares the leading ' +
      'characters, so abbreviations such as `"h"` (and even an empty string) slip through; always spell the ' +
      'mode out. Do not combine it with the old `builder` key.',
    example: 'type = "pvh"',
    default: 'pv on x86, pvh on Arm',
    shape: {
      kind: 'enum',
      prefixMatch: true,
      values: [
        { value: 'pv', doc: 'Paravirtualised guest: a Xen-aware kernel talks to the hypervisor directly.' },
        {
          value: 'pvh',
          doc: 'PV-aware kernel inside a hardware-virtualised container, with no device emulation.',
        },
        { value: 'hvm', doc: 'Fully virtualised PC with emulated firmware and devices (QEMU).' },
      ],
    },
    readAs: 'string',
    onBadValue: 'fatal',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'core',
  },
  {
    name: 'builder',
    summary: 'Legacy selector between a PV and an HVM domain builder.',
    doc:
      'Older configurations chose the guest mode here: `generic` means a PV guest and `hvm` a fully ' +
      'virtualised one. It has been superseded by `type`; replace `builder = "hvm"` with `type = "hvm"`. ' +
      'Setting both keys to different modes aborts with `Contradicting "builder" and "type" options specified.`',
    example: 'builder = "hvm"',
    default: 'generic (a PV guest)',
    deprecated: { since: 'Xen 4.10', replacement: 'type', note: 'Use `type` to choose the guest mode.' },
    shape: {
      kind: 'enum',
      prefixMatch: true,
      values: [
        { value: 'generic', doc: 'Build a paravirtualised guest (the same as `type = "pv"`).' },
        { value: 'hvm', doc: 'Build a fully virtualised guest (the same as `type = "hvm"`).' },
      ],
    },
    readAs: 'string',
    onBadValue: 'fatal',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'core',
  },
  {
    name: 'pool',
    summary: 'CPU pool whose physical CPUs run this guest.',
    doc:
      'Places the guest in the named cpupool, so it only runs on that pool\'s physical CPUs and under that ' +
      'pool\'s scheduler. Create the pool first (`xl cpupool-create`); xl accepts any name, but libxl refuses ' +
      'to build the domain when the pool does not exist. Leave it unset to use the default pool.',
    example: 'pool = "pool-batch"',
    default: 'the host\'s default pool (Pool-0)',
    shape: { kind: 'string', format: 'free' },
    readAs: 'string',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'scheduling',
  },
  {
    name: 'vcpus',
    summary: 'How many virtual CPUs are online when the guest boots.',
    doc:
      'Sets the number of vCPUs brought up at boot. Values below 1 are quietly raised to 1. To be able to ' +
      'hot-plug more CPUs later with `xl vcpu-set`, also set `maxvcpus` to the upper bound.',
    example: 'vcpus = 2',
    default: '1',
    shape: { kind: 'integer', min: 1 },
    readAs: 'integer',
    onBadValue: 'silent',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'cpu',
  },
  {
    name: 'maxvcpus',
    summary: 'Ceiling for vCPUs that can be brought online later.',
    doc:
      'Lets the guest start with `vcpus` CPUs and grow up to this number with `xl vcpu-set`. It must be at ' +
      'least `vcpus`; a smaller value stops `xl create` with `xl: maxvcpus < vcpus`. When unset (or 0, which ' +
      'xl treats the same way) the guest can never have more than `vcpus` CPUs.',
    example: 'maxvcpus = 8',
    default: 'the value of vcpus',
    shape: { kind: 'integer', min: 0 },
    readAs: 'integer',
    onBadValue: 'fatal',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'cpu',
  },
  {
    name: 'cpus',
    summary: 'Physical CPUs the vCPUs are pinned to (hard affinity).',
    doc:
      'Restricts where the vCPUs may run. A string applies one CPU list to every vCPU: `"all"`, `"3"`, ' +
      '`"0-3"`, `"^1"` to exclude, `"node:0"` for a NUMA node, joined with commas. A list gives each vCPU its ' +
      'own mask, in vCPU order. A malformed range aborts with `Invalid pcpu range: X.`, and `"^all"` is ' +
      'rejected. Hard pinning overrides automatic NUMA placement, so prefer `cpus_soft` unless you need isolation.',
    example: 'cpus = "2-5,^3"',
    default: 'no pinning: any physical CPU',
    shape: { kind: 'spec', spec: 'cpulist' },
    readAs: 'list-or-string',
    onBadValue: 'fatal',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'cpu',
  },
  {
    name: 'cpus_soft',
    summary: 'Physical CPUs the scheduler prefers for the vCPUs (soft affinity).',
    doc:
      'Same CPU-list syntax as `cpus`, but only a preference: the scheduler uses these CPUs when it can and ' +
      'others when they are busy. Setting it switches off automatic NUMA placement. When both `cpus` and ' +
      '`cpus_soft` are set, the vCPUs prefer the CPUs present in both.',
    example: 'cpus_soft = "node:1"',
    default: 'none: chosen by automatic NUMA placement',
    shape: { kind: 'spec', spec: 'cpulist' },
    readAs: 'list-or-string',
    onBadValue: 'fatal',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'cpu',
  },
  {
    name: 'cpu_weight',
    summary: 'Share of CPU time the guest gets relative to others under contention.',
    doc:
      'Used by the credit and credit2 schedulers: a guest with weight 512 gets twice the CPU time of one ' +
      'with 256 when both compete. It only matters when the host is busy. libxl refuses values outside ' +
      '1..65535 with `Cpu weight out of range`.',
    example: 'cpu_weight = 512',
    default: '256',
    shape: { kind: 'integer', min: 1, max: 65535 },
    readAs: 'integer',
    onBadValue: 'fatal',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'scheduling',
  },
  {
    name: 'cap',
    summary: 'Hard limit on the CPU time the guest may use, as a percentage of one CPU.',
    doc:
      'Caps the guest even when the host is idle: 50 is half a physical CPU, 200 is two full CPUs. ' +
      '0 means no cap. Use it to stop a noisy guest from taking spare capacity; `cpu_weight` is the gentler ' +
      'tool when you only want fairness under load.',
    example: 'cap = 150',
    default: '0 (no cap)',
    unit: 'percent',
    shape: { kind: 'integer', min: 0 },
    readAs: 'integer',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'scheduling',
  },
  {
    name: 'memory',
    summary: 'RAM given to the guest at start, in MiB.',
    doc:
      'The amount of memory the guest boots with, in MiB. If only `maxmem` is set, the guest starts with ' +
      'that amount; if neither is set it gets a meagre 32 MiB, which few systems boot in. A value such as ' +
      '`"2G"` is not a number to xl: it warns and ignores the key.',
    example: 'memory = 2048',
    default: '32 MiB when neither memory nor maxmem is set; maxmem when only that is set',
    unit: 'MiB',
    shape: { kind: 'integer', min: 1 },
    readAs: 'integer',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'memory',
  },
  {
    name: 'maxmem',
    summary: 'Upper bound the guest can balloon up to, in MiB.',
    doc:
      'When larger than `memory`, the guest boots ballooned down to `memory` and can be grown later with ' +
      '`xl mem-set`. HVM and PVH guests then rely on populate-on-demand, which needs a balloon driver in the ' +
      'guest and cannot be combined with PCI pass-through or vNUMA. Keep it at least as large as `memory`.',
    example: 'maxmem = 4096',
    default: 'the value of memory',
    unit: 'MiB',
    shape: { kind: 'integer', min: 1 },
    readAs: 'integer',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'memory',
  },
  {
    name: 'vnuma',
    summary: 'Virtual NUMA nodes presented to the guest.',
    doc:
      'A list with one inner list per virtual node, each holding `pnode=`, `size=` (MiB), `vcpus=` and ' +
      '`vdistances=` strings. The node sizes must add up to `maxmem` and the vCPU ranges must cover ' +
      '`maxvcpus`, otherwise xl exits. Only HVM and PVH guests support it (libxl rejects it for PV), and it ' +
      'cannot be combined with populate-on-demand (`memory` below `maxmem`).',
    example: 'vnuma = [ ["pnode=0","size=2048","vcpus=0-1","vdistances=10,20"], ["pnode=1","size=2048","vcpus=2-3","vdistances=20,10"] ]',
    shape: { kind: 'list', item: 'list', spec: 'vnuma' },
    readAs: 'nested-list',
    onBadValue: 'fatal',
    guests: ['pvh', 'hvm'],
    documented: true,
    topic: 'memory',
  },
  shutdownActionKey(
    'on_poweroff',
    'when the guest shuts itself down',
    'destroy',
    'Action taken after the guest powers itself off.',
    'The usual choice is `destroy`; `restart` turns every shutdown into a reboot, which surprises people.',
    'destroy',
  ),
  shutdownActionKey(
    'on_reboot',
    'when the guest requests a reboot',
    'restart',
    'Action taken when the guest reboots itself.',
    'Keep `restart` for normal servers; `destroy` is handy for one-shot installers that should stop after the first reboot.',
    'restart',
  ),
  shutdownActionKey(
    'on_watchdog',
    'when the guest\'s Xen watchdog timer expires because the guest stopped feeding it',
    'destroy',
    'Action taken when the hypervisor watchdog of the guest times out.',
    'Only guests that arm the Xen watchdog are affected; `restart` gives simple self-healing for hung systems.',
    'restart',
  ),
  shutdownActionKey(
    'on_crash',
    'when the guest kernel reports a crash',
    'destroy',
    'Action taken after the guest crashes.',
    'Use `coredump-restart` or `preserve` while debugging a crashing guest so the evidence survives.',
    'coredump-restart',
  ),
  shutdownActionKey(
    'on_soft_reset',
    'when the guest asks for a soft reset, as kexec and kdump do',
    'soft-reset',
    'Action taken when the guest requests an in-place soft reset.',
    'The default keeps the domain and its memory so a kexec-loaded kernel can take over; change it only for special setups.',
    'soft-reset',
  ),
];
