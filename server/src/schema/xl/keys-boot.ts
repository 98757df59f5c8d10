import type { XlKeyDef } from './key-def';

export const bootKeys: readonly XlKeyDef[] = [];
