/**
 * A re-implementation of the flex scanner behind DISK_SPEC (libxlu_disk_l.l):
 * at each position every rule is tried, the longest match wins (trailing
 * context counts towards the length) and ties go to the earlier rule.
 */

import { diskPrefixes } from '../../schema/xl/spec-keys/disk';

export type DiskRuleName =
  | 'blank' | 'format' | 'cdrom' | 'devtype-cdrom' | 'devtype-disk' | 'devtype-other'
  | 'access' | 'backend' | 'backendtype' | 'specification' | 'vdev' | 'script'
  | 'direct-io-safe' | 'discard' | 'no-discard' | 'colo' | 'no-colo'
  | 'colo-host' | 'colo-port' | 'colo-export' | 'active-disk' | 'hidden-disk'
  | 'trusted' | 'untrusted' | 'grant_usage-1' | 'grant_usage-0' | 'target'
  | 'unknown-parameter' | 'prefix-format' | 'prefix-script' | 'prefix-ignored'
  | 'prefix-unknown' | 'positional' | 'bad-syntax';

export interface DiskToken {
  readonly rule: DiskRuleName;
  readonly start: number;
  /** end of yytext (trailing context excluded, a trailing comma included) */
  readonly end: number;
}

interface Match {
  /** length used to pick the rule (includes trailing context) */
  readonly total: number;
  /** length of yytext */
  readonly text: number;
}

type Matcher = (s: string, pos: number) => Match | undefined;

const isBlank = (ch: string | undefined): boolean => ch === ' ' || ch === '\t' || ch === '\n';
/** char-code tests: a regex per character made this scanner the hottest code of a large config */
const isLowerCode = (code: number): boolean => code >= 97 && code <= 122;
const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;

/** The characters a fixed-word rule can start with; rules not listed may match anywhere. */
const leadingChars = new Map<Matcher, string>();

function startingWith<T extends Matcher>(firsts: string, matcher: T): T {
  if (firsts.length > 0) leadingChars.set(matcher, firsts);
  return matcher;
}

function same(length: number): Match {
  return { total: length, text: length };
}

/** `word=[^,]*,?` */
function keyValue(word: string): Matcher {
  const head = `${word}=`;
  return startingWith(head[0], (s, pos) => {
    if (!s.startsWith(head, pos)) return undefined;
    let end = pos + head.length;
    while (end < s.length && s[end] !== ',') end++;
    if (s[end] === ',') end++;
    return same(end - pos);
  });
}

/** `word,?` */
function flag(word: string): Matcher {
  const matcher: Matcher = (s, pos) => {
    if (!s.startsWith(word, pos)) return undefined;
    const length = word.length + (s[pos + word.length] === ',' ? 1 : 0);
    return same(length);
  };
  return word === '' ? matcher : startingWith(word[0], matcher);
}

/** `(a|b|…):/.*` — the trailing `.*` makes these win over everything else. */
function prefix(words: readonly string[]): Matcher {
  const heads = words.map((word) => `${word}:`);
  return startingWith(heads.map((head) => head[0]).join(''), (s, pos) => {
    for (const head of heads) {
      if (s.startsWith(head, pos)) return { total: s.length - pos, text: head.length };
    }
    return undefined;
  });
}

const blank: Matcher = (s, pos) => {
  let end = pos;
  while (end < s.length && isBlank(s[end])) end++;
  if (end === pos) return undefined;
  return { total: end < s.length ? s.length - pos : end - pos, text: end - pos };
};

const target: Matcher = startingWith('t', (s, pos) => (s.startsWith('target=', pos) ? same(s.length - pos) : undefined));

/** `[a-z][-a-z0-9]*=[^,],?` — note: exactly one value character. */
const unknownParameter: Matcher = (s, pos) => {
  if (!isLowerCode(s.charCodeAt(pos))) return undefined;
  let end = pos + 1;
  for (let code = s.charCodeAt(end); code === 45 || isLowerCode(code) || isDigitCode(code); code = s.charCodeAt(end)) end++;
  if (s[end] !== '=' || end + 1 >= s.length || s[end + 1] === ',') return undefined;
  end += 2;
  if (s[end] === ',') end++;
  return same(end - pos);
};

