import * as fs from 'fs';
import { parseArgs } from 'util';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService, type LanguageId } from '../service';
import { severityName } from '../service/severity';
import { lintWorkspaceClashes, type LintedFile } from '../service/workspace';
import { collectTargets, UsageError } from './collect-files';
import type { CliIo } from './io';

const LANGUAGES: readonly LanguageId[] = ['xen-xl', 'vz-conf', 'vz-metafile'];

export const lintUsage = `usage: hvconf lint [--format text|json] [--language xen-xl|vz-conf|vz-metafile] PATH...
  PATH: files, folders (searched recursively) or globs.
  exit status: 0 clean (warnings allowed), 1 errors found, 2 bad usage.`;

interface Finding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  message: string;
}

function toFinding(file: string, diagnostic: Diagnostic): Finding {
  return {
    file,
    line: diagnostic.range.start.line + 1,
    column: diagnostic.range.start.character + 1,
    endLine: diagnostic.range.end.line + 1,
    endColumn: diagnostic.range.end.character + 1,
    severity: severityName(diagnostic.severity),
    code: typeof diagnostic.code === 'string' ? diagnostic.code : String(diagnostic.code ?? ''),
    message: diagnostic.message,
  };
}

/** `hvconf lint`: one line per finding, or JSON; the exit code says whether errors were found. */
export function runLint(argv: readonly string[], io: CliIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        language: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.stderr(`hvconf lint: ${(error as Error).message}\n${lintUsage}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${lintUsage}\n`);
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'json') {
    io.stderr(`hvconf lint: --format must be text or json\n`);
    return 2;
  }
  if (values.language !== undefined && !LANGUAGES.includes(values.language as LanguageId)) {
    io.stderr(`hvconf lint: unknown language '${values.language}' (expected ${LANGUAGES.join(', ')})\n`);
    return 2;
  }
  if (positionals.length === 0) {
    io.stderr(`hvconf lint: no PATH given\n${lintUsage}\n`);
    return 2;
  }

  let targets;
  try {
    targets = collectTargets(positionals, values.language as LanguageId | undefined);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`hvconf lint: ${error.message}\n`);
      return 2;
    }
    throw error;
  }

  const service = createLanguageService({ logError: (message) => io.stderr(`${message}\n`) });
  const findings: Finding[] = [];
  const linted: LintedFile[] = [];
  let unreadable = 0;
  for (const target of targets) {
    let text: string;
    try {
      text = fs.readFileSync(target.path, 'utf8');
    } catch (error) {
      io.stderr(`hvconf lint: ${target.path}: ${(error as Error).message}\n`);
      unreadable++;
      continue;
    }
    const document = TextDocument.create(pathToFileURL(target.path).href, target.languageId, 1, text);
    for (const diagnostic of service.validate(document)) findings.push(toFinding(target.path, diagnostic));
    linted.push({ path: target.path, languageId: target.languageId, text });
  }
  // Clashes between the files linted together: names, MACs, UUIDs, container IPs and CTIDs.
  for (const [file, diagnostics] of lintWorkspaceClashes(linted)) {
    for (const diagnostic of diagnostics) findings.push(toFinding(file, diagnostic));
  }

  if (values.format === 'json') {
    io.stdout(`${JSON.stringify({ files: targets.length, findings }, null, 2)}\n`);
  } else {
    for (const finding of findings) {
      io.stdout(`${finding.file}:${finding.line}:${finding.column}: ${finding.severity} ${finding.code}: ${finding.message}\n`);
    }
  }
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  if (values.format === 'text') {
    io.stderr(`${targets.length} file(s) checked, ${errors} error(s), ${findings.length - errors} other finding(s)\n`);
  }
  return errors > 0 || unreadable > 0 ? 1 : 0;
}
