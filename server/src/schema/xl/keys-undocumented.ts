import type { XlKeyDef } from './key-def';
import { ALL_GUESTS } from './guest-sets';

/**
 * Keys xl_parse.c reads although xl.cfg(5) does not document them
 * (reference xl-config.md §2.2 and the warnings of §4.2).
 */


function legacySchedulerKey(name: string, summary: string, doc: string, example: string): XlKeyDef {
  return {
    name,
    summary,
    doc:
      `${doc} xl copies the number into the domain\'s scheduler parameters, but the manual does not ` +
      'document it and only some schedulers look at it. To tune a running guest use the `xl sched-*` ' +
      'commands instead.',
    example,
    shape: { kind: 'integer' },
    readAs: 'integer',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: false,
    topic: 'undocumented',
  };
}

export const undocumentedKeys: readonly XlKeyDef[] = [
  legacySchedulerKey(
    'period',
    'Undocumented scheduler period for the domain.',
    'A leftover of the SEDF scheduler\'s parameter set that the RTDS real-time scheduler still uses as the ' +
      'length of a budget period.',
    'period = 10000',
  ),
  legacySchedulerKey(
    'slice',
    'Undocumented scheduler time slice from the SEDF era.',
    'Part of the old SEDF parameter set; current schedulers configure their time slice per cpupool instead.',
    'slice = 5000',
  ),
  legacySchedulerKey(
    'latency',
    'Undocumented SEDF latency hint for the domain.',
    'Another remnant of the SEDF scheduler\'s per-domain parameters, with no counterpart in the documented ' +
      'keys.',
    'latency = 1000',
  ),
  legacySchedulerKey(
    'extratime',
    'Undocumented switch letting the domain use idle CPU time beyond its budget.',
    'RTDS treats it as a flag: a non-zero value allows the vCPUs to run past their reserved budget when CPUs ' +
      'are otherwise idle.',
    'extratime = 1',
  ),
  {
    name: 'firmware_override',
    summary: 'Undocumented path to a replacement HVM firmware loader.',
    doc:
      'Loads the given file instead of the standard `hvmloader`. It is what xl\'s warning recommends when an ' +
      'old HVM configuration puts `hvmloader` in `kernel`. New configurations should use `firmware` with a ' +
      'path, which is the documented way to supply a custom image.',
    example: 'firmware_override = "/usr/lib/xen/boot/hvmloader-debug"',
    shape: { kind: 'string', format: 'path' },
    readAs: 'string',
    onBadValue: 'ignored',
    guests: ['hvm'],
    documented: false,
    topic: 'undocumented',
  },
  {
    name: 'opengl',
    summary: 'Undocumented top-level switch for OpenGL rendering in the SDL window.',
    doc:
      'Only matters together with `sdl = 1`: the local SDL display then draws through OpenGL. The same ' +
      'option exists, also undocumented, inside `vfb` items; for PV guests prefer setting it there.',
    example: 'opengl = 1',
    default: '0',
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: false,
    topic: 'undocumented',
  },
  {
    name: 'display',
    summary: 'Undocumented top-level X display for the SDL window.',
    doc:
      'Names the X server (for example `:0`) on which the SDL window of `sdl = 1` opens. The manual only ' +
      'documents `display=` as part of a `vfb` item; xl accepts it at the top level too.',
    example: 'display = ":0"',
    shape: { kind: 'string', format: 'free' },
    readAs: 'string',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: false,
    topic: 'undocumented',
  },
  {
    name: 'xauthority',
    summary: 'Undocumented top-level Xauthority file for the SDL window.',
    doc:
      'The authority file the device model uses to connect to the X server named by `display`. Like ' +
      '`display` it is documented only inside `vfb` items, yet xl reads it at the top level as well.',
    example: 'xauthority = "/root/.Xauthority"',
    shape: { kind: 'string', format: 'path' },
    readAs: 'string',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: false,
    topic: 'undocumented',
  },
  {
    name: 'device_model',
    summary: 'Old xend-style device-model path that xl discards.',
    doc:
      'xl does not use this key: it prints `WARNING: ignoring device_model directive.` and carries on with ' +
      'the default device model. To run a different QEMU binary set `device_model_override` (together with ' +
      '`device_model_version`).',
    example: 'device_model = "/usr/lib/xen/bin/qemu-dm"',
    deprecated: {
      replacement: 'device_model_override',
      note: 'Ignored by xl; name a custom device model with `device_model_override`.',
    },
    shape: { kind: 'string', format: 'path' },
    readAs: 'string',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: false,
    topic: 'undocumented',
  },
  {
    name: 'vif2',
    summary: 'Netchannel2 interfaces, a retired network driver xl refuses to set up.',
    doc:
      'xl only warns `vif2: netchannel2 is deprecated and not supported by xl` and creates no interface ' +
      'from it, so a guest relying on it boots without that network. Move the entries to `vif`.',
    example: 'vif2 = [ \'bridge=xenbr0\' ]',
    deprecated: { replacement: 'vif', note: 'Netchannel2 is gone; declare the interfaces in `vif`.' },
    shape: { kind: 'list', item: 'string' },
    readAs: 'list',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: false,
    topic: 'undocumented',
  },
  {
    name: 'vncviewer',
    summary: 'Request to launch a VNC viewer, which xl ignores in config files.',
    doc:
      'xl prints a warning and drops the key. Starting a viewer is a property of the command, not of the ' +
      'guest: run `xl create -V` (or `-A` to pass the VNC password automatically) instead.',
    example: 'vncviewer = 1',
    deprecated: { note: 'Ignored by xl; use `xl create -V` to open a viewer.' },
    shape: { kind: 'integer' },
    readAs: 'integer',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: false,
    topic: 'undocumented',
  },
];
