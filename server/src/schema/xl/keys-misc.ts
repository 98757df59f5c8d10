import type { XlKeyDef } from './key-def';

export const miscKeys: readonly XlKeyDef[] = [];
