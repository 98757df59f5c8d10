import { YES_NO, type VzParamDef } from './param-def';

/** Container keys that only Virtuozzo 7 libvzctl reads (reference openvz.md §1.6). */
export const vz7Params: readonly VzParamDef[] = [
  {
    name: 'VERSION', topic: 'vz7', scope: 'ct', shape: { kind: 'string', format: 'free' }, dialects: { vz7: 'stored' },
    summary: 'Config format version written by Virtuozzo 7 samples.', doc: 'The Virtuozzo 7 sample configs carry `VERSION="2"`; libvzctl keeps it as is.', example: 'VERSION="2"', samples: ['2'],
  },
  {
    name: 'PLATFORM', topic: 'vz7', scope: 'ct', shape: { kind: 'string', format: 'free' }, dialects: { vz7: 'stored' },
    summary: 'Guest platform written by Virtuozzo 7 samples.', doc: 'The Virtuozzo 7 sample configs carry `PLATFORM="linux"`; libvzctl keeps it as is.', example: 'PLATFORM="linux"', samples: ['linux'],
  },
  {
    name: 'TEMPLATES', topic: 'vz7', scope: 'ct', shape: { kind: 'list', item: 'word', separators: ' \t' }, dialects: { vz7: 'read' },
    summary: 'Application templates installed in the container.', doc: 'Blank-separated template names, kept up to date by vzpkg. Editing it by hand does not install anything.', example: 'TEMPLATES="mysql php"',
  },
  {
    name: 'DISTRIBUTION', topic: 'vz7', scope: 'ct', shape: { kind: 'string', format: 'free' }, dialects: { vz7: 'read' }, cli: '--distribution',
    summary: 'Distribution of the container\'s OS.', doc: 'Chooses the distribution scripts when OSTEMPLATE does not say enough.', example: 'DISTRIBUTION="centos"',
  },
  {
    name: 'TECHNOLOGIES', topic: 'vz7', scope: 'ct', shape: { kind: 'list', item: 'technology', separators: ' \t,' }, dialects: { vz7: 'read' },
    summary: 'Host technologies the container depends on.', doc: 'Names separated by blanks or commas: x86, x86_64, ia64, nptl, sysfs, nfs, hashdir, cowdir, mfiles, ext4, simfs, qcow2, xfs. Used to check that a target host can run it.', example: 'TECHNOLOGIES="x86_64 nptl"',
  },
  {
    name: 'AUTOSTOP', topic: 'vz7', scope: 'ct', dialects: { vz7: 'read' }, cli: 'prlctl --autostop',
    shape: { kind: 'enum', values: [{ value: 'suspend', doc: 'Suspend the container when the host shuts down.' }, { value: 'stop', doc: 'Stop the container when the host shuts down.' }] },
    summary: 'What happens to the container at host shutdown.', doc: 'Either suspend it to disk or stop it.', example: 'AUTOSTOP="stop"',
  },
  {
    name: 'AUTOSTOPSTOP', topic: 'vz7', scope: 'ct', dialects: { vz7: 'read' }, aliasOf: 'AUTOSTOP',
    shape: { kind: 'enum', values: [{ value: 'suspend', doc: 'Suspend at host shutdown.' }, { value: 'stop', doc: 'Stop at host shutdown.' }] },
    summary: 'Another name of AUTOSTOP.', doc: 'libvzctl maps it to AUTOSTOP.', example: 'AUTOSTOPSTOP="stop"',
  },
  {
    name: 'VE_TYPE', topic: 'vz7', scope: 'ct', dialects: { vz7: 'read' },
    shape: { kind: 'enum', values: [{ value: 'regular', doc: 'An ordinary container.' }, { value: 'temporary', doc: 'A short-lived container.' }] },
    summary: 'Kind of container.', doc: 'Regular or temporary.', example: 'VE_TYPE="regular"',
  },
  {
    name: 'OSRELEASE', topic: 'vz7', scope: 'ct', shape: { kind: 'string', format: 'free' }, dialects: { vz7: 'read' }, cli: '--osrelease',
    summary: 'Kernel version reported inside the container.', doc: 'Lets old distributions that check the kernel version run.', example: 'OSRELEASE="3.10.0"',
  },
  {
    name: 'HA_ENABLE', topic: 'vz7', scope: 'ct', shape: { kind: 'enum', values: YES_NO }, dialects: { vz7: 'read' }, cli: '--ha_enable', default: 'yes',
    summary: 'Let the high-availability cluster manage the container.', doc: 'With `no`, HA does not restart it elsewhere after a failure.', example: 'HA_ENABLE="yes"',
  },
  {
    name: 'HA_PRIO', topic: 'vz7', scope: 'ct', shape: { kind: 'integer', min: 0, max: 4294967295 }, dialects: { vz7: 'read' }, cli: '--ha_prio',
    summary: 'Priority for high-availability recovery.', doc: 'Containers with higher numbers are recovered first.', example: 'HA_PRIO="0"',
  },
  {
    name: 'VE_ENVIRONMENT', topic: 'vz7', scope: 'both', shape: { kind: 'list', item: 'env', separators: ' \t' }, dialects: { vz7: 'read' },
    summary: 'Environment variables for the container\'s init.', doc: 'Blank-separated `NAME=VALUE` pairs.', example: 'VE_ENVIRONMENT="LANG=C"',
  },
  {
    name: 'SLMMODE', topic: 'vz7', scope: 'ct', dialects: { vz7: 'read' }, cli: '--slmmode',
    shape: { kind: 'enum', values: [{ value: 'ubc', doc: 'Beancounter limits only.' }, { value: 'slm', doc: 'SLM memory management only.' }, { value: 'all', doc: 'Both.' }] },
    summary: 'Which memory manager limits the container.', doc: 'Beancounters, SLM, or both.', example: 'SLMMODE="ubc"',
  },
  {
    name: 'MEMGUARANTEE', topic: 'vz7', scope: 'ct', shape: { kind: 'special', grammar: 'memguarantee' }, dialects: { vz7: 'read' }, unit: 'percent of RAM', cli: '--memguarantee',
    summary: 'Guaranteed memory, in percent of the container\'s RAM.', doc: '`auto` or a number.', example: 'MEMGUARANTEE="auto"', samples: ['auto', '50'],
  },
  {
    name: 'MEMGUARANTEE_BYTES', topic: 'vz7', scope: 'ct', shape: { kind: 'special', grammar: 'memguarantee' }, dialects: { vz7: 'read' }, unit: 'bytes',
    summary: 'Guaranteed memory, in bytes.', doc: '`auto` or a number of bytes.', example: 'MEMGUARANTEE_BYTES="auto"', samples: ['auto'],
  },
  {
    name: 'PAGECACHE_ISOLATION', topic: 'vz7', scope: 'ct', shape: { kind: 'enum', values: YES_NO }, dialects: { vz7: 'read' }, cli: '--pagecache-isolation',
    summary: 'Keep the container\'s page cache within its own memory.', doc: 'Stops one container\'s file cache from pushing out another\'s.', example: 'PAGECACHE_ISOLATION="no"',
  },
];
