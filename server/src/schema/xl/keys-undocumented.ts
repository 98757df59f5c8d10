import type { XlKeyDef } from './key-def';

export const undocumentedKeys: readonly XlKeyDef[] = [];
