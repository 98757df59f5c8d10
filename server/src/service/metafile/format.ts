import type { TextEdit } from 'vscode-languageserver-types';
import { sectionDef } from '../../schema/metafile/index';
import type { MetafileModel } from './model';

/** Sections whose files vztt reads with trailing blanks stripped, so dropping them changes nothing. */
const TRIMMED_SHAPES = new Set(['word', 'integer', 'package-list', 'install-steps', 'url-list', 'word-list']);

/**
 * Conservative layout: trailing blanks go where vzmktmpl or vztt ignores
 * them, runs of blank lines shrink to one, no blank lines at the start or
 * the end, one final line break. Line endings and everything else stay.
 */
export function formatMetafileText(text: string): string {
  const hasFinalBreak = /\r?\n$|\r$/.test(text);
  const pieces = text.split(/(\r\n|\r|\n)/);
  const lines: { content: string; eol: string }[] = [];
  for (let i = 0; i < pieces.length; i += 2) lines.push({ content: pieces[i], eol: pieces[i + 1] ?? '' });
  if (hasFinalBreak && lines.length > 0 && lines[lines.length - 1].content === '') lines.pop();
  const defaultEol = lines.find((line) => line.eol !== '')?.eol ?? '\n';

  const out: { content: string; eol: string }[] = [];
  let section: string | undefined;
  for (const line of lines) {
    const { content } = line;
    if (/^[ \t]*$/.test(content)) {
      if (out.length > 0 && out[out.length - 1].content !== '') out.push({ content: '', eol: line.eol || defaultEol });
      continue;
    }
    let formatted = content;
    if (content.startsWith('%')) {
      const space = content.indexOf(' ');
      section = content.slice(1, space < 0 ? content.length : space);
      // a tab belongs to the section name for vzmktmpl, so only blanks after the separating space go
      formatted = space < 0 ? content : content.slice(0, space) + content.slice(space).replace(/[ \t]+$/, '');
    } else if (/^[ \t]*#/.test(content)) {
      formatted = content.replace(/[ \t]+$/, '');
    } else {
      const def = section === undefined ? undefined : sectionDef(section);
      if (def && TRIMMED_SHAPES.has(def.shape)) formatted = content.replace(/[ \t]+$/, '');
    }
    out.push({ content: formatted, eol: line.eol || defaultEol });
  }
  while (out.length > 0 && out[out.length - 1].content === '') out.pop();
  if (out.length === 0) return '';
  return out.map((line) => line.content + line.eol).join('');
}

export function formatMetafile(model: MetafileModel): TextEdit[] {
  const formatted = formatMetafileText(model.text);
  if (formatted === model.text) return [];
  return [{ range: model.lines.range({ start: 0, end: model.text.length }), newText: formatted }];
}
