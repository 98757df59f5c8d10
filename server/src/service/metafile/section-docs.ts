import { hookByName, optionFiles, type SectionDef, type TemplateKind } from '../../schema/metafile/index';
import { KIND_LABEL } from './model';

const SHAPE_LABEL: Record<SectionDef['shape'], string> = {
  word: 'one value',
  text: 'free text (lines joined with spaces)',
  integer: 'an integer',
  'package-list': 'package specs, one or more per line',
  'install-steps': 'install steps: one per line, names on a line go together',
  'url-list': 'URLs, one per line',
  'word-list': 'words, blank or line separated',
  requires: 'RPM dependencies, one per line',
  changelog: 'RPM changelog text',
};

function kinds(list: readonly TemplateKind[]): string {
  return list.map((kind) => KIND_LABEL[kind]).join(', ');
}

function outputLine(def: SectionDef): string {
  switch (def.output.kind) {
    case 'lines': return `Written to \`${def.output.file}\` in the template directory, line by line.`;
    case 'joined': return `Written to \`${def.output.file}\` in the template directory, as one line.`;
    case 'path': return 'Part of the template name and directory; no file of its own.';
    case 'rpm': return `Only in the template RPM (${def.output.field}); not in the template directory.`;
  }
}

/** Hover and completion documentation of a section, from the schema only. */
export function sectionMarkdown(def: SectionDef): string {
  const facts: string[] = [`Value: ${SHAPE_LABEL[def.shape]}.`];
  if (def.requiredFor.length > 0) facts.push(`Required (vzmktmpl stops without it) for: ${kinds(def.requiredFor)}.`);
  if (def.expectedFor) facts.push(`Mandatory per the manual for: ${kinds(def.expectedFor)}.`);
  if (def.baseOsOnly) facts.push('Base OS templates only; ignored with a warning elsewhere.');
  if (def.default) facts.push(`Default: \`${def.default}\`.`);
  facts.push(outputLine(def));
  return [`**%${def.name}** — ${def.summary}`, def.doc, facts.map((fact) => `- ${fact}`).join('\n'), '```\n' + def.example + '\n```'].join('\n\n');
}

/** Documentation for a hook or option file mistaken for a section. */
export function optionMarkdown(name: string): string | undefined {
  const hook = hookByName.get(name);
  if (hook) return `**${name}** — hook script, not a metafile section. ${hook.doc} Runs ${hook.runs === 'host' ? 'on the host' : 'inside the container'}; pass it as \`vzmktmpl --${name} FILE\`.`;
  const option = optionFiles.find((entry) => entry.name === name);
  return option ? `**${name}** — not a metafile section. ${option.doc} Pass it as \`vzmktmpl ${option.option} FILE\`.` : undefined;
}
