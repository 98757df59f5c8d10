import type { VzDialect } from '../../vz/ast';
import type { VzParamDef, VzShape, VzSupport } from './param-def';
import { ubcParams, vz7ObsoleteUbcParams, tcpSendBufAlias } from './params-ubc';
import { networkParams } from './params-network';
import { diskParams } from './params-disk';
import { cpuParams } from './params-cpu';
import { miscParams } from './params-misc';
import { vz7Params } from './params-vz7';
import { globalParams } from './params-global';

export type { VzParamDef, VzShape, VzSupport, VzUnitClass, VzTopic, VzScope, VzListItemKind, VzSpecialGrammar } from './param-def';
export { PAGE_SIZE, LONG_MAX, INT_MAX, YES_NO, ON_OFF } from './param-def';

export const allVzParams: readonly VzParamDef[] = [
  ...ubcParams, tcpSendBufAlias, ...vz7ObsoleteUbcParams, ...networkParams, ...diskParams,
  ...cpuParams, ...miscParams, ...vz7Params, ...globalParams,
];

export const vzParams: ReadonlyMap<string, VzParamDef> = new Map(allVzParams.map((param) => [param.name, param]));

/** How a dialect treats a key; undefined when the dialect does not know it. */
export function supportIn(param: VzParamDef, dialect: VzDialect): VzSupport | undefined {
  return param.dialects[dialect];
}

/** The grammar that applies in a dialect. */
export function shapeIn(param: VzParamDef, dialect: VzDialect): VzShape {
  return dialect === 'vz7' && param.vz7Shape ? param.vz7Shape : param.shape;
}

/** The parameter an alias stands for, or the parameter itself. */
export function canonicalParam(param: VzParamDef): VzParamDef {
  return param.aliasOf ? vzParams.get(param.aliasOf) ?? param : param;
}

/** Keys only Virtuozzo 7 reads: weak evidence for the dialect of a file without clearer hints. */
export const vz7OnlyKeys: ReadonlySet<string> = new Set(
  allVzParams.filter((param) => param.dialects.vz7 === 'read' && param.dialects.legacy === undefined).map((param) => param.name),
);

/** Keys a dialect knows, for completion and did-you-mean. */
export function paramsOf(dialect: VzDialect): readonly VzParamDef[] {
  return allVzParams.filter((param) => param.dialects[dialect] !== undefined);
}

/** Whether `unlimited` is accepted for a pair-valued key in this dialect (reference §1.3). */
export function acceptsUnlimited(param: VzParamDef, dialect: VzDialect): boolean {
  if (param.unlimited) return param.unlimited[dialect];
  return param.shape.kind === 'ub';
}
