import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { readTemplateTree, TemplateDirError, writeTemplateTree } from '../metafile/template-dir';
import { exportTemplateTree, importTemplateTree } from '../metafile/template-tree';
import type { CliIo } from './io';

export const templateUsage = `usage: hvconf vz export-template [--force] [--product-name NAME] METAFILE DIR
       hvconf vz import-template [--product-name NAME] DIR [OUT]
  export-template  lays METAFILE out below DIR (a template area such as /vz/template) as
                   <osname>/<osver>/<osarch>/config/{os|app/<app>}/{default|<set>}/, the
                   way vzmktmpl installs it, without building an RPM.
  import-template  reads a template config directory (or a template area holding one)
                   back into a metafile, written to OUT or printed.
  exit status: 0 done, 1 failed, 2 bad usage.`;

/**
 * `hvconf vz export-template|import-template …`; `argv` starts with the verb.
 * Returns the exit status.
 */
export function runTemplateCommand(argv: readonly string[], io: CliIo): number {
  const [verb, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      options: {
        force: { type: 'boolean', default: false },
        'product-name': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.stderr(`hvconf vz ${verb ?? ''}: ${(error as Error).message}\n${templateUsage}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || verb === 'help' || verb === '--help') {
    io.stdout(`${templateUsage}\n`);
    return 0;
  }
  const productName = values['product-name'];
  try {
    if (verb === 'export-template') {
      if (positionals.length !== 2) return usageError(io, 'export-template needs METAFILE and DIR');
      return exportCommand(positionals[0], positionals[1], { force: values.force === true, productName }, io);
    }
    if (verb === 'import-template') {
      if (positionals.length < 1 || positionals.length > 2) return usageError(io, 'import-template needs DIR and optionally OUT');
      return importCommand(positionals[0], positionals[1], productName, io);
    }
    return usageError(io, verb === undefined ? 'no command given' : `unknown command '${verb}'`);
  } catch (error) {
    if (error instanceof TemplateDirError) {
      io.stderr(`hvconf vz ${verb}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

function usageError(io: CliIo, message: string): number {
  io.stderr(`hvconf vz: ${message}\n${templateUsage}\n`);
  return 2;
}

function exportCommand(metafile: string, dir: string, options: { force: boolean; productName?: string }, io: CliIo): number {
  let text: string;
  try {
    text = fs.readFileSync(metafile, 'utf8');
  } catch (error) {
    io.stderr(`hvconf vz export-template: ${metafile}: ${(error as Error).message}\n`);
    return 1;
  }
  const result = exportTemplateTree(text, options.productName ? { productName: options.productName } : {});
  if (!result.ok) {
    for (const error of result.errors) io.stderr(`${metafile}: ${error}\n`);
    io.stderr(`hvconf vz export-template: ${metafile} is not a template vzmktmpl would build; nothing written\n`);
    return 1;
  }
  for (const warning of result.warnings) io.stderr(`${metafile}: warning: ${warning}\n`);
  const written = writeTemplateTree(dir, result.files, { overwrite: options.force });
  io.stdout(`${path.join(dir, result.directory)}: ${written.length} file(s) written (vzmktmpl would build ${result.rpmName})\n`);
  if (result.rpmOnly.length > 0) {
    io.stdout(`note: ${result.rpmOnly.map((name) => `%${name}`).join(', ')} only reach the template RPM, not the directory\n`);
  }
  return 0;
}

function importCommand(dir: string, out: string | undefined, productName: string | undefined, io: CliIo): number {
  const result = importTemplateTree(readTemplateTree(dir), productName ? { productName } : {});
  if (!result.ok) {
    for (const error of result.errors) io.stderr(`${dir}: ${error}\n`);
    return 1;
  }
  for (const warning of result.warnings) io.stderr(`${dir}: warning: ${warning}\n`);
  if (out === undefined) {
    io.stdout(result.text);
    return 0;
  }
  try {
    fs.writeFileSync(out, result.text);
  } catch (error) {
    io.stderr(`hvconf vz import-template: ${out}: ${(error as Error).message}\n`);
    return 1;
  }
  io.stdout(`${out}: metafile written${result.vzmktmplOptions.length > 0 ? ` (scripts: vzmktmpl ${result.vzmktmplOptions.join(' ')} ${out}, paths inside ${dir})` : ''}\n`);
  return 0;
}
