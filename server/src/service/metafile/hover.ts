import type { Hover, Position } from 'vscode-languageserver-types';
import type { MetafileValueLine, MetafileWord } from '../../metafile/ast';
import {
  distributionByName, packageFamilyOf, packageManagers, sectionDef, templateName, urlVariableByName, type SectionDef,
} from '../../schema/metafile/index';
import type { FeatureContext } from '../language';
import { packageSpecProblem } from './checks/package-specs';
import { nodeAt } from './find';
import { KIND_LABEL, withArticle, type MetafileModel } from './model';
import { configDirectory } from '../../metafile/template-layout';
import { optionMarkdown, sectionMarkdown } from './section-docs';

export function hoverMetafile(model: MetafileModel, ctx: FeatureContext, position: Position): Hover | null {
  const offset = ctx.document.offsetAt(position);
  const found = nodeAt(model, offset);
  if (!found) return null;
  const name = found.section.header.name;
  const def = sectionDef(name);
  if (found.part === 'header') {
    if (offset > found.section.header.nameSpan.end) return null;
    const markdown = def ? `${sectionMarkdown(def)}${inThisTemplate(model, def)}` : optionMarkdown(name) ?? `**%${name}** — not a section vzmktmpl reads; its lines are ignored.`;
    return { contents: { kind: 'markdown', value: markdown }, range: model.lines.range(found.section.header.nameSpan) };
  }
  if (!def) return null;
  if (found.line.escaped) {
    return { contents: { kind: 'markdown', value: `vzmktmpl writes this line as \`${found.line.effective}\` into the template (the \`\\#\` rule).` }, range: model.lines.range(found.line.span) };
  }
  if (!found.word) return null;
  const placeholder = placeholderAt(found.word, offset);
  if (placeholder) {
    const variable = urlVariableByName.get(placeholder.name);
    const value = variable ? `**$${variable.name}** — ${variable.doc} Replaced from \`/etc/vztt/url.map\`.` : `**$${placeholder.name}** — not defined in the shipped url.map.`;
    return { contents: { kind: 'markdown', value }, range: model.lines.range(placeholder.span) };
  }
  const value = valueMarkdown(model, def, found.word, found.line);
  return value ? { contents: { kind: 'markdown', value }, range: model.lines.range(found.word.span) } : null;
}

function placeholderAt(word: MetafileWord, offset: number): { name: string; span: { start: number; end: number } } | undefined {
  const pattern = /\$([A-Za-z_][A-Za-z0-9_]*)/g;
  for (let match = pattern.exec(word.text); match; match = pattern.exec(word.text)) {
    const start = word.span.start + match.index;
    const end = start + match[0].length;
    if (offset >= start && offset <= end) return { name: match[1], span: { start, end } };
  }
  return undefined;
}

function valueMarkdown(model: MetafileModel, def: SectionDef, word: MetafileWord, line: MetafileValueLine): string | undefined {
  const text = word.text;
  if (def.name === 'package_manager') {
    const documented = packageManagers.find((entry) => entry.value === text);
    const family = packageFamilyOf(text);
    const familyLine = family ? `Package format (by the \`${family.prefix}\` prefix): ${family.doc}` : 'No known prefix (rpm, rpmzypp, dpkg): vztt cannot use it.';
    return [`**${text}**${documented ? ` — ${documented.doc}` : ''}`, familyLine].join('\n\n');
  }
  if (def.name === 'distribution') {
    const known = distributionByName.get(text);
    return known ? `**${text}** — ${known.doc}` : `**${text}** — not in the manual's list; needs \`/etc/vz/dists/${text}.conf\` on the node.`;
  }
  if (def.name === 'golden_image') {
    return /^[Nn0]/.test(text) ? `**${text}** — starts with N, n or 0: the template stays out of Golden Images.` : `**${text}** — the template may be part of a Golden Image.`;
  }
  const listed = def.values?.find((entry) => entry.value === text);
  if (listed) return `**${text}** — ${listed.doc}`;
  if (def.shape === 'package-list' || def.shape === 'install-steps') return packageMarkdown(model, text, def.shape === 'install-steps' ? line : undefined);
  return undefined;
}

function packageMarkdown(model: MetafileModel, text: string, step: MetafileValueLine | undefined): string {
  const problem = packageSpecProblem(text, model.family);
  if (problem) return `**${text}** — ${problem}.`;
  const together = step && step.words.length > 1 ? ` Installed in one step together with the ${step.words.length - 1} other package(s) on this line.` : '';
  const equals = text.indexOf('=');
  if (equals > 0) return `Debian package **${text.slice(0, equals)}**, version ${text.slice(equals + 1)}.`;
  const epoch = /^(\d+):/.exec(text);
  return `Package **${text}**${epoch ? ` (epoch ${epoch[1]})` : ''}.${together}`;
}

/** What the section means for the template at hand: required, ignored or optional, and which template it is. */
function inThisTemplate(model: MetafileModel, def: SectionDef): string {
  const here = `this ${KIND_LABEL[model.kind]}`;
  const notes: string[] = [];
  if (def.requiredFor.includes(model.kind)) notes.push(`_Required in ${here}._`);
  if (def.baseOsOnly && model.kind !== 'base-os') notes.push(`_Ignored in ${here}: vzmktmpl warns and drops it._`);
  const { osname, osver, osarch, appname, setname } = model.ids;
  if (def.output.kind === 'path' && osname && osver && osarch) {
    const ids = { osname, osver, osarch, ...(appname ? { appname } : {}), ...(setname ? { setname } : {}) };
    notes.push(`_This is ${withArticle(model.kind)} named \`${templateName(ids)}\`, installed in \`$TEMPLATE/${configDirectory(ids)}/\`._`);
  }
  return notes.map((note) => `\n\n${note}`).join('');
}
