import type { XlKeyDef } from './key-def';

export const graphicsKeys: readonly XlKeyDef[] = [];
