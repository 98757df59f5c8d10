import type { VzDialect, VzItem, VzValue } from '../../../vz/ast';
import { BLANKS, innerSpan, splitItems, textSpan } from '../../../vz/parts';
import type { VzSpecialGrammar } from '../../../schema/vz/param-def';
import { LEGACY_NETIF_FIELDS, VE_LAYOUTS, VZ7_DISK_FIELDS, VZ7_NETIF_FIELDS } from '../../../schema/vz/enums';
import { readSide } from './numbers';
import { checkIpItem, checkItem } from './items';
import { closest, type ProblemSink } from './problem';

/** Grammars of the parameters whose values have their own little language. */

const MAC = /^[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}$/;
const IFNAMSIZ = 16;

interface Field { readonly key: string; readonly keySpan: VzItem['span']; readonly value: VzItem }

/** `key=value` fields of one `;`-separated entry; for NETIF, `ip6=` takes the rest of the entry. */
function fieldsOf(value: VzValue, entry: VzItem, restKeys: readonly string[]): Field[] {
  const fields: Field[] = [];
  let at = entry.at;
  const end = entry.at + entry.text.length;
  while (at < end) {
    const eq = value.text.indexOf('=', at);
    const comma = value.text.indexOf(',', at);
    const fieldEnd = comma < 0 || comma > end ? end : comma;
    if (eq < 0 || eq >= fieldEnd) {
      const text = value.text.slice(at, fieldEnd);
      if (text !== '') fields.push({ key: text, keySpan: textSpan(value, at, fieldEnd), value: { text: '', span: textSpan(value, fieldEnd, fieldEnd), at: fieldEnd } });
      at = fieldEnd + 1;
      continue;
    }
    const key = value.text.slice(at, eq);
    const valueEnd = restKeys.includes(key) ? end : fieldEnd;
    fields.push({ key, keySpan: textSpan(value, at, eq), value: { text: value.text.slice(eq + 1, valueEnd), span: textSpan(value, eq + 1, valueEnd), at: eq + 1 } });
    at = valueEnd + 1;
  }
  return fields;
}

function checkChoice(field: Field, choices: readonly string[], sink: ProblemSink, what: string): void {
  if (!choices.includes(field.value.text)) {
    sink.add('vz/invalid-enum', field.value.span, `${what}: ${field.key} must be ${choices.join(' or ')}.`);
  }
}

function checkNetif(value: VzValue, dialect: VzDialect, sink: ProblemSink): void {
  const known = dialect === 'vz7' ? VZ7_NETIF_FIELDS : LEGACY_NETIF_FIELDS;
  for (const entry of splitItems(value, ';')) {
    const fields = fieldsOf(value, entry, dialect === 'vz7' ? ['ip6'] : []);
    if (!fields.some((field) => field.key === 'ifname')) {
      sink.add('vz/invalid-value', entry.span, 'NETIF: every interface needs an `ifname=` field.');
    }
    for (const field of fields) {
      if (!known.includes(field.key)) {
        const suggestion = closest(field.key, known);
        sink.add('vz/invalid-value', field.keySpan, `NETIF: unknown field '${field.key}'.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`);
        continue;
      }
      switch (field.key) {
        case 'ifname': case 'host_ifname':
          if (field.value.text.length === 0 || field.value.text.length >= IFNAMSIZ) {
            sink.add('vz/invalid-value', field.value.span, `NETIF: ${field.key} must be 1–${IFNAMSIZ - 1} characters.`);
          }
          break;
        case 'mac': case 'host_mac':
          if (!MAC.test(field.value.text)) sink.add('vz/invalid-value', field.value.span, `NETIF: ${field.key} must look like 00:18:51:AA:BB:CC.`);
          break;
        case 'mac_filter': case 'ip_filter': checkChoice(field, ['on', 'off'], sink, 'NETIF'); break;
        case 'dhcp': case 'dhcp6': checkChoice(field, ['yes', 'no'], sink, 'NETIF'); break;
        case 'configure': checkChoice(field, ['none', 'all'], sink, 'NETIF'); break;
        case 'type': checkChoice(field, ['bridge', 'routed'], sink, 'NETIF'); break;
        case 'vport': checkChoice(field, ['ovs'], sink, 'NETIF'); break;
        case 'ip': for (const ip of splitItems(value, ':', field.value.at, field.value.at + field.value.text.length)) checkIpItem(value, ip, sink, 'NETIF ip'); break;
        case 'ip6': for (const ip of splitItems(value, ',', field.value.at, field.value.at + field.value.text.length)) checkIpItem(value, ip, sink, 'NETIF ip6'); break;
        default: break;
      }
    }
  }
}

function checkDisk(value: VzValue, sink: ProblemSink): void {
  for (const entry of splitItems(value, ';')) {
    const fields = fieldsOf(value, entry, []);
    if (!fields.some((field) => field.key === 'uuid')) sink.add('vz/invalid-value', entry.span, 'DISK: every disk needs a `uuid=` field.');
    if (!fields.some((field) => field.key === 'image' || field.key === 'device')) sink.add('vz/invalid-value', entry.span, 'DISK: every disk needs `image=` or `device=`.');
    for (const field of fields) {
      if (!VZ7_DISK_FIELDS.includes(field.key)) {
        sink.add('vz/invalid-value', field.keySpan, `DISK: unknown field '${field.key}'; vzctl skips it with a warning.`);
      } else if (field.key === 'enabled' || field.key === 'autocompact') {
        checkChoice(field, ['yes', 'no'], sink, 'DISK');
      } else if (field.key === 'size' && !/^\d+$/.test(field.value.text)) {
        sink.add('vz/invalid-number', field.value.span, 'DISK: size must be a number of KiB.');
      }
    }
  }
}

