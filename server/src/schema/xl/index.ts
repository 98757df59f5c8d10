import type { XlKeyDef } from './key-def';
import { coreKeys } from './keys-core';
import { bootKeys } from './keys-boot';
import { miscKeys } from './keys-misc';
import { devicesKeys } from './keys-devices';
import { undocumentedKeys } from './keys-undocumented';
import { hvmKeys } from './keys-hvm';
import { graphicsKeys } from './keys-graphics';
import { deviceModelKeys } from './keys-device-model';
import { armKeys } from './keys-arm';
import { x86Keys } from './keys-x86';

export type { XlKeyDef, XlGuestType, XlArch, XlSpecLanguage, XlValueShape, XlReadAs, XlOnBadValue, XlTopic } from './key-def';

export const allXlKeys: readonly XlKeyDef[] = [
  ...coreKeys, ...bootKeys, ...miscKeys, ...devicesKeys, ...hvmKeys,
  ...graphicsKeys, ...deviceModelKeys, ...armKeys, ...x86Keys, ...undocumentedKeys,
];

export const xlKeys: ReadonlyMap<string, XlKeyDef> = new Map(allXlKeys.map((key) => [key.name, key]));
