import type { XlKeyDef } from './key-def';

export const devicesKeys: readonly XlKeyDef[] = [];
