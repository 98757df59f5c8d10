import type { XlKeyDef } from './key-def';

export const coreKeys: readonly XlKeyDef[] = [];
