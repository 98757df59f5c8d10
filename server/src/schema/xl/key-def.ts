import type { EnumValue, KeyDocBase } from '../types';

export type XlGuestType = 'pv' | 'pvh' | 'hvm';
export type XlArch = 'x86' | 'arm';

/** The spec sub-languages carried inside xl strings (reference xl-config.md §2.3). */
export type XlSpecLanguage =
  | 'disk' | 'vif' | 'pci' | 'vtpm' | 'p9' | 'pvcalls' | 'vfb' | 'channel' | 'rdm'
  | 'usbctrl' | 'usbdev' | 'vdispl' | 'vkb' | 'virtio' | 'vsnd' | 'vnuma' | 'smbios'
  | 'cpuid' | 'viridian' | 'arm_sci' | 'xenstore_quota' | 'cpulist' | 'ioports'
  | 'iomem' | 'irqs' | 'llc_colors';

/**
 * How xl_parse.c reads the value (reference §2.1 "xl reads as"); this decides
 * what xl does with a value of the wrong shape.
 */
export type XlReadAs =
  | 'string'          // xlu_cfg_get_string: any scalar
  | 'integer'         // xlu_cfg_get_long
  | 'boolean'         // xlu_cfg_get_defbool: integer, non-zero = true
  | 'list'            // xlu_cfg_get_list: must be [...]
  | 'list-or-string'  // list first, a string accepted as well
  | 'integer-or-string'
  | 'nested-list'
  | 'list-or-boolean'; // list first; a scalar is read as a boolean (viridian)

/** What happens when the value cannot be read or is invalid. */
export type XlOnBadValue =
  | 'fatal'    // xl exits before creating the domain
  | 'ignored'  // xl prints an access warning and drops the key
  | 'silent'   // xl drops or clamps it without a word
  | 'refused-later'; // xl passes it on unchecked; libxl or QEMU then refuses to start the domain

export type XlValueShape =
  | { readonly kind: 'string'; readonly format?: 'path' | 'uuid' | 'program' | 'free' }
  | { readonly kind: 'integer'; readonly min?: number; readonly max?: number }
  | { readonly kind: 'boolean' }
  | {
      readonly kind: 'enum';
      readonly values: readonly EnumValue[];
      /** xl compares with strncmp against the given length, so prefixes pass */
      readonly prefixMatch?: boolean;
      /** xl compares with strcasecmp (or a libxl _from_string helper), so `Enabled` passes */
      readonly caseInsensitive?: boolean;
      /** the integer form is accepted too (e.g. `on_crash`-style numeric codes) */
      readonly integerForm?: 'accepted' | 'deprecated';
    }
  | { readonly kind: 'spec'; readonly spec: XlSpecLanguage }
  | {
      readonly kind: 'list';
      readonly item: 'string' | 'integer' | 'number-or-string' | 'list';
      readonly spec?: XlSpecLanguage;
      /** a single string is read as well (readAs 'list-or-string'); 'deprecated' when xl warns about it */
      readonly stringForm?: 'accepted' | 'deprecated';
      /** the only item values xl accepts (compared as `caseInsensitive` says); absent = any */
      readonly values?: readonly EnumValue[];
      readonly caseInsensitive?: boolean;
    };

export interface XlKeyDef extends KeyDocBase {
  readonly shape: XlValueShape;
  readonly readAs: XlReadAs;
  readonly onBadValue: XlOnBadValue;
  /**
   * What xl does when the value has the wrong shape for `readAs` (a list where
   * a scalar is read, a non-number where an integer is read). Absent means
   * 'ignored': the access warning of reference §1.4 and the key is dropped.
   * Differs for e.g. max_grant_frames (fatal, no message) and `name`.
   */
  readonly onWrongShape?: XlOnBadValue;
  /**
   * Values offered by completion and hover for a free-form key (firmware
   * names, boot orders, …). Not enforced: other values are valid too.
   */
  readonly suggestedValues?: readonly EnumValue[];
  /**
   * Guest types for which xl exits as soon as the key is set, whatever the
   * value (e.g. timer_mode on PV). Not listed in `guests`.
   */
  readonly refusedFor?: readonly XlGuestType[];
  /** guest types whose parse path reads the key */
  readonly guests: readonly XlGuestType[];
  /** absent = both architectures */
  readonly arch?: readonly XlArch[];
  /** e.g. 'MiB', 'KiB', 'seconds', 'pages' */
  readonly unit?: 'MiB' | 'KiB' | 'seconds' | 'milliseconds' | 'microseconds' | 'pages' | 'percent';
  /** false for the keys xl reads but xl.cfg(5) does not document (reference §2.2) */
  readonly documented: boolean;
  /** grouping used by outline, completion sort and the README tables */
  readonly topic: XlTopic;
}

export type XlTopic =
  | 'core' | 'boot' | 'cpu' | 'memory' | 'events' | 'devices' | 'graphics'
  | 'hvm' | 'x86' | 'arm' | 'scheduling' | 'security' | 'device-model' | 'misc' | 'undocumented';
