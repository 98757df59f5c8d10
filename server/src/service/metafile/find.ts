import type { MetafileSection, MetafileValueLine, MetafileWord } from '../../metafile/ast';
import type { MetafileModel } from './model';

export type Found =
  | { readonly part: 'header'; readonly section: MetafileSection }
  | { readonly part: 'value'; readonly section: MetafileSection; readonly line: MetafileValueLine; readonly word?: MetafileWord };

/** The header or value under an offset (the end of a token counts as inside). */
export function nodeAt(model: MetafileModel, offset: number): Found | undefined {
  for (const section of model.ast.sections) {
    if (offset < section.header.span.start || offset > section.span.end) continue;
    if (offset <= section.header.span.end) return { part: 'header', section };
    for (const line of section.values) {
      if (offset < line.span.start || offset > line.span.end) continue;
      const word = line.words.find((candidate) => offset >= candidate.span.start && offset <= candidate.span.end);
      return { part: 'value', section, line, ...(word ? { word } : {}) };
    }
  }
  return undefined;
}

/** The section whose values a line at `offset` would belong to: the last header before it. */
export function sectionBefore(model: MetafileModel, offset: number): MetafileSection | undefined {
  let found: MetafileSection | undefined;
  for (const section of model.ast.sections) {
    if (section.header.span.start > offset) break;
    found = section;
  }
  return found;
}
