import type { Deprecation, EnumValue } from '../../types';

/** A sub-key inside a spec string (`vdev=`, `bridge=`, `backend=`, …). */
export interface SpecKeyDef {
  readonly name: string;
  readonly summary: string;
  readonly doc?: string;
  readonly values?: readonly EnumValue[];
  readonly default?: string;
  readonly required?: boolean;
  readonly deprecated?: Deprecation;
  /** `flag` sub-keys are bare words (`cdrom`, `discard`); `positional` ones have no `key=` */
  readonly form?: 'key-value' | 'flag' | 'positional';
  /** an example value for completion snippets */
  readonly example?: string;
}
