import type { Range } from 'vscode-languageserver-types';
import type { Span } from '../../vz/ast';
import { innerSpan, splitItems } from '../../vz/parts';
import { fileKindOf } from '../vz/file-kind';
import type { VzModel } from '../vz/model';
import { LineIndex } from '../line-index';
import type { Identity } from './identity';
import { normaliseIp } from './ip';

/** A legacy numeric CTID, or a Virtuozzo 7 UUID-like one (reference openvz.md §1.1). */
const CTID = /^(?:\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/**
 * The CTID and the IP addresses of a container config. Only container
 * configs count: vz.conf, 0.conf and `ve-*.conf-sample` describe no
 * container. The CTID comes from the file name `<CTID>.conf` (what vzctl
 * uses); a file with another name (a Virtuozzo 7 `ve.conf`) falls back to
 * its VEID. Without a `uri` there is no file name and so no CTID.
 */
export function vzIdentities(model: VzModel, uri: string | undefined): Identity[] {
  const base = uri === undefined ? undefined : baseNameOf(uri);
  if (base?.endsWith('.conf-sample')) return [];
  if (fileKindOf(uri ?? '', model.file) !== 'container') return [];
  const lines = new LineIndex(model.file.text);
  const rangeOf = (span: Span): Range => ({ start: lines.positionAt(span.start), end: lines.positionAt(span.end) });
  const identities: Identity[] = [];

  const ctid = ctidIdentity(model, base, rangeOf);
  if (ctid) identities.push(ctid);

  const ips = model.effective.get('IP_ADDRESS');
  if (ips) {
    const seen = new Set<string>();
    for (const item of splitItems(ips.node.value, ' \t')) {
      const value = normaliseIp(item.text);
      // a repeat inside one file is that file's own business, not a clash between files
      if (value === undefined || seen.has(value)) continue;
      seen.add(value);
      identities.push({ kind: 'container-ip', value, range: rangeOf(item.span) });
    }
  }
  return identities;
}

function ctidIdentity(model: VzModel, base: string | undefined, rangeOf: (span: Span) => Range): Identity | undefined {
  const veid = model.effective.get('VEID');
  const veidText = veid?.node.value.text;
  const stem = base?.endsWith('.conf') ? base.slice(0, -'.conf'.length) : undefined;
  // vzctl builds the path from the number (`%d.conf`), so a file name is taken as written
  const fromName = stem !== undefined && CTID.test(stem) ? stem.toLowerCase() : undefined;
  const fromVeid = veid && veidText !== undefined && /^\d+$/.test(veidText) ? normaliseCtid(veidText) : undefined;
  const value = fromName ?? (base === undefined ? undefined : fromVeid);
  if (value === undefined) return undefined;
  // point at VEID when it states the same CTID, else at the start of the file
  const range = veid && fromVeid === value
    ? rangeOf(innerSpan(veid.node.value))
    : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return { kind: 'ctid', value, range };
}

function normaliseCtid(text: string): string {
  return /^\d+$/.test(text) ? String(Number(text)) : text.toLowerCase();
}

function baseNameOf(uri: string): string {
  let path = uri.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // a malformed escape: the raw text is the best name we have
  }
  const segments = path.replace(/\\/g, '/').split('/');
  return segments[segments.length - 1] ?? '';
}
