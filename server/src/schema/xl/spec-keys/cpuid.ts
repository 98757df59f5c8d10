import type { EnumValue } from '../../types';
import type { SpecKeyDef } from './types';

/** What a CPUID bit may be set to in the libxl form. */
export const cpuidBitValues: readonly EnumValue[] = [
  { value: '0', doc: 'Force the bit off.' },
  { value: '1', doc: 'Force the bit on.' },
  { value: 'x', doc: 'Take the default policy value.' },
  { value: 'k', doc: 'Take the value of the host.' },
  { value: 's', doc: 'Like k, and keep it across save/restore (old option; treated as k for MSR bits).' },
];

const fields: readonly [string, string][] = [
  ['family', 'CPU family number (decimal, or 0x hex).'],
  ['model', 'CPU model number.'],
  ['stepping', 'CPU stepping.'],
  ['brandid', 'Brand index.'],
  ['clflush', 'CLFLUSH line size, in units of 8 bytes.'],
  ['proccount', 'Logical processor count in leaf 1.'],
  ['localapicid', 'Initial local APIC id.'],
  ['maxleaf', 'Highest standard leaf.'],
  ['maxhvleaf', 'Highest hypervisor leaf.'],
  ['nc', 'Number of cores minus one (leaf 0x80000008).'],
  ['apicidsize', 'APIC id bits used for the core number.'],
  ['procpkg', 'Cores per package minus one (leaf 4).'],
];

const commonFlags: readonly [string, string][] = [
  ['vmx', 'Intel VT-x (for nested virtualisation).'],
  ['svm', 'AMD-V (for nested virtualisation).'],
  ['avx', 'AVX instructions.'],
  ['avx2', 'AVX2 instructions.'],
  ['avx512f', 'AVX-512 foundation.'],
  ['aesni', 'AES instructions.'],
  ['x2apic', 'x2APIC mode.'],
  ['hypervisor', 'The "running under a hypervisor" bit.'],
  ['rdrand', 'RDRAND instruction.'],
  ['rdseed', 'RDSEED instruction.'],
  ['rtm', 'Intel TSX restricted transactional memory.'],
  ['hle', 'Intel TSX hardware lock elision.'],
  ['invtsc', 'Invariant TSC.'],
  ['pcid', 'Process-context identifiers.'],
  ['lahf-lm', 'LAHF/SAHF in 64-bit mode.'],
  ['md-clear', 'VERW clears CPU buffers (MDS mitigation).'],
  ['arch-caps', 'The ARCH_CAPABILITIES MSR.'],
];

/** The libxl string form `host,NAME=V,…` (a representative list for completion). */
export const cpuidSpecKeys: readonly SpecKeyDef[] = [
  { name: 'host', form: 'flag', summary: 'Must come first: start from the host\'s CPUID policy.' },
  ...fields.map(([name, summary]): SpecKeyDef => ({ name, summary, example: '6' })),
  ...commonFlags.map(([name, summary]): SpecKeyDef => ({ name, summary, example: '0', values: cpuidBitValues })),
];
