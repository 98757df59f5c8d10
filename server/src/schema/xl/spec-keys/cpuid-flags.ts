/**
 * CPUID names the libxl `cpuid = "host,NAME=V,…"` form accepts, from the
 * Xen tree the reference is pinned to (libxl_cpuid.c and the feature set
 * of cpufeatureset.h, lowercased with `_` written as `-`). Data only.
 */

/** libxl's own table: multi-bit fields and legacy aliases. */
export const cpuidLegacyNames: readonly string[] = (
  'maxleaf stepping model family brandid clflush proccount localapicid est cntxid cmpxchg16 sse4_1 ' +
  'sse4.1 sse4_2 sse4.2 aes cmpxchg8 sysenter psn clfsh tm ia64 arat tsc_adjust cmt lahfsahf cmplegacy ' +
  'altmovcr8 nodeid perfctr_core perfctr_nb procpkg invtsc ppin nc apicidsize svm_npt svm_lbrv ' +
  'svm_nrips svm_tscrate svm_vmcbclean svm_decode svm_pausefilt lfence+ maxhvleaf ' +
  ''
).trim().split(' ');

/** Single-bit CPUID feature flags. */
export const cpuidFeatureNames: readonly string[] = (
  'fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush ds acpi mmx fxsr sse ' +
  'sse2 ss htt tm1 pbe sse3 pclmulqdq dtes64 monitor dscpl vmx smx eist tm2 ssse3 sdbg fma cx16 xtpr ' +
  'pdcm pcid dca sse4-1 sse4-2 x2apic movbe popcnt tsc-deadline aesni xsave osxsave avx f16c rdrand ' +
  'hypervisor syscall nx mmxext ffxsr page1gb rdtscp lm 3dnowext 3dnow lahf-lm cmp-legacy svm extapic ' +
  'cr8-legacy abm sse4a misalignsse 3dnowprefetch osvw ibs xop skinit wdt lwp fma4 nodeid-msr tbm ' +
  'topoext dbext monitorx addr-msk-ext xsaveopt xsavec xgetbv1 xsaves xfd fsgsbase tsc-adjust sgx bmi1 ' +
  'hle avx2 fdp-excp-only smep bmi2 erms invpcid rtm pqm no-fpu-sel mpx pqe avx512f avx512dq rdseed adx ' +
  'smap avx512-ifma clflushopt clwb proc-trace avx512pf avx512er avx512cd sha avx512bw avx512vl ' +
  'prefetchwt1 avx512-vbmi umip pku ospke waitpkg avx512-vbmi2 cet-ss gfni vaes vpclmulqdq avx512-vnni ' +
  'avx512-bitalg tme avx512-vpopcntdq la57 rdpid bld cldemote movdiri movdir64b enqcmd sgx-lc pks hw- ' +
  'pstate itsc cpb efro clzero rstr-fp-err-ptrs wbnoinvd ibpb ibrs amd-stibp ibrs-always stibp-always ' +
  'ibrs-fast ibrs-same-mode no-lmsl amd-ppin amd-ssbd virt-ssbd ssb-no cppc psfd btc-no ibpb-ret sgx- ' +
  'keys avx512-4vnniw avx512-4fmaps fsrm uintr avx512-vp2intersect srbds-ctrl md-clear rtm-always-abort ' +
  'tsx-force-abort serialize hybrid tsxldtrk pconfig arch-lbr cet-ibt amx-bf16 avx512-fp16 amx-tile ' +
  'amx-int8 ibrsb stibp l1d-flush arch-caps core-caps ssbd sha512 sm3 sm4 avx-vnni avx512-bf16 lass ' +
  'cmpccxadd arch-perf-mon fzrm fsrs fsrcs fred lkgs wrmsrns nmi-src amx-fp16 avx-ifma lam msrlist no- ' +
  'invd movrs no-nest-bp fs-gs-ns lfence-dispatch verw-clear nscb auto-ibrs amd-fsrs amd-fsrc cpuid- ' +
  'user-dis epsf fsrsc amd-prefetchi avx512-bmm sbpb ibpb-brtype srso-no srso-us-no srso-msr-fix intel- ' +
  'ppin intel-psfd ipred-ctrl rrsba-ctrl ddp-ctrl bhi-ctrl mcdt-no uc-lock-dis avx-vnni-int8 avx-ne- ' +
  'convert amx-complex avx-vnni-int16 prefetchi uiret-uif cet-sss slsm tsa-sq-no tsa-l1-no ' +
  ''
).trim().split(' ');

/** Feature bits that live in the ARCH_CAPABILITIES MSR: one character only (0 1 x k s). */
export const cpuidMsrFeatureNames: readonly string[] = (
  'rdcl-no eibrs rsba skip-l1dfl intel-ssb-no mds-no if-pschange-mc-no tsx-ctrl taa-no mcu-ctrl misc- ' +
  'pkg-ctrl energy-filtering doitm sbdr-ssdp-no fbsdp-no psdp-no mcu-ext fb-clear fb-clear-ctrl rrsba ' +
  'bhi-no xapic-status ovrclk-status pbrsb-no gds-ctrl gds-no rfds-no rfds-clear ign-umonitor mon-umon- ' +
  'mitg pb-opt-ctrl its-no ' +
  ''
).trim().split(' ');
