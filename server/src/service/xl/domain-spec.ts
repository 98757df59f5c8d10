import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type {
  DiskTarget, DomainSpec, NetworkInterface, OnEventAction, WorkloadProfile,
} from '../../schema/guest-spec';
import type { XlValue } from '../../xl/ast';
import type { XlModel } from './model';
import { scalarOf } from './model';
import { validateXl } from './validate';
import { atomText, readLong } from './values';

const WORKLOADS: readonly WorkloadProfile[] = ['idle', 'web', 'database', 'memory-intensive'];
const ACTIONS: readonly OnEventAction[] = ['destroy', 'restart', 'rename-restart', 'preserve', 'coredump-destroy', 'coredump-restart', 'soft-reset'];

/**
 * The typed spec a host needs to create the domain, resolved as xl would
 * (defaults, last-wins, `+=`). Refused when the file has errors: a config xl
 * would not create is not launched.
 */
export function buildDomainSpec(model: XlModel, source: string): DomainSpec | { errors: Diagnostic[] } {
  const errors = validateXl(model, source).filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error);
  if (errors.length > 0) return { errors };
  const name = scalarOf(model, 'name') ?? '';
  const memory = numberOf(model, 'memory');
  const maxmem = numberOf(model, 'maxmem');
  const memoryMiB = memory ?? maxmem ?? 32;
  const vcpus = Math.max(1, numberOf(model, 'vcpus') ?? 1);
  const maxvcpusSetting = numberOf(model, 'maxvcpus');
  const spec: DomainSpec = {
    name,
    type: model.guest.type,
    memoryMiB,
    maxmemMiB: maxmem ?? memoryMiB,
    vcpus,
    maxvcpus: maxvcpusSetting && maxvcpusSetting > 0 ? maxvcpusSetting : vcpus,
    uuid: scalarOf(model, 'uuid'),
    kernel: scalarOf(model, 'kernel'),
    ramdisk: scalarOf(model, 'ramdisk'),
    bootloader: scalarOf(model, 'bootloader'),
    cmdline: kernelCommandLine(model),
    disks: disksOf(model),
    vifs: vifsOf(model),
    pci: factsOf(model, 'pci').map((facts) => facts.bdf).filter((bdf): bdf is string => bdf !== undefined),
    hap: (numberOf(model, 'hap') ?? 1) !== 0,
    nomigrate: (numberOf(model, 'nomigrate') ?? 0) !== 0,
    onPoweroff: actionOf(model, 'on_poweroff', 'destroy'),
    onReboot: actionOf(model, 'on_reboot', 'restart'),
    onCrash: actionOf(model, 'on_crash', 'destroy'),
    workload: workloadOf(model),
    resolved: resolvedValues(model),
    source,
  };
  return spec;
}

function numberOf(model: XlModel, key: string): number | undefined {
  const binding = model.bindings.get(key);
  if (binding?.value?.kind !== 'scalar' || binding.value.viaPlusEquals) return undefined;
  const read = readLong(binding.value.text);
  return read.ok ? Number(read.value) : undefined;
}

function actionOf(model: XlModel, key: string, fallback: OnEventAction): OnEventAction {
  const text = scalarOf(model, key);
  return ACTIONS.find((action) => action === text) ?? fallback;
}

function workloadOf(model: XlModel): WorkloadProfile {
  const asked = model.directives.workload;
  return WORKLOADS.find((workload) => workload === asked) ?? 'idle';
}

/** `cmdline` wins; otherwise xl builds `root=ROOT EXTRA`. */
function kernelCommandLine(model: XlModel): string | undefined {
  const cmdline = scalarOf(model, 'cmdline');
  if (cmdline !== undefined) return cmdline;
  const root = scalarOf(model, 'root');
  const extra = scalarOf(model, 'extra');
  if (root === undefined && extra === undefined) return undefined;
  return [root !== undefined ? `root=${root}` : undefined, extra].filter((part) => part !== undefined).join(' ');
}

function factsOf(model: XlModel, key: string): Readonly<Record<string, string>>[] {
  return model.specs
    .filter((result) => result.effective && result.binding.name === key)
    .flatMap((result) => result.analysis.items.map((item) => item.facts));
}

function disksOf(model: XlModel): DiskTarget[] {
  return factsOf(model, 'disk').map((facts) => ({
    vdev: facts.vdev ?? '',
    target: facts.target ?? '',
    format: facts.format ?? 'raw',
    access: facts.access === 'ro' ? 'ro' : 'rw',
    cdrom: facts.cdrom === '1',
  }));
}

function vifsOf(model: XlModel): NetworkInterface[] {
  return factsOf(model, 'vif').map((facts) => {
    const rate = facts.rate !== undefined ? Number(facts.rate) : undefined;
    return {
      mac: facts.mac,
      bridge: facts.bridge,
      ip: facts.ip,
      rateBytesPerSecond: rate !== undefined && Number.isFinite(rate) ? rate : undefined,
    };
  });
}

function plain(value: XlValue): unknown {
  return value.kind === 'list' ? value.items.map(plain) : atomText(value);
}

function resolvedValues(model: XlModel): Record<string, unknown> {
  const resolved: Record<string, unknown> = {};
  for (const binding of model.bindings.values()) {
    const value = binding.value;
    if (!value) continue;
    resolved[binding.name] = value.kind === 'list' ? value.items.map(plain) : value.text;
  }
  return resolved;
}
