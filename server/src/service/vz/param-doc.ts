import type { VzDialect } from '../../vz/ast';
import { shapeIn, type VzParamDef, type VzShape } from '../../schema/vz';

/** Markdown documentation of a parameter, shared by hover and completion. */

const DIALECT_LABEL: Record<VzDialect, string> = { legacy: 'vzctl 4.11', vz7: 'Virtuozzo 7' };

const SUPPORT_LABEL: Record<string, string> = {
  read: 'read',
  ignored: 'known, ignored',
  'no-effect': 'accepted, no effect',
  deprecated: 'deprecated',
  stored: 'kept for scripts/tools',
};

export function shapeLabel(shape: VzShape): string {
  switch (shape.kind) {
    case 'ub': return `barrier[:limit] in ${shape.unitClass}`;
    case 'quota': return `soft[:hard] in ${shape.unitClass === 'kib' ? '1 KiB blocks' : 'inodes'}`;
    case 'integer': return `integer${shape.min !== undefined || shape.max !== undefined ? ` ${shape.min ?? ''}..${shape.max ?? ''}` : ''}${shape.unit ? ` (${shape.unit})` : ''}`;
    case 'float': return 'number';
    case 'enum': return shape.values.map((v) => `\`${v.value}\``).join(' | ');
    case 'string': return shape.format === 'veid-path' ? 'path with $VEID' : shape.format;
    case 'list': return `list of ${shape.item} items`;
    case 'special': return shape.grammar;
  }
}

export function paramMarkdown(def: VzParamDef, dialect: VzDialect): string {
  const lines: string[] = [`**${def.name}** — ${def.summary}`, ''];
  const facts: string[] = [`*Value:* ${shapeLabel(shapeIn(def, dialect))}`];
  if (def.unit) facts.push(`*Unit:* ${def.unit}`);
  if (def.default) facts.push(`*Default:* ${def.default}`);
  facts.push(`*Scope:* ${def.scope === 'ct' ? 'container config' : def.scope === 'global' ? 'vz.conf' : 'container config or vz.conf'}`);
  const support = (['legacy', 'vz7'] as const).map((d) => `${DIALECT_LABEL[d]}: ${def.dialects[d] ? SUPPORT_LABEL[def.dialects[d] as string] : 'unknown'}`);
  facts.push(`*Dialects:* ${support.join(' · ')}`);
  if (def.cli) facts.push(`*vzctl:* \`${def.cli}\``);
  if (def.aliasOf) facts.push(`*Alias of:* ${def.aliasOf}`);
  lines.push(facts.join('  \n'), '', def.doc);
  if (def.vz7Note) lines.push('', `*Virtuozzo 7:* ${def.vz7Note}`);
  if (def.deprecated) lines.push('', `*Deprecated:* ${def.deprecated.note}`);
  lines.push('', '```vz-conf', def.example, '```');
  return lines.join('\n');
}
