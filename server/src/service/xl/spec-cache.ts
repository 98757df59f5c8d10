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
  readonly table: Map<string, Entry>;
  readonly key: string;
  base: number;
  items: readonly SpecItem[];
  issues: readonly SpecIssue[];
  /** hit since the eviction sweep last passed it (second-chance eviction) */
  referenced: boolean;
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
  /** one table per language (and guest type, for usbctrl): keys are the raw item texts, no concatenation per lookup */
  private readonly tables = new Map<string, Map<string, Entry>>();
  /** insertion order, for eviction; `head` is the oldest */
  private queue: Entry[] = [];
  private head = 0;
  private size = 0;
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
    const table = this.table(dependency === 'guest-type' ? `${language}\0${context.guestType}` : language);
    const items: SpecItem[] = [];
    const issues: SpecIssue[] = [];
    const list = value.items;
    for (let index = 0; index < list.length; index++) {
      const item = list[index];
      // xl stops reading a list at a nested list (listTexts does the same)
      if (item.kind === 'list') break;
      const entry = this.lookup(table, language, dependency, item, index, context);
      for (const found of entry.items) items.push(found);
      for (const found of entry.issues) issues.push(found);
    }
    return { items, issues };
  }

  stats(): SpecCacheStats {
    return { hits: this.hits, misses: this.misses, entries: this.size, chars: this.chars };
  }

  clear(): void {
    this.tables.clear();
    this.queue = [];
    this.head = 0;
    this.size = 0;
    this.chars = 0;
  }

  private table(name: string): Map<string, Entry> {
    let table = this.tables.get(name);
    if (!table) {
      table = new Map();
      this.tables.set(name, table);
    }
    return table;
  }

  private lookup(table: Map<string, Entry>, language: XlSpecLanguage, dependency: ItemDependency, item: XlAtom, index: number, context: SpecContext): Entry {
    const key = dependency === 'index' ? `${index}\0${item.raw}` : item.raw;
    const base = item.span.start;
    const hit = table.get(key);
    if (hit) {
      this.hits++;
      hit.referenced = true;
      if (hit.base !== base) moveEntry(hit, base);
      return hit;
    }
    this.misses++;
    const analysis = analyseItem(language, dependency, item, index, context);
    const entry: Entry = { table, key: detached(key), base, items: analysis.items, issues: analysis.issues, referenced: false };
    table.set(entry.key, entry);
    this.queue.push(entry);
    this.size++;
    this.chars += key.length;
    this.evict();
    return entry;
  }

  /** Oldest first, but an entry hit since it was queued gets one more round (an LRU approximation with O(1) hits). */
  private evict(): void {
    while (this.size > this.maxEntries || (this.chars > this.maxChars && this.size > 1)) {
      const oldest = this.queue[this.head++];
      if (oldest.referenced) {
        oldest.referenced = false;
        this.queue.push(oldest);
        continue;
      }
      oldest.table.delete(oldest.key);
      this.size--;
      this.chars -= oldest.key.length;
    }
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
  }
}

/**
 * A copy of `text` that does not share memory with the document it was cut
 * from: V8 keeps a slice's whole parent string alive, and a cache entry must
 * not pin every old version of a large file. (Strings under 13 characters are
 * always copies already.)
 */
function detached(text: string): string {
  return text.length < 13 ? text : (` ${text}`).slice(1);
}

function analyseItem(language: XlSpecLanguage, dependency: ItemDependency, item: XlAtom, index: number, context: SpecContext): SpecAnalysis {
  const single: XlList = { kind: 'list', span: item.span, items: [item], commas: [], open: item.span };
  const analysis = analyseSpec(language, single, context);
  return {
    items: analysis.items.map((found): SpecItem => ({
      span: found.span,
      fields: found.fields.map((field): SpecField => ({ ...field, key: detached(field.key), value: detached(field.value) })),
      essence: detached(found.essence),
      facts: dependency === 'index' ? { ...detachedRecord(found.facts), devid: String(index) } : detachedRecord(found.facts),
    })),
    issues: analysis.issues.map((issue): SpecIssue => (issue.data
      ? { ...issue, message: detached(issue.message), data: detachedRecord(issue.data) }
      : { ...issue, message: detached(issue.message) })),
  };
}

function detachedRecord(record: Readonly<Record<string, string>>): Record<string, string> {
  const copy: Record<string, string> = {};
  for (const key in record) copy[key] = detached(record[key]);
  return copy;
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
