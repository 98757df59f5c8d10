import { sectionDef } from '../../../schema/metafile/index';
import { lineWithBreak, makeDiagnostic } from '../diagnostics';
import { KIND_LABEL } from '../model';
import type { MetafileCheck } from './check';

export const ignoredOutsideBaseOsCheck: MetafileCheck = {
  name: 'ignored-outside-base-os',
  run({ model, report }) {
    if (model.kind === 'base-os') return;
    for (const section of model.ast.sections) {
      const def = sectionDef(section.header.name);
      if (!def?.baseOsOnly || section.values.length === 0) continue;
      const inherited = model.kind === 'os-set' ? ' The set inherits the base template\'s value.' : '';
      const removal = lineWithBreak(model, section.span);
      report(makeDiagnostic(model, section.header.nameSpan, 'metafile/ignored-outside-base-os',
        `%${def.name} is only valid in a base OS template; in this ${KIND_LABEL[model.kind]} vzmktmpl warns and ignores it.${inherited}`,
        { fixes: [{ title: `Remove the %${def.name} section`, edits: [{ range: model.lines.range(removal), newText: '' }] }] }));
    }
  },
};
