import type { EnumValue } from '../../schema/types';
import type { XlKeyDef, XlValueShape } from '../../schema/xl/key-def';

/** A short type label: `integer (MiB)`, `enum`, `list of disk specs`, … */
export function typeLabel(def: XlKeyDef): string {
  const unit = def.unit ? ` (${def.unit})` : '';
  return shapeLabel(def.shape) + unit;
}

function shapeLabel(shape: XlValueShape): string {
  switch (shape.kind) {
    case 'integer': {
      const range = shape.min !== undefined && shape.max !== undefined ? `, ${shape.min} to ${shape.max}`
        : shape.min !== undefined ? `, at least ${shape.min}`
        : shape.max !== undefined ? `, at most ${shape.max}` : '';
      return `integer${range}`;
    }
    case 'boolean': return 'boolean (1 or 0)';
    case 'enum': return shape.integerForm ? 'enum (or its number)' : 'enum';
    case 'string': return shape.format && shape.format !== 'free' ? `string (${shape.format})` : 'string';
    case 'spec': return `${shape.spec} spec string`;
    case 'list':
      if (shape.spec) return `list of ${shape.spec} specs`;
      return shape.item === 'list' ? 'list of lists' : `list of ${shape.item === 'number-or-string' ? 'values' : `${shape.item}s`}`;
  }
}

export function guestsLabel(def: XlKeyDef): string {
  const guests = def.guests.length === 3 ? 'all (PV, PVH, HVM)' : def.guests.map((guest) => guest.toUpperCase()).join(', ');
  return def.arch ? `${guests}; ${def.arch.join(', ')} only` : guests;
}

/** Markdown documentation of a key, used by hover and completion. */
export function keyMarkdown(def: XlKeyDef): string {
  const lines: string[] = [`**${def.name}** — ${def.summary}`, ''];
  const facts: string[] = [`*Type:* ${typeLabel(def)}`];
  if (def.default) facts.push(`*Default:* ${def.default}`);
  facts.push(`*Guests:* ${guestsLabel(def)}`);
  if (def.since) facts.push(`*Since:* ${def.since}`);
  lines.push(facts.join('  \n'), '');
  if (def.deprecated) {
    const instead = def.deprecated.replacement ? ` Use \`${def.deprecated.replacement}\` instead.` : '';
    lines.push(`**Deprecated**${def.deprecated.since ? ` since ${def.deprecated.since}` : ''}: ${def.deprecated.note}${instead}`, '');
  }
  if (!def.documented) lines.push('*Read by xl but not documented in xl.cfg(5).*', '');
  if (def.doc) lines.push(def.doc, '');
  const values = enumValuesOf(def);
  if (values.length > 0) {
    lines.push('Values:', ...values.map((value) => `- \`${value.value}\` — ${value.doc}${value.deprecated ? ` *(deprecated: ${value.deprecated})*` : ''}`), '');
  }
  lines.push('```xl', def.example, '```');
  return lines.join('\n');
}

/** The values completion offers for a key: its enum values or its suggested ones. */
export function enumValuesOf(def: XlKeyDef): readonly EnumValue[] {
  if (def.shape.kind === 'enum') return def.shape.values;
  if (def.shape.kind === 'list' && def.shape.values) return def.shape.values;
  return def.suggestedValues ?? [];
}
