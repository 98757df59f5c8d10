import type { XlKeyDef } from './key-def';

/* x86-only keys of reference xl-config.md §2.1 rows 160–161. */

export const x86Keys: readonly XlKeyDef[] = [
  {
    name: 'mca_caps',
    summary: 'Machine-check features offered to an HVM guest on top of Xen\'s standard set.',
    doc:
      'Lists extra machine-check architecture capabilities for the guest\'s virtual CPUs. ' +
      'The only one known is `lmce`, Intel local machine-check exceptions, which lets a recoverable memory error be delivered to just the affected vCPU. ' +
      'It is read for HVM guests only, and it must be a list: a bare string, or an unknown capability name, makes xl stop.',
    example: 'mca_caps = [ "lmce" ]',
    default: 'none (only the capabilities Xen enables by default)',
    shape: {
      kind: 'list',
      item: 'string',
      values: [{ value: 'lmce', doc: 'Intel local machine-check exceptions, delivered to the one affected vCPU.' }],
    },
    readAs: 'list',
    onBadValue: 'fatal',
    onWrongShape: 'fatal',
    guests: ['hvm'],
    arch: ['x86'],
    documented: true,
    topic: 'x86',
  },
  {
    name: 'msr_relaxed',
    summary: 'Temporary switch back to the lenient pre-4.15 treatment of unknown MSRs.',
    doc:
      'Since Xen 4.15 a guest that touches a model-specific register Xen does not handle gets a #GP fault instead of a harmless value; that stops host data leaking and keeps feature probing honest. ' +
      'Setting this to 1 restores the older, more forgiving behaviour for guests that break under the strict rules. ' +
      'xl prints a warning whenever the key is present, because the option is meant to go away: if you need it, report the guest problem upstream. ' +
      'Guests restored from a save image or migrated in without the key get the relaxed mode for compatibility.',
    example: 'msr_relaxed = 1',
    default: '0',
    deprecated: { note: 'An interim option that will be removed in a future Xen; xl warns whenever it is set.' },
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: ['pv', 'pvh', 'hvm'],
    arch: ['x86'],
    documented: true,
    topic: 'x86',
  },
];
