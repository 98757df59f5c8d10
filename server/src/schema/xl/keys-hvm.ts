import type { XlKeyDef } from './key-def';

export const hvmKeys: readonly XlKeyDef[] = [];
