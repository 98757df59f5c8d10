import type { EnumValue } from '../types';
import type { XlKeyDef } from './key-def';
import { ALL_GUESTS } from './guest-sets';

/*
 * Arm-only keys (reference xl-config.md §2.1 rows 153–159). xl reads all of
 * them outside the per-type branches, so every guest type passes them on;
 * libxl acts on them only when building for Arm.
 */


/** libxl's sve_type names: 128..2048 in steps of 128 bits. */
const SVE_LENGTHS: readonly EnumValue[] = Array.from({ length: 16 }, (_, index) => {
  const bits = (index + 1) * 128;
  return {
    value: String(bits),
    doc: `Let the guest use SVE vectors of up to ${bits} bits; creation fails if the host's hardware maximum is shorter.`,
  };
});

export const armKeys: readonly XlKeyDef[] = [
  {
    name: 'gic_version',
    summary: 'Which generic interrupt controller (GICv2 or GICv3) the guest is given.',
    doc:
      'Picks the version of the Arm interrupt controller that Xen emulates for the guest. ' +
      'Leave it unset (or `default`) to get the same version as the host, which is what most guests want. ' +
      'Force `v2` or `v3` only when the guest kernel supports just one of them, and check that the host hardware can emulate it. ' +
      'xl matches the name without regard to case and stops with an error for anything else.',
    example: 'gic_version = "v3"',
    default: 'default (the host\'s GIC version)',
    shape: {
      kind: 'enum',
      caseInsensitive: true,
      values: [
        { value: 'default', doc: 'Emulate the same GIC version as the physical host.' },
        { value: 'v2', doc: 'Emulate a GICv2; needs a host GIC that can present a v2 interface.' },
        { value: 'v3', doc: 'Emulate a GICv3; needs a GICv3 host.' },
      ],
    },
    readAs: 'string',
    onBadValue: 'fatal',
    onWrongShape: 'silent',
    guests: ALL_GUESTS,
    arch: ['arm'],
    documented: true,
    topic: 'arm',
  },
  {
    name: 'vuart',
    summary: 'Adds an emulated SBSA UART that the guest can use as its console.',
    doc:
      'Gives the guest an emulated serial port of the SBSA generic UART type, useful for early boot output and for kernels that expect a real UART rather than the Xen PV console. ' +
      'The only model on offer is `sbsa_uart`. ' +
      'Reach the port with `xl console -t vuart NAME`. ' +
      'An unknown model name makes xl stop before the domain is created.',
    example: 'vuart = "sbsa_uart"',
    default: 'none (no emulated UART)',
    shape: {
      kind: 'enum',
      caseInsensitive: true,
      values: [
        { value: 'sbsa_uart', doc: 'Arm Server Base System Architecture generic UART, the one model Xen emulates.' },
        {
          value: 'unknown',
          doc: 'Placeholder name that libxl accepts; it means no emulated UART, the same as leaving the key out.',
          deprecated: 'Remove the key to go without an emulated UART.',
        },
      ],
    },
    readAs: 'string',
    onBadValue: 'fatal',
    guests: ALL_GUESTS,
    arch: ['arm'],
    documented: true,
    topic: 'arm',
  },
  {
    name: 'sve',
    summary: 'Longest Scalable Vector Extension register length an AArch64 guest may use.',
    doc:
      'Turns on the Arm Scalable Vector Extension for a 64-bit guest and caps its vector length in bits. ' +
      'Use `hw` to hand the guest whatever maximum the platform supports, or a multiple of 128 up to 2048 to pin a length so the guest can migrate between hosts with different hardware. ' +
      'Asking for more than the hardware offers makes domain creation fail. ' +
      'The value is a string; write it in quotes.',
    example: 'sve = "hw"',
    default: 'disabled',
    shape: {
      kind: 'enum',
      caseInsensitive: true,
      values: [
        { value: 'disabled', doc: 'The guest gets no SVE (the default).' },
        { value: 'hw', doc: 'Use the largest vector length the host hardware supports.' },
        ...SVE_LENGTHS,
      ],
    },
    readAs: 'string',
    onBadValue: 'fatal',
    onWrongShape: 'silent',
    guests: ALL_GUESTS,
    arch: ['arm'],
    documented: true,
    topic: 'arm',
  },
  {
    name: 'llc_colors',
    summary: 'Cache colours reserved for the guest when last-level-cache colouring is on.',
    doc:
      'Assigns the guest a set of last-level-cache colours, so that its memory comes only from pages that map to those cache partitions and noisy neighbours cannot evict its cache lines. ' +
      'Each item is a single colour number or an inclusive range such as `"0-3"`. ' +
      'It only has an effect when Xen was built and booted with LLC colouring. ' +
      'A malformed range, or one whose start is above its end, makes xl stop.',
    example: 'llc_colors = [ "0-3", "8" ]',
    default: 'none (colours chosen by Xen)',
    shape: { kind: 'list', item: 'string', spec: 'llc_colors' },
    readAs: 'list',
    onBadValue: 'fatal',
    guests: ALL_GUESTS,
    arch: ['arm'],
    documented: true,
    topic: 'arm',
  },
  {
    name: 'nr_spis',
    summary: 'Count of shared peripheral interrupt lines the guest\'s virtual GIC provides.',
    doc:
      'Sets how many SPIs the guest interrupt controller exposes. ' +
      'Normally the toolstack works it out from the devices assigned to the guest; set it yourself when you pass through devices whose interrupt numbers are higher than that estimate. ' +
      'The number has to reach the highest interrupt ID given to the guest. ' +
      'Up to 960 are possible, or up to 5088 on GICv3.1 hardware with extended SPIs enabled in Xen.',
    example: 'nr_spis = 64',
    default: 'computed by the toolstack',
    shape: { kind: 'integer', min: 0, max: 5088 },
    readAs: 'integer',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    arch: ['arm'],
    documented: true,
    topic: 'arm',
  },
  {
    name: 'trap_unmapped_accesses',
    summary: 'Whether guest accesses to unmapped addresses fault or read back as all ones.',
    doc:
      'With the default of 1, a guest load or store to an address range that nothing backs traps into Xen and becomes a data abort in the guest. ' +
      'Set it to 0 for guests that probe for hardware and expect such reads to return all-ones with writes discarded. ' +
      'Only Arm implements the option: on x86 the default is 0, and setting it to 1 there makes libxl refuse to build the domain.',
    example: 'trap_unmapped_accesses = 0',
    default: '1 on Arm (0 on x86, where 1 is refused)',
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    arch: ['arm'],
    documented: true,
    topic: 'arm',
  },
  {
    name: 'arm_sci',
    summary: 'Lets the guest talk to platform firmware through Arm SCMI calls.',
    doc:
      'Configures the Arm System Control and Management Interface mediator for the guest, written as comma-separated `key=value` settings. ' +
      'Today only `type=` matters: `scmi_smc` forwards the guest\'s SCMI requests to firmware over SMC calls, `none` keeps them off. ' +
      'xl stops on an unknown type but silently skips any other key in the string.',
    example: 'arm_sci = "type=scmi_smc"',
    default: 'type=none',
    shape: { kind: 'spec', spec: 'arm_sci' },
    readAs: 'string',
    onBadValue: 'fatal',
    onWrongShape: 'silent',
    guests: ALL_GUESTS,
    arch: ['arm'],
    documented: true,
    topic: 'arm',
  },
];
