import type { XlKeyDef } from './key-def';

export const x86Keys: readonly XlKeyDef[] = [];
