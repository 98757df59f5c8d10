/** The verb table and dispatch shared by `hvconf xl` and `hvconf vz`. */
import type { Hypervisor } from '../host/hypervisor';
import { parseArgs, type ArgSpec, type ParsedArgs } from './args';
import { EXIT_OK, EXIT_USAGE, usageError, withHypervisor } from './common';
import type { HostCliIo } from './io';

export type Verb = (hv: Hypervisor, args: ParsedArgs, io: HostCliIo) => Promise<number>;

export interface VerbDef {
  /** positional arguments after the verb: exactly N, or [min, max] */
  readonly arity: number | readonly [number, number];
  readonly usage: string;
  readonly run: Verb;
  /** refused without `--host H` */
  readonly needsHost?: boolean;
}

export interface Tool {
  readonly name: 'xl' | 'vz';
  readonly usage: string;
  readonly spec: ArgSpec;
  readonly verbs: Readonly<Record<string, VerbDef>>;
  /** a tool's own usage check of the verb's arguments; a message refuses the call */
  readonly refuse?: (verb: string, args: ParsedArgs) => string | undefined;
}

/** Parses argv, checks the verb and its arguments, then runs it on the hypervisor. */
export async function dispatch(tool: Tool, argv: readonly string[], io: HostCliIo): Promise<number> {
  const args = parseArgs(argv, tool.spec);
  const verbName = args.positional[0];
  if (!verbName || args.flags.has('--help')) {
    io.stdout(`usage: ${tool.usage}\n${Object.values(tool.verbs).map((v) => `  ${v.usage}`).join('\n')}\n`);
    return verbName || args.flags.has('--help') ? EXIT_OK : EXIT_USAGE;
  }
  const verb = tool.verbs[verbName];
  if (!verb) return usageError(io, tool.name, `unknown command "${verbName}"`, tool.usage);
  if (args.errors.length > 0) return usageError(io, tool.name, args.errors.join('; '), verb.usage);
  const refusal = tool.refuse?.(verbName, args);
  if (refusal) return usageError(io, tool.name, refusal, verb.usage);
  const given = args.positional.length - 1;
  const [min, max] = typeof verb.arity === 'number' ? [verb.arity, verb.arity] : verb.arity;
  if (given < min || given > max) {
    return usageError(io, tool.name, `${verbName} takes ${min === max ? min : max === Infinity ? `${min} or more` : `${min} to ${max}`} argument(s), got ${given}`, verb.usage);
  }
  if (verb.needsHost && !args.values.get('--host')) return usageError(io, tool.name, `${verbName} needs --host`, verb.usage);
  return withHypervisor(io, tool.name, args, (hv) => verb.run(hv, args, io));
}
