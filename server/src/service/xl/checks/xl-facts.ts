/**
 * The few facts about specific keys that the schema cannot express: xl's
 * exact messages for fatal values and the keys whose failures are handled
 * unusually (reference xl-config.md §4.1, §4.2). Everything else is generic
 * over the schema.
 */

type MessageFor = (key: string, value: string) => string;

const unknownAction: MessageFor = (key, value) => `Unknown ${key} action "${value}" specified`;
const invalidQuoted: MessageFor = (key, value) => `ERROR: invalid value "${value}" for "${key}"`;
const unknownQuoted: MessageFor = (key, value) => `Unknown ${key} "${value}" specified`;

/** xl's message when an enumerated value is refused (§4.1). */
export const enumRefusalMessages: Readonly<Partial<Record<string, MessageFor>>> = {
  on_poweroff: unknownAction,
  on_reboot: unknownAction,
  on_watchdog: unknownAction,
  on_crash: unknownAction,
  on_soft_reset: unknownAction,
  passthrough: (_key, value) => `ERROR: unknown passthrough option '${value}'`,
  tsc_mode: invalidQuoted,
  timer_mode: invalidQuoted,
  bios: invalidQuoted,
  hdtype: invalidQuoted,
  altp2m: invalidQuoted,
  gfx_passthru: invalidQuoted,
  vuart: invalidQuoted,
  ms_vm_genid: () => 'ERROR: "ms_vm_genid" option must be "generate" or "none"',
  vga: unknownQuoted,
  device_model_version: unknownQuoted,
  gic_version: unknownQuoted,
  tee: unknownQuoted,
  sve: unknownQuoted,
  vendor_device: (_key, value) => `xl: unknown vendor_device '${value}'`,
  mca_caps: (_key, value) => `ERROR: unrecognized MCA capability '${value}'.`,
  viridian: (_key, value) => `xl: unknown viridian enlightenment '${value.replace(/^!/, '')}'`,
};

/** Keys whose value checks belong to the cross-key rules, not the generic enum check. */
export const enumsCheckedByRules: ReadonlySet<string> = new Set(['type', 'builder']);

/** Numbers whose range xl enforces by aborting, with its message. */
export const fatalRangeMessages: Readonly<Partial<Record<string, (value: string) => string>>> = {
  mmio_hole: (value) => `ERROR: invalid value ${value} for "mmio_hole"`,
  altp2m_count: (value) => `ERROR: invalid value ${value} for "altp2m_count"`,
  max_grant_frames: () => 'xl exits without a message: the value must be between 0 and 2147483647',
  max_maptrack_frames: () => 'xl exits without a message: the value must be between 0 and 2147483647',
  max_grant_version: () => 'xl exits without a message: the value must be between 0 and 2147483647',
};

/** xl's message when a list key that must be a list (onWrongShape 'fatal') is a single value. */
export const fatalWhenNotList: Readonly<Partial<Record<string, string>>> = {
  device_model_args: 'xl: Unable to parse device_model_args.',
  device_model_args_pv: 'xl: Unable to parse device_model_args_pv.',
  device_model_args_hvm: 'xl: Unable to parse device_model_args_hvm.',
  smbios: 'xl: Unable to parse smbios options.',
  name: 'Domain name must be specified.',
  mca_caps: 'ERROR: unable to parse mca_caps.',
};

/** What the guest loses when a list key is given as a single value. */
export const lossWhenNotList: Readonly<Partial<Record<string, string>>> = {
  disk: 'the guest boots with no disk',
  vif: 'the guest gets no network interface',
  pci: 'no PCI device is passed through',
};

/**
 * Deprecated keys whose replacement needs a value translation, as
 * `newKey = newValue` for the old value; undefined when no translation fits.
 */
export const deprecatedRewrites: Readonly<Partial<Record<string, (value: string) => string | undefined>>> = {
  builder: (value) => ('hvm'.startsWith(value) ? 'type = "hvm"' : 'generic'.startsWith(value) ? 'type = "pv"' : undefined),
  stdvga: (value) => (value.trim() === '1' ? 'vga = "stdvga"' : value.trim() === '0' ? 'vga = "cirrus"' : undefined),
};

/** xl's message when a key is set for a guest type that refuses it (`refusedFor`). */
export const refusalForGuestMessages: Readonly<Partial<Record<string, string>>> = {
  timer_mode: 'ERROR: "timer_mode" option is not supported for PV guests.',
};
