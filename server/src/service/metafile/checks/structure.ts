import { makeDiagnostic, replaceEdit } from '../diagnostics';
import type { MetafileCheck } from './check';

/** CR characters reach vzmktmpl's awk reader, so `%osname\r` matches no section. */
export const carriageReturnCheck: MetafileCheck = {
  name: 'carriage-return',
  syntaxLevel: true,
  run({ model, report }) {
    const offset = model.ast.firstCarriageReturn;
    if (offset === undefined) return;
    const whole = { start: 0, end: model.text.length };
    const fixes = [{ title: 'Convert line endings to LF', edits: [replaceEdit(model, whole, model.text.replace(/\r\n?/g, '\n'))], preferred: true }];
    const brokenHeader = model.ast.sections.find((section) => model.text[section.header.span.end] === '\r');
    if (brokenHeader) {
      const at = brokenHeader.header.span.end;
      report(makeDiagnostic(model, { start: at, end: at + 1 }, 'metafile/carriage-return',
        `Carriage returns (CRLF or CR line endings): vzmktmpl keeps the CR at the end of each line, so a header like %${brokenHeader.header.name} matches no section and the template cannot be built.`, { fixes }));
      return;
    }
    report(makeDiagnostic(model, { start: offset, end: offset + 1 }, 'metafile/carriage-return',
      'A carriage return in a value line: vzmktmpl copies it into the template file as part of the value.', { severity: 'warning', fixes }));
  },
};

export const byteOrderMarkCheck: MetafileCheck = {
  name: 'byte-order-mark',
  syntaxLevel: true,
  run({ model, report }) {
    if (!model.ast.hasByteOrderMark) return;
    const fixes = [{ title: 'Remove the byte-order mark', edits: [replaceEdit(model, { start: 0, end: 1 }, '')], preferred: true }];
    if (model.text[1] === '%') {
      report(makeDiagnostic(model, { start: 0, end: 1 }, 'metafile/byte-order-mark',
        'The file starts with a byte-order mark; vzmktmpl does not see the first line as a section header, so that section is lost.', { fixes }));
      return;
    }
    // before a comment or blank line the mark is read as an ignored line: harmless until a header moves up
    report(makeDiagnostic(model, { start: 0, end: 1 }, 'metafile/byte-order-mark',
      'The file starts with a byte-order mark; harmless before this line, but vzmktmpl would not see a section header here.', { severity: 'information', fixes }));
  },
};

export const valueOutsideSectionCheck: MetafileCheck = {
  name: 'value-outside-section',
  syntaxLevel: true,
  run({ model, report }) {
    const first = model.ast.strayValues[0];
    // a byte-order mark hid the first header: these lines belong to it, and the mark is the one finding
    if (model.ast.hasByteOrderMark && first?.span.start === 1 && first.raw.startsWith('%')) return;
    for (const line of model.ast.strayValues) {
      if (line.span.start === 1 && model.ast.hasByteOrderMark) continue; // the rest of the mark's line is reported with the mark
      if (/^[ \t]+%/.test(line.raw)) continue; // reported as an indented header

      report(makeDiagnostic(model, line.span, 'metafile/value-outside-section',
        'This line comes before the first %section header; vzmktmpl ignores it. Start the file with a header such as %osname, or make the line a comment with #.'));
    }
  },
};

export const indentedHeaderCheck: MetafileCheck = {
  name: 'indented-header',
  syntaxLevel: true,
  run({ model, report }) {
    const lines = [...model.ast.strayValues, ...model.ast.sections.flatMap((section) => section.values)];
    for (const line of lines) {
      const match = /^([ \t]+)%/.exec(line.raw);
      if (!match) continue;
      const indent = { start: line.span.start, end: line.span.start + match[1].length };
      report(makeDiagnostic(model, line.span, 'metafile/indented-header',
        'A header must start in the first column; with leading blanks vzmktmpl reads this line as a value of the section above.',
        { fixes: [{ title: 'Remove the indentation', edits: [replaceEdit(model, indent, '')], preferred: true }] }));
    }
  },
};

export const textAfterHeaderCheck: MetafileCheck = {
  name: 'text-after-header',
  syntaxLevel: true,
  run({ model, report }) {
    for (const section of model.ast.sections) {
      const trailing = section.header.trailing;
      if (!trailing) continue;
      const empty = section.values.length === 0 ? ' As written the section is empty.' : '';
      const moved = { start: section.header.nameSpan.end, end: trailing.span.end };
      report(makeDiagnostic(model, trailing.span, 'metafile/text-after-header',
        `vzmktmpl ignores text after the section name on a header line; put "${trailing.text}" on the next line.${empty}`,
        { fixes: [{ title: `Move "${trailing.text}" to its own line`, edits: [replaceEdit(model, moved, `\n${trailing.text}`)], preferred: true }] }));
    }
  },
};
