import type { XlAssignment, XlAtom, XlFile, XlList, XlValue } from '../../xl/ast';
import type { XlArch, XlKeyDef, XlSpecLanguage } from '../../schema/xl/key-def';
import { xlKeys } from '../../schema/xl/index';
import type { SpecAnalysis } from '../../xl/specs/types';
import { LineIndex } from '../line-index';
import { atomText } from './values';
import { resolveGuestType, type GuestTypeResolution } from './guest-type';
import { analyseSpecs } from './spec-bridge';

/** What xl ends up with for one key after `=` / `+=` resolution. */
export type ResolvedValue =
  | { readonly kind: 'scalar'; readonly text: string; readonly node: XlAtom; readonly viaPlusEquals: boolean }
  | { readonly kind: 'list'; readonly items: readonly XlValue[]; readonly node: XlList; readonly viaPlusEquals: boolean };

export interface XlBinding {
  readonly name: string;
  readonly def: XlKeyDef | undefined;
  /** every assignment of the key, in file order */
  readonly assignments: readonly XlAssignment[];
  /** the assignments whose values survive: the last `=` and the `+=` after it */
  readonly effective: readonly XlAssignment[];
  /** earlier assignments replaced by a later `=` (xl drops them silently) */
  readonly overridden: readonly XlAssignment[];
  /** undefined when no assignment carries a value */
  readonly value: ResolvedValue | undefined;
  /** a `+=` that mixes a list and a string: libxlu refuses the file */
  readonly mixedPlusEquals?: XlAssignment;
}

/** The spec analysis of one assignment's value. */
export interface SpecResult {
  readonly assignment: XlAssignment;
  readonly binding: XlBinding;
  readonly language: XlSpecLanguage;
  readonly analysis: SpecAnalysis;
  /** false for assignments a later `=` overrides: xl never reads them */
  readonly effective: boolean;
}

export interface XlModel {
  readonly file: XlFile;
  readonly text: string;
  readonly lines: LineIndex;
  /** by key name, in order of first appearance */
  readonly bindings: ReadonlyMap<string, XlBinding>;
  readonly guest: GuestTypeResolution;
  readonly arch: XlArch;
  /** `# hvconf: key=value` directives (workload, arch) */
  readonly directives: Readonly<Record<string, string>>;
  readonly specs: readonly SpecResult[];
  /** true when the file is too large for more than syntax checks */
  readonly syntaxOnly: boolean;
}

export function buildModel(file: XlFile, options: { maxValidatedChars?: number } = {}): XlModel {
  const bindings = bindAssignments(file.assignments);
  const directives = readDirectives(file);
  const arch = resolveArch(bindings, directives);
  const guest = resolveGuestType(bindings, arch);
  const lines = new LineIndex(file.text);
  const partial = { file, text: file.text, lines, bindings, guest, arch, directives, specs: [] as SpecResult[], syntaxOnly: false };
  const syntaxOnly = options.maxValidatedChars !== undefined && file.text.length > options.maxValidatedChars;
  return { ...partial, syntaxOnly, specs: syntaxOnly ? [] : analyseSpecs(partial) };
}

function bindAssignments(assignments: readonly XlAssignment[]): Map<string, XlBinding> {
  const grouped = new Map<string, XlAssignment[]>();
  for (const assignment of assignments) {
    const list = grouped.get(assignment.key.name) ?? [];
    list.push(assignment);
    grouped.set(assignment.key.name, list);
  }
  const bindings = new Map<string, XlBinding>();
  for (const [name, list] of grouped) bindings.set(name, bindKey(name, list));
  return bindings;
}

function bindKey(name: string, assignments: readonly XlAssignment[]): XlBinding {
  const withValue = assignments.filter((assignment) => assignment.value !== undefined);
  let lastPlain = -1;
  withValue.forEach((assignment, index) => { if (assignment.op?.text !== '+=') lastPlain = index; });
  // With no plain `=`, the first `+=` behaves like `=` (libxlu_cfg.c).
  const startIndex = Math.max(lastPlain, 0);
  const effective = withValue.slice(startIndex);
  const overridden = withValue.slice(0, startIndex);
  let value: ResolvedValue | undefined;
  let mixedPlusEquals: XlAssignment | undefined;
  for (const assignment of effective) {
    const node = assignment.value as XlValue;
    const viaPlusEquals = value !== undefined;
    if (!value) {
      value = node.kind === 'list'
        ? { kind: 'list', items: node.items, node, viaPlusEquals: false }
        : { kind: 'scalar', text: atomText(node), node, viaPlusEquals: false };
    } else if (value.kind === 'list' && node.kind === 'list') {
      value = { kind: 'list', items: [...value.items, ...node.items], node, viaPlusEquals };
    } else if (value.kind === 'scalar' && node.kind !== 'list') {
      value = { kind: 'scalar', text: value.text + atomText(node), node, viaPlusEquals };
    } else {
      mixedPlusEquals ??= assignment;
    }
  }
  return { name, def: xlKeys.get(name), assignments, effective, overridden, value, mixedPlusEquals };
}

const DIRECTIVE = /^\s*hvconf:\s*(.*)$/;

function readDirectives(file: XlFile): Record<string, string> {
  const directives: Record<string, string> = {};
  for (const comment of file.comments) {
    const match = DIRECTIVE.exec(comment.text);
    if (!match) continue;
    for (const pair of match[1].split(/[\s,]+/)) {
      const equals = pair.indexOf('=');
      if (equals > 0) directives[pair.slice(0, equals).trim()] = pair.slice(equals + 1).trim();
    }
  }
  return directives;
}

/**
 * xl's behaviour depends on the host architecture, which a file does not
 * state. A `# hvconf: arch=arm` comment says it; otherwise a file that uses
 * Arm-only keys and no x86-only key is taken as an Arm guest.
 */
function resolveArch(bindings: ReadonlyMap<string, XlBinding>, directives: Record<string, string>): XlArch {
  if (directives.arch === 'arm' || directives.arch === 'x86') return directives.arch;
  let armOnly = false;
  let x86Only = false;
  for (const binding of bindings.values()) {
    const arch = binding.def?.arch;
    if (!arch || arch.length !== 1) continue;
    if (arch[0] === 'arm') armOnly = true; else x86Only = true;
  }
  return armOnly && !x86Only ? 'arm' : 'x86';
}

/** The scalar text xl reads with `xlu_cfg_get_string`, or undefined when unset or a list. */
export function scalarOf(model: XlModel, key: string): string | undefined {
  const value = model.bindings.get(key)?.value;
  return value?.kind === 'scalar' ? value.text : undefined;
}