/** `[a-z][a-z0-9]*:/([^a-z0-9].*)?` */
const unknownPrefix: Matcher = (s, pos) => {
  if (!isLowerCode(s.charCodeAt(pos))) return undefined;
  let end = pos + 1;
  for (let code = s.charCodeAt(end); isLowerCode(code) || isDigitCode(code); code = s.charCodeAt(end)) end++;
  if (s[end] !== ':') return undefined;
  const afterColon = end + 1;
  if (afterColon >= s.length) return same(afterColon - pos);
  const next = s.charCodeAt(afterColon);
  if (isLowerCode(next) || isDigitCode(next)) return undefined;
  return { total: s.length - pos, text: afterColon - pos };
};

/** `[^=,]*,|[^=,]+,?` */
const positional: Matcher = (s, pos) => {
  let end = pos;
  while (end < s.length && s[end] !== '=' && s[end] !== ',') end++;
  if (s[end] === ',') return same(end + 1 - pos);
  return end > pos ? same(end - pos) : undefined;
};

const anything: Matcher = (s, pos) => (pos < s.length ? { total: 1, text: s.length - pos } : undefined);

/** In the order of the .l file, which breaks ties. */
const rules: readonly (readonly [DiskRuleName, Matcher])[] = [
  ['blank', blank],
  ['format', keyValue('format')],
  ['cdrom', flag('cdrom')],
  ['devtype-cdrom', flag('devtype=cdrom')],
  ['devtype-disk', flag('devtype=disk')],
  ['devtype-other', keyValue('devtype')],
  ['access', keyValue('access')],
  ['backend', keyValue('backend')],
  ['backendtype', keyValue('backendtype')],
  ['specification', keyValue('specification')],
  ['vdev', keyValue('vdev')],
  ['script', keyValue('script')],
  ['direct-io-safe', flag('direct-io-safe')],
  ['discard', flag('discard')],
  ['no-discard', flag('no-discard')],
  ['colo', flag('colo')],
  ['no-colo', flag('no-colo')],
  ['colo-host', keyValue('colo-host')],
  ['colo-port', keyValue('colo-port')],
  ['colo-export', keyValue('colo-export')],
  ['active-disk', keyValue('active-disk')],
  ['hidden-disk', keyValue('hidden-disk')],
  ['trusted', flag('trusted')],
  ['untrusted', flag('untrusted')],
  ['grant_usage-1', flag('grant_usage=1')],
  ['grant_usage-0', flag('grant_usage=0')],
  ['target', target],
  ['unknown-parameter', unknownParameter],
  ['prefix-format', prefix(diskPrefixes.format)],
  ['prefix-script', prefix(diskPrefixes.script)],
  ['prefix-ignored', prefix(diskPrefixes.ignored)],
  ['prefix-unknown', unknownPrefix],
  ['positional', positional],
  ['bad-syntax', anything],
];

/** Per ASCII character, the rules that can match there, still in .l order: a fixed word rules out most. */
const rulesByFirstChar = new Map<number, readonly (readonly [DiskRuleName, Matcher])[]>();

function rulesAt(s: string, pos: number): readonly (readonly [DiskRuleName, Matcher])[] {
  const code = s.charCodeAt(pos);
  let found = rulesByFirstChar.get(code);
  if (!found) {
    const char = pos < s.length ? s[pos] : '';
    found = rules.filter(([, matcher]) => {
      const firsts = leadingChars.get(matcher);
      return firsts === undefined || (char !== '' && firsts.includes(char));
    });
    if (code < 128) rulesByFirstChar.set(code, found);
  }
  return found;
}

/** The next token at `pos` (never empty while `pos` is inside the string). */
export function nextDiskToken(s: string, pos: number): DiskToken | undefined {
  let bestName: DiskRuleName | undefined;
  let best: Match | undefined;
  for (const [name, matcher] of rulesAt(s, pos)) {
    const match = matcher(s, pos);
    if (match && (!best || match.total > best.total)) {
      bestName = name;
      best = match;
    }
  }
  return best && bestName ? { rule: bestName, start: pos, end: pos + best.text } : undefined;
}
