import type { EnumValue, KeyDocBase } from '../types';

/**
 * Schema of one vz-conf parameter (reference openvz.md §1.3–1.6). Validation,
 * completion, hover, quick fixes and snippets read these records only.
 */

/** How a number is scaled (reference §1.3): what a bare number counts. */
export type VzUnitClass =
  | 'pages'   // memory pages (4096 bytes on x86); suffixes convert from bytes
  | 'items'   // a count; any suffix is invalid
  | 'bytes'   // bytes; suffixes multiply
  | 'kib'     // 1 KiB disk blocks (DISKSPACE); suffixes convert from bytes
  | 'inodes'; // inode count (DISKINODES); suffixes multiply

export type VzScope = 'ct' | 'global' | 'both';

export type VzTopic = 'ubc' | 'network' | 'disk' | 'cpu' | 'misc' | 'vz7' | 'global';

/**
 * How each parser treats the key:
 * - `read`: parsed and acted on;
 * - `ignored`: known but ignored without a word (legacy PARAM_IGNORED);
 * - `no-effect`: accepted, deprecated or without effect;
 * - `deprecated`: read, with a deprecation warning from vzctl;
 * - `stored`: not interpreted by vzctl but used by scripts or tools, so not worth a hint.
 * A dialect left out does not know the key.
 */
export type VzSupport = 'read' | 'ignored' | 'no-effect' | 'deprecated' | 'stored';

/** Grammar of one item of a list-valued parameter. */
export type VzListItemKind =
  | 'ip'              // address[/prefix], IPv4 or IPv6
  | 'domain'          // DNS search domain
  | 'feature'         // name:on|off
  | 'capability'      // name:on|off, case-insensitive names
  | 'device'          // b|c:MAJOR:MINOR|all:PERM
  | 'devnode'         // devname:PERM
  | 'pci'             // [domain:]bus:slot.func
  | 'netdev'          // host interface name
  | 'iptables-module' // legacy module name
  | 'technology'      // VZ7 technology name
  | 'bindmount'       // [/src:]/dst[,opts]
  | 'env'             // NAME=VALUE
  | 'rate'            // dev:class:Kbit/s
  | 'ratempu'         // dev:class[:bytes]
  | 'word';           // any blank-free word

export type VzSpecialGrammar =
  | 'cpulimit'     // N | N% (legacy); VZ7 adds Nm / Nmhz
  | 'iolimit'      // bytes/s with suffix, or unlimited
  | 'meminfo'      // none | pages:N | privvmpages:N
  | 'cpumask'      // all | auto | 0-2,7
  | 'nodemask'     // all | 0,2-3
  | 've-layout'    // simfs | ploop[:expanded|plain|raw]
  | 'netif'        // ';'-separated interfaces of key=value fields
  | 'disk'         // VZ7 ';'-separated disks of key=value fields
  | 'memguarantee' // auto | N
  | 'nameserver'   // inherit | IP list
  | 'searchdomain' // inherit | domain list
  | 'hostname';    // host name

export type VzShape =
  /** `barrier[:limit]` of a user beancounter */
  | { readonly kind: 'ub'; readonly unitClass: 'pages' | 'items' | 'bytes' }
  /** `soft[:hard]` disk quota */
  | { readonly kind: 'quota'; readonly unitClass: 'kib' | 'inodes' }
  | { readonly kind: 'integer'; readonly min?: number; readonly max?: number; readonly unit?: string }
  | { readonly kind: 'float'; readonly min?: number }
  | { readonly kind: 'enum'; readonly values: readonly EnumValue[]; readonly caseInsensitive?: boolean }
  | { readonly kind: 'string'; readonly format: 'path' | 'veid-path' | 'name' | 'uuid' | 'free' | 'template' | 'sample' }
  | {
      readonly kind: 'list';
      readonly item: VzListItemKind;
      /** characters that separate items */
      readonly separators: ' \t' | ' \t,';
    }
  | { readonly kind: 'special'; readonly grammar: VzSpecialGrammar };

export interface VzParamDef extends KeyDocBase {
  readonly topic: VzTopic;
  readonly scope: VzScope;
  readonly shape: VzShape;
  /** per dialect; a dialect left out does not know the key */
  readonly dialects: { readonly legacy?: VzSupport; readonly vz7?: VzSupport };
  /** the parameter this name stands for (e.g. DCACHE → DCACHESIZE) */
  readonly aliasOf?: string;
  /** how the value is shown: e.g. 'pages', 'KiB', 'seconds' */
  readonly unit?: string;
  /** the vzctl option that sets it, when there is one */
  readonly cli?: string;
  /** typical values for completion (from the shipped samples where possible) */
  readonly samples?: readonly string[];
  /** the dialect-specific differences, our own words */
  readonly vz7Note?: string;
  /** the value grammar in Virtuozzo 7, when it differs */
  readonly vz7Shape?: VzShape;
  /** `unlimited` accepted in this dialect (UB and quota keys); default: ub yes, quota vz7 only */
  readonly unlimited?: { readonly legacy: boolean; readonly vz7: boolean };
}

/** yes/no flags read by `yesno2id`: anything else is an invalid value. */
export const YES_NO: readonly EnumValue[] = [
  { value: 'yes', doc: 'Turn the setting on.' },
  { value: 'no', doc: 'Turn the setting off.' },
];

export const ON_OFF: readonly EnumValue[] = [
  { value: 'on', doc: 'Enable.' },
  { value: 'off', doc: 'Disable.' },
];

/** Page size used for conversions (x86 and x86_64, reference §1.3). */
export const PAGE_SIZE = 4096;

/** LONG_MAX on 64-bit: what `unlimited` is stored as. */
export const LONG_MAX = 9223372036854775807n;
/** 32-bit LONG_MAX, which older configs hold and VSwap detection treats as unlimited. */
export const INT_MAX = 2147483647;
