import { allSections, hookByName, optionFiles, sectionDef } from '../../../schema/metafile/index';
import { makeDiagnostic, replaceEdit } from '../diagnostics';
import { suggest } from '../did-you-mean';
import type { MetafileCheck } from './check';

const SECTION_NAMES = [...allSections.map((def) => def.name)];

function optionFor(name: string): string | undefined {
  if (hookByName.has(name)) return `--${name}`;
  return optionFiles.find((entry) => entry.name === name)?.option;
}

export const unknownSectionCheck: MetafileCheck = {
  name: 'unknown-section',
  run({ model, report }) {
    for (const section of model.ast.sections) {
      const { name, nameSpan } = section.header;
      if (sectionDef(name) || optionFor(name)) continue;
      const beforeTab = name.split('\t')[0];
      if (name.includes('\t') && sectionDef(beforeTab)) {
        const fixed = name.replace('\t', '\n');
        report(makeDiagnostic(model, nameSpan, 'metafile/unknown-section',
          `vzmktmpl only recognises a space after a section name; with a tab this line is not %${beforeTab} and the section is ignored.`,
          { fixes: [{ title: `Put the text after %${beforeTab} on its own line`, edits: [replaceEdit(model, nameSpan, fixed)], preferred: true }] }));
        continue;
      }
      const suggestion = suggest(name, SECTION_NAMES);
      const hint = suggestion ? ` Did you mean %${suggestion}?` : '';
      report(makeDiagnostic(model, nameSpan, 'metafile/unknown-section',
        `vzmktmpl does not read a section %${name}; its lines are ignored.${hint}`,
        suggestion ? { fixes: [{ title: `Change to %${suggestion}`, edits: [replaceEdit(model, nameSpan, suggestion)], preferred: true }] } : {}));
    }
  },
};

export const hookAsSectionCheck: MetafileCheck = {
  name: 'hook-as-section',
  run({ model, report }) {
    for (const section of model.ast.sections) {
      const option = optionFor(section.header.name);
      if (!option) continue;
      report(makeDiagnostic(model, section.header.nameSpan, 'metafile/hook-as-section',
        `%${section.header.name} is not a metafile section and vzmktmpl ignores it. Put the content in a file and pass it as \`vzmktmpl ${option} FILE\`.`));
    }
  },
};

export const duplicateSectionCheck: MetafileCheck = {
  name: 'duplicate-section',
  run({ model, report }) {
    for (const [name, sections] of model.byName) {
      if (sections.length < 2 || !sectionDef(name)) continue;
      const firstLine = model.lines.positionAt(sections[0].header.span.start).line + 1;
      for (const repeated of sections.slice(1)) {
        report(makeDiagnostic(model, repeated.header.nameSpan, 'metafile/duplicate-section',
          `%${name} is already given on line ${firstLine}; vzmktmpl merges the values of both.`));
      }
    }
  },
};

export const emptySectionCheck: MetafileCheck = {
  name: 'empty-section',
  run({ model, report }) {
    for (const section of model.ast.sections) {
      const def = sectionDef(section.header.name);
      if (!def || section.values.length > 0 || section.header.trailing) continue;
      if (def.requiredFor.includes(model.kind)) continue; // reported as missing
      if ((model.byName.get(def.name) ?? []).some((other) => other.values.length > 0)) continue;
      report(makeDiagnostic(model, section.header.nameSpan, 'metafile/empty-section',
        `%${def.name} has no values; vzmktmpl treats it as if it were absent.`));
    }
  },
};
