import type { SpecKeyDef } from './types';

/** Hyper-V enlightenment groups for `viridian = [ … ]`; `!group` turns one off. */
export const viridianSpecKeys: readonly SpecKeyDef[] = [
  { name: 'defaults', form: 'flag', summary: 'The default set: base, freq, time_ref_count, apic_assist, crash_ctl, no_vp_limit and cpu_hotplug.' },
  { name: 'all', form: 'flag', summary: 'Every group libxl knows.' },
  { name: 'base', form: 'flag', summary: 'The basic hypercall interface; every other group needs it.' },
  { name: 'freq', form: 'flag', summary: 'TSC and APIC frequency MSRs.' },
  { name: 'time_ref_count', form: 'flag', summary: 'The partition reference counter.' },
  { name: 'reference_tsc', form: 'flag', summary: 'The reference TSC page (needs a stable TSC).' },
  { name: 'hcall_remote_tlb_flush', form: 'flag', summary: 'Remote TLB flushes by hypercall.' },
  { name: 'apic_assist', form: 'flag', summary: 'APIC assist page to avoid EOI exits.' },
  { name: 'crash_ctl', form: 'flag', summary: 'Crash MSRs so guest crash details reach the log.' },
  { name: 'synic', form: 'flag', summary: 'Synthetic interrupt controller (undocumented; implied by stimer).' },
  { name: 'stimer', form: 'flag', summary: 'Synthetic timers (turns on synic).' },
  { name: 'hcall_ipi', form: 'flag', summary: 'Inter-processor interrupts by hypercall.' },
  { name: 'ex_processor_masks', form: 'flag', summary: 'Sparse processor sets in hypercalls (for more than 64 vCPUs).' },
  { name: 'no_vp_limit', form: 'flag', summary: 'Lift the 64 vCPU limit Windows otherwise assumes.' },
  { name: 'cpu_hotplug', form: 'flag', summary: 'CPU hot-plug via the Hyper-V interface.' },
];
