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
  /** the item's raw text (a copy), for the whole-list check */
  readonly raw: string;
  /** false once evicted: a list built on it then misses too */
  alive: boolean;
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

/**
 * A whole list as analysed last time, to skip the per-item lookups (and
 * the hashing of every item text) when none of its items changed or moved
 * against each other. It serves only what the item entries still hold.
 */
interface ListEntry {
  readonly entries: readonly Entry[];
  /** each item's offset from the list's first item */
  readonly offsets: readonly number[];
  base: number;
  items: readonly SpecItem[];
  issues: readonly SpecIssue[];
}

/** lists remembered; one per spec key of the few open configs is plenty */
const MAX_LISTS = 32;

export interface SpecCacheStats {
  readonly hits: number;
  readonly misses: number;
  readonly entries: number;
  readonly chars: number;
}

export class SpecCache {
  /** one table per language (and guest type, for usbctrl): keys are the raw item texts, no concatenation per lookup */
  private readonly tables = new Map<string, Map<string, Entry>>();
  /** by table and item count */
  private readonly lists = new Map<string, ListEntry>();
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
    const tableName = dependency === 'guest-type' ? `${language}\0${context.guestType}` : language;
    const list = value.items;
    // xl stops reading a list at a nested list (listTexts does the same)
    let count = 0;
    while (count < list.length && list[count].kind !== 'list') count++;
    const atoms = list as readonly XlAtom[];
    const listKey = `${tableName}\0${count}`;
    const known = this.lists.get(listKey);
    if (known && this.unchanged(known, atoms, count)) {
      this.hits += count;
      for (const entry of known.entries) entry.referenced = true;
      if (count > 0 && known.base !== atoms[0].span.start) moveEntry(known, atoms[0].span.start);
      return { items: known.items, issues: known.issues };
    }
    const table = this.table(tableName);
    const entries: Entry[] = [];
    const items: SpecItem[] = [];
    const issues: SpecIssue[] = [];
    for (let index = 0; index < count; index++) {
      const atom = atoms[index];
      // typing inside one item: the others are found by position, without hashing their text
      const previous = known?.entries[index];
      const entry = previous !== undefined && previous.alive && previous.raw === atom.raw
        ? this.reuse(previous, atom)
        : this.lookup(table, language, dependency, atom, index, context);
      entries.push(entry);
      for (const found of entry.items) items.push(found);
      for (const found of entry.issues) issues.push(found);
    }
    this.remember(listKey, atoms, entries, items, issues);
    return { items, issues };
  }

  /** Same item texts at the same distances from the first item, all still cached. */
  private unchanged(known: ListEntry, atoms: readonly XlAtom[], count: number): boolean {
    if (known.entries.length !== count) return false;
    const first = count > 0 ? atoms[0].span.start : 0;
    for (let index = 0; index < count; index++) {
      const entry = known.entries[index];
      const atom = atoms[index];
      if (!entry.alive || known.offsets[index] !== atom.span.start - first || entry.raw !== atom.raw) return false;
    }
    return true;
  }

  private remember(listKey: string, atoms: readonly XlAtom[], entries: Entry[], items: SpecItem[], issues: SpecIssue[]): void {
    const first = atoms.length > 0 && entries.length > 0 ? atoms[0].span.start : 0;
    const offsets = entries.map((_, index) => atoms[index].span.start - first);
    this.lists.delete(listKey);
    this.lists.set(listKey, { entries, offsets, base: first, items, issues });
    if (this.lists.size > MAX_LISTS) this.lists.delete(this.lists.keys().next().value as string);
  }

  /**
   * Whether a file with this many list items is worth caching: an LRU pass
   * over more items than it holds evicts each before its next use, so such a
   * file would pay for the cache and never hit.
   */
  holds(itemCount: number): boolean {
    return itemCount <= this.maxEntries;
  }

  stats(): SpecCacheStats {
    return { hits: this.hits, misses: this.misses, entries: this.size, chars: this.chars };
  }

  clear(): void {
    for (let index = this.head; index < this.queue.length; index++) this.queue[index].alive = false;
    this.tables.clear();
    this.lists.clear();
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

  private reuse(entry: Entry, atom: XlAtom): Entry {
    this.hits++;
    entry.referenced = true;
    if (entry.base !== atom.span.start) moveEntry(entry, atom.span.start);
    return entry;
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
    const raw = detached(item.raw);
    const entry: Entry = {
      table, key: dependency === 'index' ? `${index}\0${raw}` : raw, raw, alive: true, base, items: analysis.items, issues: analysis.issues, referenced: false,
    };
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
      oldest.alive = false;
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
      fields: found.fields.map((field): SpecField => (field.keySpan
        ? { key: detached(field.key), keySpan: field.keySpan, value: detached(field.value), valueSpan: field.valueSpan }
        : { key: detached(field.key), value: detached(field.value), valueSpan: field.valueSpan })),
      essence: detached(found.essence),
      facts: dependency === 'index' ? { ...detachedRecord(found.facts), devid: String(index) } : detachedRecord(found.facts),
    })),
    issues: analysis.issues.map((issue): SpecIssue => (issue.data
      ? { span: issue.span, message: detached(issue.message), code: issue.code, severity: issue.severity, data: detachedRecord(issue.data) }
      : { span: issue.span, message: detached(issue.message), code: issue.code, severity: issue.severity })),
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
function moveEntry(entry: Entry | ListEntry, base: number): void {
  const delta = base - entry.base;
  entry.base = base;
  entry.items = entry.items.map((item) => shiftItem(item, delta));
  entry.issues = entry.issues.map((issue) => shiftIssue(issue, delta));
}

