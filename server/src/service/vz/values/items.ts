import type { VzDialect, VzItem, VzValue } from '../../../vz/ast';
import { splitFields } from '../../../vz/parts';
import type { VzListItemKind } from '../../../schema/vz/param-def';
import { CAPABILITY_NAMES, FEATURE_NAMES, IPTABLES_MODULES, TECHNOLOGY_NAMES, VZ7_FEATURE_NAMES } from '../../../schema/vz/enums';
import { closest, type ProblemSink } from './problem';

/** Item grammars of list-valued parameters (reference openvz.md §1.4, §1.5, §1.6). */

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const IPV6 = /^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*$/;

export function isIpv4(text: string): boolean {
  const match = IPV4.exec(text);
  return match !== null && match.slice(1).every((octet) => Number(octet) <= 255);
}

export function isIpv6(text: string): boolean {
  if (!IPV6.test(text) || (text.match(/::/g) ?? []).length > 1) return false;
  const groups = text.split(':');
  return groups.length >= 3 && groups.length <= 8 && groups.every((group) => group.length <= 4 || isIpv4(group));
}

/** `address[/prefix]`; returns false after reporting. */
export function checkIpItem(value: VzValue, item: VzItem, sink: ProblemSink, what: string, allowPrefix = true): void {
  const slash = item.text.indexOf('/');
  const address = slash < 0 ? item.text : item.text.slice(0, slash);
  const v4 = isIpv4(address);
  if (!v4 && !isIpv6(address)) {
    sink.add('vz/invalid-value', item.span, `${what}: '${address}' is not an IPv4 or IPv6 address.`);
    return;
  }
  if (slash < 0) return;
  const prefixField = splitFields(value, item, '/')[1];
  if (!allowPrefix) {
    sink.add('vz/invalid-value', prefixField.span, `${what}: a prefix is not accepted here.`);
    return;
  }
  const max = v4 ? 32 : 128;
  if (!/^\d+$/.test(prefixField.text) || Number(prefixField.text) > max) {
    sink.add('vz/out-of-range', prefixField.span, `${what}: the prefix must be 0–${max} for an IPv${v4 ? 4 : 6} address.`);
  }
}

