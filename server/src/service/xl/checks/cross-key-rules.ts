import type { Span } from '../../../xl/ast';
import { makeDiagnostic, removeStatementFix, replaceEdit } from '../diagnostics';
import type { XlBinding, XlModel } from '../model';
import { scalarOf } from '../model';
import { readLong } from '../values';
import type { CheckContext, XlCheck } from './check';

/**
 * The rules of xl_parse.c that relate several keys or name one specific key
 * (reference xl-config.md §4.1, §4.2, §4.4). All key names used by the
 * validator outside the schema live here or in xl-facts.ts.
 */
export const crossKeyRules: XlCheck = {
  name: 'cross-key rules',
  run(context) {
    for (const rule of rules) rule(context);
  },
};

type Rule = (context: CheckContext) => void;

function keySpan(binding: XlBinding): Span {
  const last = binding.effective[binding.effective.length - 1] ?? binding.assignments[binding.assignments.length - 1];
  return last.key.span;
}

function valueSpan(binding: XlBinding): Span {
  return binding.value?.node.span ?? keySpan(binding);
}

function longOf(model: XlModel, key: string): bigint | undefined {
  const text = scalarOf(model, key);
  if (text === undefined || model.bindings.get(key)?.value?.viaPlusEquals) return undefined;
  const read = readLong(text);
  return read.ok ? read.value : undefined;
}

const missingName: Rule = ({ model, uri, report }) => {
  if (scalarOf(model, 'name') !== undefined) return;
  const binding = model.bindings.get('name');
  const span = binding ? keySpan(binding) : { start: 0, end: 0 };
  const suggested = suggestedName(uri);
  report(makeDiagnostic(model, span, 'xl/missing-name', 'Domain name must be specified. (xl refuses a config without a readable `name`.)', {
    fixes: binding ? [] : [{ title: `Add name = "${suggested}"`, edits: [replaceEdit(model, { start: 0, end: 0 }, `name = "${suggested}"\n`)], preferred: true }],
  }));
};

function suggestedName(uri: string): string {
  const base = decodeURIComponent(uri.split('/').pop() ?? '').replace(/(\.xl)?\.cfg$|\.xl$|\.[^.]*$/, '');
  const cleaned = base.replace(/[^A-Za-z0-9_.-]/g, '-');
  return cleaned.length > 0 ? cleaned : 'guest';
}

const guestType: Rule = ({ model, report }) => {
  const { guest } = model;
  const type = model.bindings.get('type');
  const builder = model.bindings.get('builder');
  if (type && guest.invalidType !== undefined) {
    report(makeDiagnostic(model, valueSpan(type), 'xl/invalid-type', `Invalid domain type ${guest.invalidType}. (xl accepts pv, pvh or hvm.)`));
  }
  if (builder && guest.invalidBuilder !== undefined) {
    report(makeDiagnostic(model, valueSpan(builder), 'xl/invalid-type', `Invalid domain type ${guest.invalidBuilder}. (\`builder\` accepts generic or hvm.)`));
  }
  if (builder && guest.conflict) {
    report(makeDiagnostic(model, valueSpan(builder), 'xl/builder-type-conflict', 'Contradicting "builder" and "type" options specified.'));
  }
  const expansions: readonly [XlBinding | undefined, readonly string[]][] = [[type, ['hvm', 'pv', 'pvh']], [builder, ['hvm', 'generic']]];
  for (const [binding, full] of expansions) {
    const text = binding?.value?.kind === 'scalar' ? binding.value.text : undefined;
    if (!binding || text === undefined || full.includes(text)) continue;
    const expanded = full.find((candidate) => candidate.startsWith(text));
    if (!expanded) continue;
    const message = `xl reads "${text}" as "${expanded}" because it compares only the first ${text.length} character(s).`;
    report(makeDiagnostic(model, valueSpan(binding), 'xl/type-prefix', message, {
      fixes: [{ title: `Write "${expanded}" in full`, edits: [replaceEdit(model, valueSpan(binding), `"${expanded}"`)] }],
    }));
  }
};

const vcpuBounds: Rule = ({ model, report }) => {
  const maxvcpus = longOf(model, 'maxvcpus');
  if (maxvcpus === undefined || maxvcpus === 0n) return;
  const vcpus = longOf(model, 'vcpus') ?? 1n;
  if (maxvcpus >= vcpus) return;
  const binding = model.bindings.get('maxvcpus') as XlBinding;
  report(makeDiagnostic(model, valueSpan(binding), 'xl/maxvcpus-below-vcpus', `xl: maxvcpus < vcpus (maxvcpus ${maxvcpus} is below vcpus ${vcpus}).`, {
    fixes: binding.effective.length === 1 ? [{ title: `Set maxvcpus to ${vcpus}`, edits: [replaceEdit(model, valueSpan(binding), String(vcpus))] }] : [],
  }));
};

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

const uuid: Rule = ({ model, report }) => {
  const text = scalarOf(model, 'uuid');
  if (text === undefined || UUID.test(text)) return;
  report(makeDiagnostic(model, valueSpan(model.bindings.get('uuid') as XlBinding), 'xl/bad-uuid', `Failed to parse UUID: ${text}`));
};

