import type { XlArch, XlGuestType } from '../../schema/xl/key-def';
import type { XlBinding } from './model';

export interface GuestTypeResolution {
  readonly type: XlGuestType;
  /** which key decided it; 'default' means neither was readable */
  readonly source: 'type' | 'builder' | 'default';
  /** the `type` text when it is not one of xl's names */
  readonly invalidType?: string;
  readonly invalidBuilder?: string;
  /** `type` and `builder` both readable and naming different types */
  readonly conflict: boolean;
}

/**
 * xl compares `type` with strncmp over the length of the value, trying hvm,
 * then pv, then pvh; so a prefix (even an empty string) selects a type.
 */
export function matchTypePrefix(text: string): XlGuestType | undefined {
  for (const candidate of ['hvm', 'pv', 'pvh'] as const) {
    if (text.length <= candidate.length && candidate.startsWith(text)) return candidate;
  }
  return undefined;
}

/** `builder` is matched the same way against hvm and generic (= pv). */
export function matchBuilderPrefix(text: string): XlGuestType | undefined {
  if ('hvm'.startsWith(text)) return 'hvm';
  if ('generic'.startsWith(text)) return 'pv';
  return undefined;
}

export function resolveGuestType(bindings: ReadonlyMap<string, XlBinding>, arch: XlArch): GuestTypeResolution {
  const fallback: XlGuestType = arch === 'arm' ? 'pvh' : 'pv';
  const typeValue = bindings.get('type')?.value;
  const builderValue = bindings.get('builder')?.value;
  let type: XlGuestType | undefined;
  let source: GuestTypeResolution['source'] = 'default';
  let invalidType: string | undefined;
  let invalidBuilder: string | undefined;
  let conflict = false;
  if (typeValue?.kind === 'scalar') {
    type = matchTypePrefix(typeValue.text);
    if (type) source = 'type'; else invalidType = typeValue.text;
  }
  if (builderValue?.kind === 'scalar') {
    const fromBuilder = matchBuilderPrefix(builderValue.text);
    if (!fromBuilder) invalidBuilder = builderValue.text;
    else if (type && type !== fromBuilder) conflict = true;
    else if (!type && invalidType === undefined) { type = fromBuilder; source = 'builder'; }
  }
  return { type: type ?? fallback, source: type ? source : 'default', invalidType, invalidBuilder, conflict };
}