function checkOnOffItem(value: VzValue, item: VzItem, sink: ProblemSink, what: string, names: readonly string[], caseInsensitive: boolean): void {
  const fields = splitFields(value, item, ':');
  if (fields.length !== 2 || (fields[1].text !== 'on' && fields[1].text !== 'off')) {
    sink.add('vz/invalid-value', item.span, `${what}: '${item.text}' must be written name:on or name:off.`);
    return;
  }
  const name = caseInsensitive ? fields[0].text.toUpperCase() : fields[0].text;
  if (!names.includes(name)) {
    const suggestion = closest(fields[0].text, names);
    sink.add('vz/invalid-enum', fields[0].span, `${what}: unknown name '${fields[0].text}'.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
      suggestion ? { replacement: caseInsensitive ? suggestion.toLowerCase() : suggestion } : undefined);
  }
}

const PERMISSIONS = /^(?:[rwq]+|none)$/;

function checkDevice(value: VzValue, item: VzItem, sink: ProblemSink): void {
  const fields = splitFields(value, item, ':');
  if (fields.length !== 4 || (fields[0].text !== 'b' && fields[0].text !== 'c')) {
    sink.add('vz/invalid-value', item.span, `DEVICES: '${item.text}' must be b|c:MAJOR:MINOR|all:PERM.`);
    return;
  }
  if (!/^\d+$/.test(fields[1].text)) sink.add('vz/invalid-number', fields[1].span, 'DEVICES: the major number must be a number.');
  else if (fields[1].text === '7') sink.add('vz/invalid-value', fields[1].span, 'DEVICES: loop devices (major 7) are refused by vzctl.');
  if (!/^\d+$/.test(fields[2].text) && fields[2].text !== 'all') sink.add('vz/invalid-number', fields[2].span, 'DEVICES: the minor number must be a number or `all`.');
  if (!PERMISSIONS.test(fields[3].text)) sink.add('vz/invalid-value', fields[3].span, 'DEVICES: permissions are any mix of r, w, q, or `none`.');
}

function checkDevnode(value: VzValue, item: VzItem, sink: ProblemSink): void {
  const colon = item.text.lastIndexOf(':');
  if (colon <= 0) {
    sink.add('vz/invalid-value', item.span, `DEVNODES: '${item.text}' must be devname:PERM.`);
    return;
  }
  const name = item.text.slice(0, colon);
  const perm = item.text.slice(colon + 1);
  if (!PERMISSIONS.test(perm)) sink.add('vz/invalid-value', item.span, 'DEVNODES: permissions are any mix of r, w, q, or `none`.');
  if (/^loop\d*$/.test(name)) sink.add('vz/invalid-value', item.span, 'DEVNODES: loop devices are refused by vzctl.');
}

function checkRate(value: VzValue, item: VzItem, sink: ProblemSink, what: string, minFields: number): void {
  const fields = splitFields(value, item, ':');
  if (fields.length < minFields || fields.length > 3 || fields[0].text === '') {
    sink.add('vz/invalid-value', item.span, `${what}: '${item.text}' must be dev:class${minFields === 3 ? ':rate' : '[:bytes]'}.`);
    return;
  }
  for (const field of fields.slice(1)) {
    if (!/^\d+$/.test(field.text)) sink.add('vz/invalid-number', field.span, `${what}: '${field.text}' is not a number.`);
  }
}

function checkBindmount(value: VzValue, item: VzItem, sink: ProblemSink): void {
  const [paths, ...options] = item.text.split(',');
  const colon = paths.indexOf(':');
  const source = colon < 0 ? undefined : paths.slice(0, colon);
  const target = colon < 0 ? paths : paths.slice(colon + 1);
  if ((source !== undefined && !source.startsWith('/')) || !target.startsWith('/')) {
    sink.add('vz/invalid-value', item.span, 'BINDMOUNT: source and target must be absolute paths.');
  } else if (target === '/') {
    sink.add('vz/invalid-value', item.span, 'BINDMOUNT: the target may not be `/`.');
  }
  const unknown = options.filter((option) => !['nosuid', 'noexec', 'nodev'].includes(option));
  if (unknown.length > 0) sink.add('vz/invalid-value', item.span, `BINDMOUNT: unknown option ${unknown.map((o) => `'${o}'`).join(', ')}; use nosuid, noexec, nodev.`);
}

/** Checks one list item; `what` names the parameter in messages. */
export function checkItem(kind: VzListItemKind, value: VzValue, item: VzItem, dialect: VzDialect, sink: ProblemSink, what: string): void {
  switch (kind) {
    case 'ip': checkIpItem(value, item, sink, what); return;
    case 'domain':
      if (!/^[A-Za-z0-9_.-]+$/.test(item.text)) sink.add('vz/invalid-value', item.span, `${what}: '${item.text}' is not a domain name.`);
      return;
    case 'feature':
      checkOnOffItem(value, item, sink, what, (dialect === 'vz7' ? VZ7_FEATURE_NAMES : FEATURE_NAMES).map((f) => f.value), false);
      return;
    case 'capability': checkOnOffItem(value, item, sink, what, CAPABILITY_NAMES.map((c) => c.value), true); return;
    case 'device': checkDevice(value, item, sink); return;
    case 'devnode': checkDevnode(value, item, sink); return;
    case 'pci':
      if (!/^(?:[0-9A-Fa-f]{1,4}:)?[0-9A-Fa-f]{1,2}:[0-9A-Fa-f]{1,2}\.[0-7]$/.test(item.text)) {
        sink.add('vz/invalid-value', item.span, `PCI: '${item.text}' must be [domain:]bus:slot.func in hex.`);
      }
      return;
    case 'netdev':
      if (/^(venet|tun|tap|lo)/.test(item.text)) sink.add('vz/invalid-value', item.span, `NETDEV: '${item.text}' cannot be moved into a container (venet, tun, tap and lo devices are refused).`);
      return;
    case 'iptables-module':
      if (!IPTABLES_MODULES.includes(item.text)) {
        const suggestion = closest(item.text, IPTABLES_MODULES);
        sink.add('vz/invalid-enum', item.span, `IPTABLES: unknown module '${item.text}'; vzctl skips it.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`, suggestion ? { replacement: suggestion } : undefined);
      }
      return;
    case 'technology':
      if (!TECHNOLOGY_NAMES.includes(item.text)) {
        const suggestion = closest(item.text, TECHNOLOGY_NAMES);
        sink.add('vz/invalid-enum', item.span, `TECHNOLOGIES: unknown technology '${item.text}'.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`, suggestion ? { replacement: suggestion } : undefined);
      }
      return;
    case 'bindmount': checkBindmount(value, item, sink); return;
    case 'env':
      if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(item.text)) sink.add('vz/invalid-value', item.span, `${what}: '${item.text}' must be NAME=VALUE.`);
      return;
    case 'rate': checkRate(value, item, sink, what, 3); return;
    case 'ratempu': checkRate(value, item, sink, what, 2); return;
    case 'word': return;
  }
}
