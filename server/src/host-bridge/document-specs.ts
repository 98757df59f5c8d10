/**
 * Builds the typed spec a launch needs from a document: the open editor's
 * text when the client has it open, else the file on disk. A document with
 * errors is refused with its diagnostics, exactly as they are published.
 */
import * as fs from 'fs';
import { fileURLToPath } from 'url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver/node';
import { detectLanguage, type LanguageService } from '../service';
import { buildGuestSpec, isSpecRefusal, type GuestSpec } from '../service/guest-specs';
import { bridgeError } from './errors';

export type { GuestSpec } from '../service/guest-specs';

export interface DocumentSource {
  readonly documents: TextDocuments<TextDocument>;
  readonly service: LanguageService;
}

function pathOf(uri: string): string {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
  } catch {
    return uri;
  }
}

/** The open document, or the file read from disk (a client may launch a file it has not opened). */
export function findDocument(source: DocumentSource, uri: unknown): TextDocument {
  if (typeof uri !== 'string' || uri === '') throw bridgeError('invalid-argument', 'no document given: pass { "uri": "file:///…" }');
  const open = source.documents.get(uri);
  if (open) return open;
  const file = pathOf(uri);
  const languageId = detectLanguage(file);
  if (!uri.startsWith('file:') || !languageId) {
    throw bridgeError('no-document', `${file} is not open in the editor and is not a file HVConf recognises`);
  }
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw bridgeError('no-document', `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return TextDocument.create(uri, languageId, 0, text);
}

function describe(diagnostic: Diagnostic): string {
  const code = diagnostic.code === undefined ? '' : ` [${String(diagnostic.code)}]`;
  return `line ${diagnostic.range.start.line + 1}: ${diagnostic.message}${code}`;
}

function refuse(file: string, diagnostics: readonly Diagnostic[], lines: readonly string[] = diagnostics.map(describe)): never {
  const count = lines.length;
  throw bridgeError('invalid-config',
    `${file} has ${count} error${count === 1 ? '' : 's'}; fix ${count === 1 ? 'it' : 'them'} before launching:\n${lines.map((line) => `  ${line}`).join('\n')}`,
    { diagnostics });
}

/** The spec of a document, or a HOST_ERROR `invalid-config` listing the document's errors. */
export function specOf(source: DocumentSource, document: TextDocument): GuestSpec {
  const file = pathOf(document.uri);
  const errors = source.service.validate(document).filter((d) => d.severity === DiagnosticSeverity.Error);
  if (errors.length > 0) refuse(file, errors);
  if (!source.service.supports(document.languageId)) {
    throw bridgeError('not-supported', `${file} (${document.languageId}) cannot be launched: only xen-xl, vz-conf and vz-metafile documents can`);
  }
  const built = buildGuestSpec(source.service, document, file);
  if (isSpecRefusal(built)) refuse(file, [], built.errors);
  return built;
}
