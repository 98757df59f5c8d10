import { exportTemplateTree, importTemplateTree, type ExportResult, type ImportResult } from './template-tree';
import type { TemplateFile, TemplateIdentity } from './template-layout';

/**
 * The template-tree functions as `workspace/executeCommand` handlers. Their
 * arguments come from a client as JSON, so they are checked here and a bad
 * call gets a clear error instead of a crash.
 */
export const templateCommandIds = {
  export: 'hvconf.exportTemplateTree',
  import: 'hvconf.importTemplateTree',
} as const;

export class TemplateCommandError extends Error {}

/** `hvconf.exportTemplateTree` with `{ text, productName? }`. */
export function exportTemplateTreeCommand(args: readonly unknown[]): ExportResult {
  const input = objectArgument(args, templateCommandIds.export);
  if (typeof input.text !== 'string') throw new TemplateCommandError(`${templateCommandIds.export}: "text" must be the metafile text`);
  const productName = optionalString(input, 'productName', templateCommandIds.export);
  return exportTemplateTree(input.text, productName ? { productName } : {});
}

/** `hvconf.importTemplateTree` with `{ files: [{ relativePath, content, executable? }], identity?, productName? }`. */
export function importTemplateTreeCommand(args: readonly unknown[]): ImportResult {
  const name = templateCommandIds.import;
  const input = objectArgument(args, name);
  if (!Array.isArray(input.files)) throw new TemplateCommandError(`${name}: "files" must be a list of { relativePath, content }`);
  const files = input.files.map((file, index): TemplateFile => {
    if (!isRecord(file) || typeof file.relativePath !== 'string' || typeof file.content !== 'string') {
      throw new TemplateCommandError(`${name}: files[${index}] needs a string relativePath and content`);
    }
    return { relativePath: file.relativePath, content: file.content, ...(file.executable === true ? { executable: true } : {}) };
  });
  const identity = input.identity === undefined ? undefined : readIdentity(input.identity, name);
  const productName = optionalString(input, 'productName', name);
  return importTemplateTree(files, { ...(identity ? { identity } : {}), ...(productName ? { productName } : {}) });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function objectArgument(args: readonly unknown[], name: string): Record<string, unknown> {
  const [first] = args;
  if (!isRecord(first)) throw new TemplateCommandError(`${name}: expected one object argument`);
  return first;
}

function optionalString(input: Record<string, unknown>, key: string, name: string): string | undefined {
  const value = input[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new TemplateCommandError(`${name}: "${key}" must be a string`);
  return value;
}

function readIdentity(value: unknown, name: string): TemplateIdentity {
  if (!isRecord(value)) throw new TemplateCommandError(`${name}: "identity" must be an object`);
  const field = (key: string, required: boolean): string | undefined => {
    const found = value[key];
    if (found === undefined && !required) return undefined;
    if (typeof found !== 'string' || found === '') throw new TemplateCommandError(`${name}: identity.${key} must be a non-empty string`);
    return found;
  };
  const appname = field('appname', false);
  const setname = field('setname', false);
  return {
    osname: field('osname', true) as string, osver: field('osver', true) as string, osarch: field('osarch', true) as string,
    ...(appname ? { appname } : {}), ...(setname ? { setname } : {}),
  };
}
