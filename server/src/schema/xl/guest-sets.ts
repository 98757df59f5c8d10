import type { XlGuestType } from './key-def';

/** The guest-type sets the key tables use for `guests`. */
export const ALL_GUESTS: readonly XlGuestType[] = ['pv', 'pvh', 'hvm'];
export const HVM_ONLY: readonly XlGuestType[] = ['hvm'];
export const PV_AND_PVH: readonly XlGuestType[] = ['pv', 'pvh'];
