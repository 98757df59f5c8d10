/**
 * The upstream versions whose behaviour HVConf reproduces (see the README).
 * Shown in the language status item so a user knows which xl the checks follow.
 */
export const pinnedVersions = {
  xen: { label: 'Xen c447b730', detail: 'xl/libxlu of the Xen development tree, 2026-08-20' },
  openvz: { label: 'vzctl 4.11', detail: 'legacy OpenVZ vzctl 4.11; Virtuozzo 7 libvzctl' },
} as const;
