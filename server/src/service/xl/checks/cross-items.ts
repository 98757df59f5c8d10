import type { Span } from '../../../xl/ast';
import type { XlSpecLanguage } from '../../../schema/xl/key-def';
import { makeDiagnostic } from '../diagnostics';
import type { XlModel } from '../model';
import type { XlCheck } from './check';

interface FactAt { readonly value: string; readonly span: Span }

function factsOf(model: XlModel, language: XlSpecLanguage, fact: string): FactAt[] {
  const found: FactAt[] = [];
  for (const result of model.specs) {
    if (!result.effective || result.language !== language) continue;
    for (const item of result.analysis.items) {
      const value = item.facts[fact];
      if (value === undefined || value === '') continue;
      const field = item.fields.find((candidate) => candidate.key === fact);
      found.push({ value, span: field?.valueSpan ?? item.span });
    }
  }
  return found;
}

interface VdevClash { readonly key: string; readonly first: FactAt; readonly again: FactAt }

function vdevClashes(disks: readonly FactAt[]): VdevClash[] {
  const clashes: VdevClash[] = [];
  const seen = new Map<string, FactAt>();
  for (const disk of disks) {
    const key = disk.value.includes(':') ? disk.value.replace(/:.*$/, '') : disk.value;
    const first = seen.get(key);
    if (first) clashes.push({ key, first, again: disk });
    else seen.set(key, disk);
  }
  return clashes;
}

/**
 * The clashes of a config's one disk list, by the identity of its analysed
 * items: the spec cache hands out the same array while the list is unchanged,
 * so typing elsewhere does not re-check 2,000 disks.
 */
const clashesByItems = new WeakMap<readonly object[], VdevClash[]>();

function diskClashes(model: XlModel): VdevClash[] {
  const disks = model.specs.filter((result) => result.effective && result.language === 'disk');
  if (disks.length !== 1) return vdevClashes(factsOf(model, 'disk', 'vdev'));
  const items = disks[0].analysis.items;
  let clashes = clashesByItems.get(items);
  if (!clashes) {
    clashes = vdevClashes(factsOf(model, 'disk', 'vdev'));
    clashesByItems.set(items, clashes);
  }
  return clashes;
}

/** Two disks on one virtual device: libxl fails to add the second and creation aborts. */
export const duplicateVdevCheck: XlCheck = {
  name: 'duplicate vdev',
  run({ model, uri, report }) {
    for (const { key, first, again } of diskClashes(model)) {
      report(makeDiagnostic(model, again.span, 'xl/duplicate-vdev', `Virtual device \`${key}\` is used by two disks; creating the domain fails.`, {
        uri, related: [{ span: first.span, message: `\`${key}\` is first used here` }],
      }));
    }
  },
};

const MAC = /^([0-9a-fA-F]{2})[^0-9a-fA-F]([0-9a-fA-F]{2})[^0-9a-fA-F]([0-9a-fA-F]{2})[^0-9a-fA-F]([0-9a-fA-F]{2})[^0-9a-fA-F]([0-9a-fA-F]{2})[^0-9a-fA-F]([0-9a-fA-F]{2})$/;

export function normaliseMac(text: string): string | undefined {
  const match = MAC.exec(text.trim());
  return match ? match.slice(1).join(':').toLowerCase() : undefined;
}

/** MAC addresses: unique per guest, unicast, and normally in Xen's 00:16:3e range. */
export const macAddressCheck: XlCheck = {
  name: 'MAC addresses',
  run({ model, uri, report }) {
    const seen = new Map<string, FactAt>();
    for (const vif of factsOf(model, 'vif', 'mac')) {
      const mac = normaliseMac(vif.value);
      if (!mac) continue;
      const first = seen.get(mac);
      if (first) {
        report(makeDiagnostic(model, vif.span, 'xl/duplicate-mac', `MAC ${mac} is used by two network interfaces of this guest.`, {
          uri, related: [{ span: first.span, message: `${mac} is first used here` }],
        }));
      } else {
        seen.set(mac, vif);
      }
      if ((parseInt(mac.slice(0, 2), 16) & 1) === 1) {
        report(makeDiagnostic(model, vif.span, 'xl/multicast-mac',
          `MAC ${mac} is a multicast address (the low bit of the first octet is set); xl accepts it, but a network interface cannot use it.`));
      } else if (!mac.startsWith('00:16:3e')) {
        report(makeDiagnostic(model, vif.span, 'xl/mac-not-xen-oui', `MAC ${mac} is outside the Xen range 00:16:3e:xx:xx:xx.`));
      }
    }
  },
};
