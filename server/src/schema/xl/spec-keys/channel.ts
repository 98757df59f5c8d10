import type { SpecKeyDef } from './types';

/** CHANNEL_SPEC (xl.cfg(5) `channel`); blanks around keys and values are ignored. */
export const channelSpecKeys: readonly SpecKeyDef[] = [
  { name: 'backend', example: 'Domain-0', default: 'the toolstack domain', summary: 'Domain that hosts the other end of the channel.' },
  { name: 'name', required: true, example: 'org.qemu.guest_agent.0', summary: 'Name the guest uses to find the channel. Required.' },
  {
    name: 'connection', required: true, example: 'pty', summary: 'How the backend end is exposed; lowercase only (the manual shows it in capitals).',
    values: [
      { value: 'pty', doc: 'A pseudo-terminal in the backend domain.' },
      { value: 'socket', doc: 'A listening Unix socket at path=.' },
    ],
  },
  { name: 'path', example: '/var/run/xen/guest-agent.sock', summary: 'Socket path; required with connection=socket.' },
];
