import type { XlKeyDef } from './key-def';

export const deviceModelKeys: readonly XlKeyDef[] = [];
