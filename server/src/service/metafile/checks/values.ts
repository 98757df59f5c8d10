import { makeDiagnostic } from '../diagnostics';
import { valueLines } from '../model';
import type { MetafileCheck } from './check';

export const cacheTypeCheck: MetafileCheck = {
  name: 'not-a-number',
  run({ model, report }) {
    if (model.kind !== 'base-os') return;
    for (const line of valueLines(model, 'cache_type')) {
      const value = line.effective.trim();
      if (/^[+-]?\d+$/.test(value)) continue;
      report(makeDiagnostic(model, line.effectiveSpan, 'metafile/not-a-number',
        `%cache_type is read as an integer; "${value}" is not one (vztt reads it as ${/^[+-]?\d/.test(value) ? 'its leading digits' : '0'}).`));
    }
  },
};

export const upgradableNoneCheck: MetafileCheck = {
  name: 'none-with-versions',
  run({ model, report }) {
    if (model.kind !== 'base-os') return;
    const lines = valueLines(model, 'upgradable_versions');
    const whole = lines.map((line) => line.effective).join('\n');
    if (whole === 'none') return;
    for (const line of lines) {
      for (const word of line.words) {
        if (word.text !== 'none') continue;
        report(makeDiagnostic(model, word.span, 'metafile/none-with-versions',
          lines.length > 1 || line.words.length > 1
            ? '`none` only means "no upgradable versions" when it is the whole value; next to other versions it is copied as a version called none.'
            : '`none` only counts when the line is exactly `none`; with blanks around it vzmktmpl copies it as a version.'));
      }
    }
  },
};
