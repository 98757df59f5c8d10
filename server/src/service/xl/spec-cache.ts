/**
 * A bounded cache of spec analyses per list item, kept across document
 * versions: typing in one line of a 2,000-disk config re-analyses that line's
 * item only. An item's analysis is pure in its raw text (quotes and escapes
 * included, which fix the offset mapping) plus, for a few languages, its
 * position or the guest type; every span it reports lies inside the item, so a
 * hit at a new position is shifted by the distance the item moved.
 *
 * Only languages whose analyser reads each list item on its own are cached
 * item by item; the others (cpulist, smbios, vnuma, …) look across items or at
 * other keys and are analysed whole, as before. The equivalence with the plain
 * analysers is tested on every language (test/unit/service/xl/spec-cache.test.ts).
 */
import type { Span, XlAtom, XlList, XlValue } from '../../xl/ast';
import type { XlSpecLanguage } from '../../schema/xl/key-def';
import { analyseSpec } from '../../xl/specs/index';
import type { SpecAnalysis, SpecContext, SpecField, SpecIssue, SpecItem } from '../../xl/specs/types';

/**
 * What an item's analysis depends on besides its text: nothing, the guest
 * type (usbctrl), or its index in the list (vif numbers its devices by
 * position; the index is its only use, as the `devid` fact).
 */
type ItemDependency = 'text' | 'guest-type' | 'index';

const itemwise: Partial<Record<XlSpecLanguage, ItemDependency>> = {
  disk: 'text', pci: 'text', channel: 'text', p9: 'text', ioports: 'text', iomem: 'text', irqs: 'text',
  llc_colors: 'text', pvcalls: 'text', usbdev: 'text', vdispl: 'text', virtio: 'text', vkb: 'text',
  vtpm: 'text', xenstore_quota: 'text', vfb: 'text', usbctrl: 'guest-type', vif: 'index',
};

/** One item's analysis, placed at `base` (the item's document offset when it was stored). */
interface Entry {
  base: number;
  items: readonly SpecItem[];
  issues: readonly SpecIssue[];
}

export interface SpecCacheOptions {
  /** most items kept */
  readonly maxEntries?: number;
  /** most characters of item text kept (the keys), so a few huge items cannot pin memory */
  readonly maxChars?: number;
}

export interface SpecCacheStats {
  readonly hits: number;
  readonly misses: number;
  readonly entries: number;
  readonly chars: number;
}

export class SpecCache {
  private readonly entries = new Map<string, Entry>();
  private readonly maxEntries: number;
  private readonly maxChars: number;
  private chars = 0;
  private hits = 0;
  private misses = 0;

  constructor(options: SpecCacheOptions = {}) {
    this.maxEntries = Math.max(1, options.maxEntries ?? 8192);
    this.maxChars = Math.max(1, options.maxChars ?? 4 * 1024 * 1024);
  }

  /** Same result as `analyseSpec(language, value, context)`, reusing the analyses of unchanged items. */
  analyse(language: XlSpecLanguage, value: XlValue, context: SpecContext): SpecAnalysis {
    const dependency = itemwise[language];
    if (dependency === undefined || value.kind !== 'list') return analyseSpec(language, value, context);
    const items: SpecItem[] = [];
    const issues: SpecIssue[] = [];
    const list = value.items;
    for (let index = 0; index < list.length; index++) {
      const item = list[index];
      // xl stops reading a list at a nested list (listTexts does the same)
      if (item.kind === 'list') break;
      const entry = this.lookup(language, dependency, item, index, context);
      for (const found of entry.items) items.push(found);
      for (const found of entry.issues) issues.push(found);
    }
    return { items, issues };
  }

  stats(): SpecCacheStats {
    return { hits: this.hits, misses: this.misses, entries: this.entries.size, chars: this.chars };
  }

  clear(): void {
    this.entries.clear();
    this.chars = 0;
  }

  private lookup(language: XlSpecLanguage, dependency: ItemDependency, item: XlAtom, index: number, context: SpecContext): Entry {
    const key = dependency === 'text' ? `${language}\0${item.raw}`
      : dependency === 'index' ? `${language}\0${index}\0${item.raw}`
        : `${language}\0${context.guestType}\0${item.raw}`;
    const base = item.span.start;
    const hit = this.entries.get(key);
    if (hit) {
      this.hits++;
      // most recently used goes last; eviction takes the first
      this.entries.delete(key);
      this.entries.set(key, hit);
      if (hit.base !== base) moveEntry(hit, base);
      return hit;
    }
    this.misses++;
    const entry = analyseItem(language, dependency, item, index, context);
    this.entries.set(key, entry);
    this.chars += key.length;
    this.evict();
    return entry;
  }

  private evict(): void {
    while (this.entries.size > this.maxEntries || (this.chars > this.maxChars && this.entries.size > 1)) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
      this.chars -= oldest.length;
    }
  }
}

function analyseItem(language: XlSpecLanguage, dependency: ItemDependency, item: XlAtom, index: number, context: SpecContext): Entry {
  const single: XlList = { kind: 'list', span: item.span, items: [item], commas: [], open: item.span };
  const analysis = analyseSpec(language, single, context);
  const items = dependency === 'index'
    ? analysis.items.map((found) => ({ ...found, facts: { ...found.facts, devid: String(index) } }))
    : analysis.items;
  return { base: item.span.start, items, issues: analysis.issues };
}

/**
 * Re-places a hit at the item's new offset. New objects, never edits: the
 * analysis handed out for an older version stays as it was.
 */
function moveEntry(entry: Entry, base: number): void {
  const delta = base - entry.base;
  entry.base = base;
  entry.items = entry.items.map((item) => ({ ...item, span: shift(item.span, delta), fields: item.fields.map((field) => shiftField(field, delta)) }));
  entry.issues = entry.issues.map((issue) => ({ ...issue, span: shift(issue.span, delta) }));
}

function shift(span: Span, delta: number): Span {
  return { start: span.start + delta, end: span.end + delta };
}

function shiftField(field: SpecField, delta: number): SpecField {
  const moved: SpecField = { ...field, valueSpan: shift(field.valueSpan, delta) };
  return field.keySpan ? { ...moved, keySpan: shift(field.keySpan, delta) } : moved;
}

/**
 * The cache the language service uses. 8,192 items cover configs far larger
 * than anyone writes by hand; a generated file with more simply misses.
 */
export const sharedSpecCache = new SpecCache();

export function analyseSpecCached(language: XlSpecLanguage, value: XlValue, context: SpecContext): SpecAnalysis {
  return sharedSpecCache.analyse(language, value, context);
}
