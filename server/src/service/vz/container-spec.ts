import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ContainerSpec, WorkloadProfile } from '../../schema/guest-spec';
import { splitItems } from '../../vz/parts';
import { defaultSettings } from '../settings';
import type { VzModel } from './model';
import { bytesOf, isUnlimitedValue } from './values/numbers';
import { validateVz } from './validate';

/**
 * Builds the typed spec the host launches from a container config. Refuses
 * (with the errors) when validation finds an error, as vzctl would.
 */

const MIB = 1024 * 1024;

function ctidFrom(model: VzModel, source: string): number | undefined {
  const veid = model.effective.get('VEID')?.node.value.text;
  if (veid && /^\d+$/.test(veid)) return Number(veid);
  const base = source.replace(/\\/g, '/').split('/').pop() ?? '';
  const match = /^(\d+)\.conf$/.exec(base);
  return match ? Number(match[1]) : undefined;
}

function limitMiB(model: VzModel, name: string): number | undefined {
  const pair = model.effective.get(name)?.pair;
  if (!pair || isUnlimitedValue(pair.limit.value)) return undefined;
  const bytes = bytesOf(pair.limit.value, pair.unitClass);
  return bytes === undefined ? undefined : bytes / MIB;
}

const WORKLOADS: readonly WorkloadProfile[] = ['idle', 'web', 'database', 'memory-intensive'];

/** From a `# hvconf: workload=NAME` comment; unknown names are ignored. */
function workloadOf(model: VzModel): WorkloadProfile | undefined {
  const named = model.file.directives.get('workload')?.value;
  return WORKLOADS.find((workload) => workload === named);
}

export function buildContainerSpec(model: VzModel, source: string): ContainerSpec | { errors: string[] } {
  const uri = /^[a-z]+:/i.test(source) ? source : `file://${source.startsWith('/') ? '' : '/'}${source}`;
  const document = TextDocument.create(uri, 'vz-conf', 0, model.file.text);
  const errors = validateVz(model, { document, settings: defaultSettings })
    .filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error)
    .map((diagnostic) => `${source}:${diagnostic.range.start.line + 1}: ${diagnostic.message} [${String(diagnostic.code)}]`);
  if (errors.length > 0) return { errors };

  const text = (name: string): string | undefined => model.effective.get(name)?.node.value.text;
  const listOf = (name: string): string[] => {
    const bound = model.effective.get(name);
    return bound ? splitItems(bound.node.value, ' \t').map((item) => item.text) : [];
  };
  const ipAddresses = listOf('IP_ADDRESS').filter((ip) => !['0.0.0.0', '::', '::0'].includes(ip.split('/')[0]));
  const nameserverText = text('NAMESERVER');
  const nameservers = nameserverText === 'inherit' ? [] : listOf('NAMESERVER');
  const disk = model.effective.get('DISKSPACE')?.pair;
  const cpus = text('CPUS');
  const params: Record<string, string> = {};
  for (const bound of model.assignments) {
    if (bound.canonical && model.effective.get(bound.canonical) === bound) params[bound.canonical] = bound.node.value.text;
  }
  return {
    ctid: ctidFrom(model, source),
    hostname: text('HOSTNAME'),
    ipAddresses,
    ostemplate: text('OSTEMPLATE'),
    nameservers,
    ramMiB: limitMiB(model, 'PHYSPAGES'),
    swapMiB: limitMiB(model, 'SWAPPAGES'),
    diskspaceGiB: disk && !disk.barrier.unlimited ? disk.barrier.value / (1024 * 1024) : undefined,
    cpus: cpus && /^\d+$/.test(cpus) ? Number(cpus) : undefined,
    onboot: text('ONBOOT') === 'yes',
    workload: workloadOf(model),
    params,
    source,
  };
}
