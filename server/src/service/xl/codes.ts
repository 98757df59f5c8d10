import type { Severity } from '../../schema/types';

export interface XlCodeInfo {
  /** the usual severity; some codes rise to error for keys xl treats as fatal */
  readonly severity: Severity;
  readonly summary: string;
}

/**
 * Every diagnostic code the xl checks emit (the README table is generated
 * from this). Syntax codes come from the parser and spec codes from the spec
 * analysers; they document their own.
 */
export const xlCodes: Readonly<Record<string, XlCodeInfo>> = {
  'xl/unknown-key': { severity: 'hint', summary: 'xl does not know the key and silently ignores it; a close known key is suggested.' },
  'xl/undocumented-key': { severity: 'hint', summary: 'xl reads the key although xl.cfg(5) does not document it.' },
  'xl/duplicate-key': { severity: 'warning', summary: 'The key is set again later; xl keeps only the last value.' },
  'xl/not-a-number': { severity: 'warning', summary: 'A numeric or boolean key whose value strtol cannot read; xl warns and drops it (fatal for the grant-frame limits).' },
  'xl/bad-boolean': { severity: 'warning', summary: 'A word like "yes" or "true" for a boolean; xl only reads numbers, warns and drops the key.' },
  'xl/scalar-for-list': { severity: 'warning', summary: 'A single value where xl needs a list; xl warns and ignores the key (fatal for a few keys).' },
  'xl/list-for-scalar': { severity: 'warning', summary: 'A list where xl needs a single value; xl warns and ignores the key.' },
  'xl/plus-equals-number': { severity: 'warning', summary: '`+=` on a numeric key: the result is a string xl cannot read as a number.' },
  'xl/invalid-enum': { severity: 'error', summary: 'A value outside the allowed set; xl aborts for most keys (warning where xl passes it on unchecked).' },
  'xl/deprecated-value': { severity: 'warning', summary: 'An allowed but deprecated value.' },
  'xl/deprecated-integer-form': { severity: 'warning', summary: 'The integer form of a named setting; xl accepts it with a deprecation warning.' },
  'xl/out-of-range': { severity: 'warning', summary: 'A number outside the documented range (an error where xl aborts).' },
  'xl/missing-name': { severity: 'error', summary: 'No readable `name`: xl aborts with "Domain name must be specified."' },
  'xl/invalid-type': { severity: 'error', summary: '`type` or `builder` names no guest type: xl aborts with "Invalid domain type".' },
  'xl/builder-type-conflict': { severity: 'error', summary: '`builder` and `type` select different guest types: xl aborts.' },
  'xl/type-prefix': { severity: 'information', summary: '`type`/`builder` is an abbreviation xl expands by prefix (e.g. "h" means hvm).' },
  'xl/maxvcpus-below-vcpus': { severity: 'error', summary: '`maxvcpus` is smaller than `vcpus`: xl aborts with "maxvcpus < vcpus".' },
  'xl/bad-uuid': { severity: 'error', summary: '`uuid` is not 8-4-4-4-12 hex digits: xl aborts with "Failed to parse UUID".' },
  'xl/no-boot-source': { severity: 'error', summary: 'A PV or PVH guest with neither kernel, bootloader nor firmware: xl aborts.' },
  'xl/kernel-and-firmware': { severity: 'error', summary: 'A PV or PVH guest with both `kernel` and `firmware`: xl aborts.' },
  'xl/bad-pv-firmware': { severity: 'error', summary: 'PV/PVH `firmware` other than pvgrub32/pvgrub64: xl aborts.' },
  'xl/refused-for-guest-type': { severity: 'error', summary: 'A key xl refuses outright for this guest type (e.g. `timer_mode` on PV): xl aborts.' },
  'xl/vnc-display-twice': { severity: 'error', summary: 'An HVM guest gives the VNC display both in `vnclisten` and `vncdisplay`: xl aborts.' },
  'xl/hvmloader-kernel': { severity: 'warning', summary: 'An HVM `kernel` pointing at hvmloader: xl ignores it.' },
  'xl/bios-path-without-bios': { severity: 'warning', summary: '`bios_path_override` without `bios`: xl warns.' },
  'xl/dm-override-without-version': { severity: 'warning', summary: '`device_model_override` without `device_model_version`: xl warns.' },
  'xl/bootloader-args-string': { severity: 'warning', summary: '`bootloader_args` as a string: deprecated, xl splits it on blanks.' },
  'xl/not-for-guest-type': { severity: 'warning', summary: 'The key does not apply to this guest type; xl ignores it.' },
  'xl/not-for-arch': { severity: 'warning', summary: 'The key does not apply to this architecture; xl ignores it.' },
  'xl/deprecated-key': { severity: 'warning', summary: 'A deprecated key; the replacement is named.' },
  'xl/cmdline-overrides-root-extra': { severity: 'warning', summary: '`cmdline` is set, so xl ignores `root` and `extra`.' },
  'xl/duplicate-vdev': { severity: 'error', summary: 'Two disks use the same virtual device; creating the domain fails.' },
  'xl/duplicate-mac': { severity: 'warning', summary: 'Two network interfaces share one MAC address.' },
  'xl/mac-not-xen-oui': { severity: 'information', summary: 'A MAC address outside the Xen range 00:16:3e.' },
  'xl/multicast-mac': { severity: 'warning', summary: 'A multicast MAC address (low bit of the first octet set); xl accepts it but the interface cannot work.' },
  'xl/looks-like-xm': { severity: 'hint', summary: 'The file looks like an old xm (Python) config, which xl no longer runs.' },
};

export type XlCode = keyof typeof xlCodes;
