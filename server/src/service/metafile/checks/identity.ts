import { sectionDef } from '../../../schema/metafile/index';
import { makeDiagnostic, replaceEdit } from '../diagnostics';
import { suggest } from '../did-you-mean';
import { valueLines } from '../model';
import type { MetafileCheck } from './check';

const ARCHES = ['x86_64', 'ia64', 'x86'];

export const osarchCheck: MetafileCheck = {
  name: 'bad-osarch',
  run({ model, report }) {
    const lines = valueLines(model, 'osarch');
    if (lines.length === 0) return;
    const words = lines.flatMap((line) => [...line.words]);
    if (words.length === 1 && ARCHES.includes(words[0].text)) return;
    const span = { start: lines[0].span.start, end: lines[lines.length - 1].span.end };
    const suggestion = words.length === 1 ? suggest(words[0].text, ARCHES) : undefined;
    report(makeDiagnostic(model, span, 'metafile/bad-osarch',
      `vzmktmpl stops with "Bad osarch": the value must be one of x86, x86_64 or ia64.${suggestion ? ` Did you mean ${suggestion}?` : ''}`,
      suggestion ? { fixes: [{ title: `Change to ${suggestion}`, edits: [replaceEdit(model, words[0].span, suggestion)], preferred: true }] } : {}));
  },
};

export const multipleLinesCheck: MetafileCheck = {
  name: 'multiple-lines',
  run({ model, report }) {
    for (const section of model.ast.sections) {
      const def = sectionDef(section.header.name);
      if (!def || def.name === 'osarch' || (def.shape !== 'word' && def.shape !== 'integer') || section.values.length < 2) continue;
      const extra = { start: section.values[1].span.start, end: section.values[section.values.length - 1].span.end };
      const effect = def.output.kind === 'path'
        ? 'the line break ends up inside directory and package names'
        : 'vzmktmpl joins the lines into one value';
      report(makeDiagnostic(model, extra, 'metafile/multiple-lines',
        `%${def.name} takes a single value, but has ${section.values.length} lines; ${effect}.`));
    }
  },
};

const NAME_SECTIONS = ['osname', 'osver', 'appname', 'setname'];

export const badNameCheck: MetafileCheck = {
  name: 'bad-name',
  run({ model, report }) {
    for (const name of NAME_SECTIONS) {
      for (const line of valueLines(model, name)) {
        const value = line.effective;
        if (!/[ \t/]/.test(value)) continue;
        report(makeDiagnostic(model, line.effectiveSpan, 'metafile/bad-name',
          `%${name} becomes part of the template's directory and RPM names; "${value}" has ${value.includes('/') ? 'a slash' : 'blanks'} in it.`));
      }
    }
  },
};
