import type { XlKeyDef } from './key-def';

export const armKeys: readonly XlKeyDef[] = [];