// Written out field by field: object spread is several times slower, and a
// 2,000-disk list moves on every keystroke typed above it.
function shiftItem(item: SpecItem, delta: number): SpecItem {
  const fields: SpecField[] = new Array<SpecField>(item.fields.length);
  for (let index = 0; index < fields.length; index++) fields[index] = shiftField(item.fields[index], delta);
  return { span: shift(item.span, delta), fields, essence: item.essence, facts: item.facts };
}

function shiftIssue(issue: SpecIssue, delta: number): SpecIssue {
  const span = shift(issue.span, delta);
  return issue.data
    ? { span, message: issue.message, code: issue.code, severity: issue.severity, data: issue.data }
    : { span, message: issue.message, code: issue.code, severity: issue.severity };
}

function shift(span: Span, delta: number): Span {
  return { start: span.start + delta, end: span.end + delta };
}

function shiftField(field: SpecField, delta: number): SpecField {
  return field.keySpan
    ? { key: field.key, keySpan: shift(field.keySpan, delta), value: field.value, valueSpan: shift(field.valueSpan, delta) }
    : { key: field.key, value: field.value, valueSpan: shift(field.valueSpan, delta) };
}

/**
 * The cache the language service uses. 8,192 items cover configs far larger
 * than anyone writes by hand; a generated file with more simply misses.
 */
export const sharedSpecCache = new SpecCache();

export function analyseSpecCached(language: XlSpecLanguage, value: XlValue, context: SpecContext): SpecAnalysis {
  return sharedSpecCache.analyse(language, value, context);
}

/** How many items of `value` the cache would hold (the atoms of an item-by-item language's list). */
export function cachedItemCount(language: XlSpecLanguage, value: XlValue): number {
  if (itemwise[language] === undefined || value.kind !== 'list') return 0;
  let count = 0;
  while (count < value.items.length && value.items[count].kind !== 'list') count++;
  return count;
}

/** The analyser for one file's values: through the shared cache, unless the file has more items than it holds. */
export function specAnalyserFor(itemCount: number): (language: XlSpecLanguage, value: XlValue, context: SpecContext) => SpecAnalysis {
  return sharedSpecCache.holds(itemCount) ? analyseSpecCached : analyseSpec;
}