function checkMask(value: VzValue, sink: ProblemSink, what: string, words: readonly string[]): void {
  if (words.includes(value.text)) return;
  for (const item of splitItems(value, ',')) {
    const match = /^(\d+)(?:-(\d+))?$/.exec(item.text);
    if (!match) {
      sink.add('vz/invalid-value', item.span, `${what}: '${item.text}' must be a number or a range like 0-3${words.length ? ` (or ${words.join(', ')})` : ''}.`);
    } else if (Number(match[1]) >= 4096 || Number(match[2] ?? match[1]) >= 4096 || Number(match[2] ?? match[1]) < Number(match[1])) {
      sink.add('vz/out-of-range', item.span, `${what}: '${item.text}' is not a valid range below 4096.`);
    }
  }
  if (value.text.trim() === '') sink.add('vz/invalid-value', innerSpan(value), `${what}: empty value.`);
}

function checkCpulimit(value: VzValue, dialect: VzDialect, sink: ProblemSink): void {
  const percent = /^(\d+)%$/.exec(value.text);
  if (percent) {
    if (Number(percent[1]) > 100) sink.add('vz/out-of-range', innerSpan(value), 'CPULIMIT: with `%` the number may not exceed 100.');
    return;
  }
  if (/^\d+$/.test(value.text)) return;
  if (dialect === 'vz7' && /^\d+(?:m|mhz)$/i.test(value.text)) return;
  sink.add('vz/invalid-value', innerSpan(value), `CPULIMIT: '${value.text}' must be N or N%${dialect === 'vz7' ? ', or Nm / Nmhz' : ''}.`);
}

function checkIolimit(value: VzValue, dialect: VzDialect, sink: ProblemSink): void {
  const reading = readSide(value.text, 'bytes', dialect, true);
  if (!reading.ok) { sink.add(reading.code, innerSpan(value), `IOLIMIT: ${reading.message}`); return; }
  if (!reading.unlimited && reading.value > 2147483647) {
    sink.add('vz/too-large', innerSpan(value), 'IOLIMIT: above 2147483647 bytes/s; vzctl caps it there with a warning.');
  }
}

function checkMeminfo(value: VzValue, sink: ProblemSink): void {
  if (value.text === 'none') return;
  const match = /^(pages|privvmpages):(.*)$/.exec(value.text);
  if (!match) { sink.add('vz/invalid-value', innerSpan(value), 'MEMINFO must be none, pages:N or privvmpages:N.'); return; }
  if (!/^\d+$/.test(match[2]) || Number(match[2]) === 0) sink.add('vz/out-of-range', innerSpan(value), 'MEMINFO: N must be a number above 0.');
}

function checkLayout(value: VzValue, sink: ProblemSink): void {
  if (VE_LAYOUTS.some((layout) => layout.value === value.text)) return;
  if (value.text === 'ploop:raw') { sink.add('vz/invalid-value', innerSpan(value), 'VE_LAYOUT: the raw ploop format is not supported.'); return; }
  sink.add('vz/invalid-enum', innerSpan(value), 'VE_LAYOUT must be simfs or ploop[:expanded|plain].');
}

function checkInheritOrList(value: VzValue, dialect: VzDialect, sink: ProblemSink, what: string, kind: 'ip' | 'domain'): void {
  if (value.text === 'inherit') return;
  for (const item of splitItems(value, BLANKS)) {
    if (kind === 'ip') checkIpItem(value, item, sink, what, false);
    else checkItem('domain', value, item, dialect, sink, what);
  }
}

export function checkSpecial(grammar: VzSpecialGrammar, value: VzValue, dialect: VzDialect, sink: ProblemSink): void {
  switch (grammar) {
    case 'cpulimit': checkCpulimit(value, dialect, sink); return;
    case 'iolimit': checkIolimit(value, dialect, sink); return;
    case 'meminfo': checkMeminfo(value, sink); return;
    case 'cpumask': checkMask(value, sink, 'CPUMASK', ['all', 'auto']); return;
    case 'nodemask': checkMask(value, sink, 'NODEMASK', ['all']); return;
    case 've-layout': checkLayout(value, sink); return;
    case 'netif': checkNetif(value, dialect, sink); return;
    case 'disk': checkDisk(value, sink); return;
    case 'memguarantee':
      if (value.text !== 'auto' && !/^\d+$/.test(value.text)) sink.add('vz/invalid-value', innerSpan(value), `'${value.text}' must be auto or a number.`);
      return;
    case 'nameserver': checkInheritOrList(value, dialect, sink, 'NAMESERVER', 'ip'); return;
    case 'searchdomain': checkInheritOrList(value, dialect, sink, 'SEARCHDOMAIN', 'domain'); return;
    case 'hostname':
      if (/\s/.test(value.text)) sink.add('vz/invalid-value', innerSpan(value), 'HOSTNAME: a host name has no blanks.');
      return;
  }
}

