import type { Hover, Position } from 'vscode-languageserver-types';
import type { Span } from '../../vz/ast';
import { splitFields, splitItems } from '../../vz/parts';
import { shapeIn, type VzParamDef } from '../../schema/vz';
import type { VzUnitClass } from '../../schema/vz/param-def';
import { CAPABILITY_NAMES, FEATURE_NAMES, TECHNOLOGIES, VE_LAYOUTS, VZ7_FEATURE_NAMES } from '../../schema/vz/enums';
import type { FeatureContext } from '../language';
import type { BoundAssignment, VzModel } from './model';
import { LONG_MAX } from '../../schema/vz/param-def';
import { bytesOf, formatBytes, isUnlimitedValue } from './values/numbers';
import type { PairFacts, PairSide } from './values/pair';
import { paramMarkdown } from './param-doc';

const UNIT_NAME: Record<VzUnitClass, string> = { pages: 'pages', items: 'items', bytes: 'bytes', kib: 'KiB', inodes: 'inodes' };

/** `65536` pages → "65536 pages = 268435456 bytes = 256 MiB". */
export function describeSide(side: PairSide, unitClass: VzUnitClass): string {
  if (side.unlimited) return `unlimited (stored as ${LONG_MAX.toString()})`;
  const parts = [`${side.value} ${UNIT_NAME[unitClass]}`];
  const bytes = bytesOf(side.value, unitClass);
  if (bytes !== undefined && unitClass !== 'bytes') parts.push(`${bytes} bytes`);
  if (bytes !== undefined && bytes >= 1024) parts.push(formatBytes(bytes));
  const written = side.bare ? '' : `\`${side.text}\` → `;
  const note = unitClass === 'pages' && isUnlimitedValue(side.value) ? ' (treated as unlimited)' : '';
  return `${written}${parts.join(' = ')}${note}`;
}

export function describePair(name: string, facts: PairFacts): string {
  const [low, high] = facts.unitClass === 'kib' || facts.unitClass === 'inodes' ? ['soft limit', 'hard limit'] : ['barrier', 'limit'];
  const lines = [`- **${low}**: ${describeSide(facts.barrier, facts.unitClass)}`, `- **${high}**: ${describeSide(facts.limit, facts.unitClass)}`];
  if (facts.single) lines.push(`- one value: ${name} uses it for both sides`);
  return lines.join('\n');
}

function inside(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}

function itemDoc(bound: BoundAssignment, def: VzParamDef, offset: number, dialect: VzModel['dialect']): string | undefined {
  const shape = shapeIn(def, dialect);
  if (shape.kind === 'enum') {
    const value = shape.values.find((v) => v.value === bound.node.value.text);
    return value ? `\`${value.value}\` — ${value.doc}` : undefined;
  }
  if (shape.kind === 'special' && shape.grammar === 've-layout') {
    const layout = VE_LAYOUTS.find((v) => v.value === bound.node.value.text);
    return layout ? `\`${layout.value}\` — ${layout.doc}` : undefined;
  }
  if (shape.kind !== 'list' || !['feature', 'capability', 'technology'].includes(shape.item)) return undefined;
  const item = splitItems(bound.node.value, shape.separators).find((candidate) => inside(candidate.span, offset));
  if (!item) return undefined;
  const name = splitFields(bound.node.value, item, ':')[0].text;
  const table = shape.item === 'technology' ? TECHNOLOGIES : shape.item === 'capability' ? CAPABILITY_NAMES : dialect === 'vz7' ? VZ7_FEATURE_NAMES : FEATURE_NAMES;
  const entry = table.find((candidate) => candidate.value.toLowerCase() === name.toLowerCase());
  return entry ? `\`${entry.value}\` — ${entry.doc}` : undefined;
}

function valueSection(bound: BoundAssignment, def: VzParamDef, offset: number, dialect: VzModel['dialect']): string | undefined {
  if (bound.pair) return `\`${def.name}="${bound.node.value.text}"\`\n\n${describePair(def.name, bound.pair)}`;
  if (def.name === 'IOLIMIT' && /^\d+$/.test(bound.node.value.text)) {
    const bytes = Number(bound.node.value.text);
    return bytes === 0 ? 'No I/O limit.' : `${bytes} bytes/s = ${formatBytes(bytes)}/s`;
  }
  return itemDoc(bound, def, offset, dialect);
}

const DIALECT_NAME = { legacy: 'vzctl 4.11 (legacy OpenVZ)', vz7: 'Virtuozzo 7 (libvzctl)' } as const;

/** Says how the file is read and why, so a surprising diagnostic can be traced to the dialect. */
function dialectFooter(model: VzModel): string {
  const choice = model.file.dialect;
  const why = choice.reason === 'comment' ? 'set by a `# hvconf: dialect=` comment'
    : choice.reason === 'setting' ? 'set by the vzDialect setting'
      : choice.reason === 'file-hints' ? `detected from ${choice.evidence}` : 'the default';
  return `\n\n*This file is read as ${DIALECT_NAME[choice.dialect]}: ${why}.*`;
}

export function hoverVz(model: VzModel, ctx: FeatureContext, position: Position): Hover | null {
  const offset = ctx.document.offsetAt(position);
  const directive = model.file.directives.get('dialect');
  if (directive && inside(directive.span, offset)) {
    return {
      contents: { kind: 'markdown', value: `**hvconf dialect directive** — chooses how this file is read: \`legacy\` (vzctl 4.11) or \`vz7\` (Virtuozzo 7). It overrides the vzDialect setting.${dialectFooter(model)}` },
      range: { start: ctx.document.positionAt(directive.span.start), end: ctx.document.positionAt(directive.span.end) },
    };
  }
  const bound = model.assignments.find((candidate) => candidate.node.line === position.line);
  if (!bound) return null;
  const { node } = bound;
  const def = bound.def ?? bound.otherDialectDef;
  if (!def) return null;
  const dialectNote = bound.def ? '' : `\n\n*Not read by this file's dialect (${model.dialect}).*`;
  if (inside({ start: node.key.span.start, end: node.equals.end }, offset)) {
    return {
      contents: { kind: 'markdown', value: paramMarkdown(def, model.dialect) + dialectNote + dialectFooter(model) },
      range: { start: ctx.document.positionAt(node.key.span.start), end: ctx.document.positionAt(node.key.span.end) },
    };
  }
  if (!inside(node.value.span, offset)) return null;
  const section = bound.def ? valueSection(bound, bound.def, offset, model.dialect) : undefined;
  const value = [section, paramMarkdown(def, model.dialect) + dialectNote].filter((part) => part).join('\n\n---\n\n');
  return {
    contents: { kind: 'markdown', value },
    range: { start: ctx.document.positionAt(node.value.span.start), end: ctx.document.positionAt(node.value.span.end) },
  };
}