const bootSource: Rule = ({ model, report }) => {
  if (model.guest.type === 'hvm') {
    const kernel = scalarOf(model, 'kernel');
    if (kernel !== undefined && kernel.split('/').pop() === 'hvmloader') {
      const binding = model.bindings.get('kernel') as XlBinding;
      report(makeDiagnostic(model, valueSpan(binding), 'xl/hvmloader-kernel',
        'An HVM guest does not boot `kernel` = hvmloader: xl ignores it. Use `firmware_override` for a custom firmware.', {
          fixes: binding.assignments.length === 1 ? [removeStatementFix(model, binding.assignments[0], 'Remove the `kernel` line')] : [],
        }));
    }
    return;
  }
  const kernel = scalarOf(model, 'kernel');
  const firmware = scalarOf(model, 'firmware');
  const bootloader = scalarOf(model, 'bootloader');
  const label = model.guest.type.toUpperCase();
  if (firmware !== undefined) {
    const binding = model.bindings.get('firmware') as XlBinding;
    if (kernel !== undefined) {
      report(makeDiagnostic(model, keySpan(binding), 'xl/kernel-and-firmware', 'ERROR: both kernel and firmware specified', {
        fixes: binding.assignments.length === 1 ? [removeStatementFix(model, binding.assignments[0], 'Remove `firmware` (keep `kernel`)', false)] : [],
      }));
    } else if (!'pvgrub32'.startsWith(firmware) && !'pvgrub64'.startsWith(firmware)) {
      report(makeDiagnostic(model, valueSpan(binding), 'xl/bad-pv-firmware', `ERROR: only pvgrub{32|64} supported as firmware options (a ${label} guest got "${firmware}").`));
    }
    return;
  }
  if (kernel === undefined && bootloader === undefined) {
    const anchor = model.bindings.get('type') ?? model.bindings.get('builder') ?? model.bindings.get('name');
    const span = anchor ? keySpan(anchor) : { start: 0, end: 0 };
    report(makeDiagnostic(model, span, 'xl/no-boot-source',
      `Neither kernel nor bootloader specified: a ${label} guest needs \`kernel\`, \`bootloader\` or \`firmware\`.`));
  }
};

const vncDisplayTwice: Rule = ({ model, report }) => {
  if (model.guest.type !== 'hvm') return;
  const listen = scalarOf(model, 'vnclisten');
  const display = longOf(model, 'vncdisplay');
  if (listen === undefined || display === undefined || display === 0n || !listen.includes(':')) return;
  report(makeDiagnostic(model, valueSpan(model.bindings.get('vnclisten') as XlBinding), 'xl/vnc-display-twice',
    'ERROR: Display specified both in vnclisten and vncdisplay!'));
};

const overridesWithoutSelector: Rule = ({ model, report }) => {
  if (model.guest.type === 'hvm' && scalarOf(model, 'bios_path_override') !== undefined && scalarOf(model, 'bios') === undefined) {
    report(makeDiagnostic(model, keySpan(model.bindings.get('bios_path_override') as XlBinding), 'xl/bios-path-without-bios',
      'WARNING: bios_path_override given without specific bios name'));
  }
  if (scalarOf(model, 'device_model_override') !== undefined && scalarOf(model, 'device_model_version') === undefined) {
    report(makeDiagnostic(model, keySpan(model.bindings.get('device_model_override') as XlBinding), 'xl/dm-override-without-version',
      'WARNING: device model override given without specific DM version'));
  }
};

const bootloaderArgsString: Rule = ({ model, report }) => {
  const binding = model.bindings.get('bootloader_args');
  if (binding?.value?.kind !== 'scalar') return;
  const words = binding.value.text.split(/[ \t\n]+/).filter((word) => word.length > 0);
  const asList = `[ ${words.map((word) => JSON.stringify(word)).join(', ')} ]`;
  report(makeDiagnostic(model, valueSpan(binding), 'xl/bootloader-args-string',
    'WARNING: Specifying "bootloader_args" as a string is deprecated. Please use a list of arguments.', {
      fixes: binding.effective.length === 1 ? [{ title: 'Convert to a list', edits: [replaceEdit(model, valueSpan(binding), asList)] }] : [],
    }));
};

const cmdlineWithRootExtra: Rule = ({ model, uri, report }) => {
  const cmdline = model.bindings.get('cmdline');
  if (scalarOf(model, 'cmdline') === undefined || !cmdline) return;
  for (const key of ['root', 'extra']) {
    const binding = model.bindings.get(key);
    if (!binding || scalarOf(model, key) === undefined) continue;
    report(makeDiagnostic(model, keySpan(binding), 'xl/cmdline-overrides-root-extra',
      `Warning: ignoring root= and extra= in favour of cmdline= (xl drops \`${key}\`).`, {
        uri, related: [{ span: keySpan(cmdline), message: '`cmdline` is set here' }],
        fixes: binding.assignments.length === 1 ? [removeStatementFix(model, binding.assignments[0], `Remove \`${key}\``, false)] : [],
      }));
  }
};

const rules: readonly Rule[] = [
  missingName, guestType, vcpuBounds, uuid, bootSource, vncDisplayTwice,
  overridesWithoutSelector, bootloaderArgsString, cmdlineWithRootExtra,
];
