import type { Range } from 'vscode-languageserver-types';
import type { Span, XlAtom } from '../../xl/ast';
import { scalarOf, type XlModel } from '../xl/model';
import type { Identity } from './identity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The domain name, the pinned UUID and every vif MAC of an xl config, read
 * as xl reads them: only the value in effect (a later `=` hides earlier
 * ones), MACs from the vif spec analysis (already six normalised octets).
 */
export function xlIdentities(model: XlModel): Identity[] {
  const identities: Identity[] = [];
  const rangeOf = (span: Span): Range => ({ start: model.lines.positionAt(span.start), end: model.lines.positionAt(span.end) });

  const scalarIdentity = (key: string, kind: 'domain-name' | 'uuid', normalise: (text: string) => string | undefined): void => {
    const text = scalarOf(model, key);
    const value = model.bindings.get(key)?.value;
    if (text === undefined || value?.kind !== 'scalar') return;
    const normalised = normalise(text);
    if (normalised === undefined) return;
    identities.push({ kind, value: normalised, range: rangeOf(value.viaPlusEquals ? value.node.span : innerSpan(value.node)) });
  };
  scalarIdentity('name', 'domain-name', (text) => (text === '' ? undefined : text));
  // xl stops on a malformed uuid, so only well-formed ones can clash
  scalarIdentity('uuid', 'uuid', (text) => (UUID.test(text) ? text.toLowerCase() : undefined));

  for (const spec of model.specs) {
    if (spec.language !== 'vif' || !spec.effective) continue;
    for (const item of spec.analysis.items) {
      const mac = item.facts.mac;
      const field = item.fields.find((candidate) => candidate.key === 'mac');
      if (mac === undefined || !field) continue;
      identities.push({ kind: 'mac', value: mac.toLowerCase(), range: rangeOf(field.valueSpan) });
    }
  }
  return identities;
}

/** A string's content without its quotes; a number as written. */
function innerSpan(node: XlAtom): Span {
  if (node.kind !== 'string') return node.span;
  return { start: node.valueOffsetToDocument(0), end: node.valueOffsetToDocument(node.value.length) };
}
