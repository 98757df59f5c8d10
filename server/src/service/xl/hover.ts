import type { Hover, Position } from 'vscode-languageserver-types';
import { allXlKeys, xlKeys } from '../../schema/xl/index';
import { closestMatch } from './did-you-mean';
import type { XlKeyDef } from '../../schema/xl/key-def';
import type { FeatureContext } from '../language';
import { findEnumValue } from './checks/enum-values';
import { nodeAt } from './find-node';
import { enumValuesOf, keyMarkdown } from './key-docs';
import type { XlModel } from './model';
import { specHover } from './spec-bridge';
import { convertedSize } from './units';
import { atomText, readLong } from './values';

export function hoverXl(model: XlModel, ctx: FeatureContext, position: Position): Hover | null {
  const offset = ctx.document.offsetAt(position);
  const found = nodeAt(model, offset);
  if (!found) return null;
  const def = xlKeys.get(found.assignment.key.name);
  if (found.part === 'key') {
    const name = found.assignment.key.name;
    const suggestion = def ? undefined : closestMatch(name, allXlKeys.map((key) => key.name));
    const markdown = def ? keyMarkdown(def) : `**${name}** — not a key xl knows; xl ignores it.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`;
    return { contents: { kind: 'markdown', value: markdown }, range: model.lines.range(found.assignment.key.span) };
  }
  if (!def || !found.atom) return null;
  const atom = found.atom;
  const range = model.lines.range(atom.span);
  const fromSpec = specHover(model, found.assignment, offset);
  if (fromSpec) return { contents: { kind: 'markdown', value: fromSpec.markdown }, range: model.lines.range(fromSpec.span) };
  const text = atomText(atom);
  const value = valueMarkdown(def, text);
  return value ? { contents: { kind: 'markdown', value }, range } : null;
}

function valueMarkdown(def: XlKeyDef, text: string): string | undefined {
  if (def.shape.kind === 'enum') {
    const match = findEnumValue(def, def.shape, text);
    if (match) {
      const expanded = match.value !== text ? ` (xl reads "${text}" as "${match.value}")` : '';
      return `\`${def.name} = "${match.value}"\`${expanded} — ${match.doc}${match.deprecated ? `\n\n**Deprecated:** ${match.deprecated}` : ''}`;
    }
    const number = readLong(text);
    const byInteger = number.ok ? def.shape.values.find((entry) => entry.integer !== undefined && BigInt(entry.integer) === number.value) : undefined;
    if (byInteger) return `\`${text}\` is the integer form of \`"${byInteger.value}"\` — ${byInteger.doc}`;
    return undefined;
  }
  const suggested = enumValuesOf(def).find((entry) => entry.value === text);
  if (suggested) return `\`${suggested.value}\` — ${suggested.doc}`;
  if (def.shape.kind === 'integer' && def.unit) {
    const number = readLong(text);
    const converted = number.ok ? convertedSize(def, number.value) : undefined;
    if (converted) return `\`${def.name}\`: ${converted}`;
  }
  if (def.shape.kind === 'boolean') {
    const number = readLong(text);
    if (number.ok) return `\`${def.name}\`: ${number.value === 0n ? 'disabled (0)' : 'enabled (non-zero)'}`;
  }
  return undefined;
}
