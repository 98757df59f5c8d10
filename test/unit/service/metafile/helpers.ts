import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Position, TextEdit } from 'vscode-languageserver-types';
import { createLanguageService, type LanguageService } from '../../../../server/src/service/index';

/** Errors logged by the service fail the test that caused them. */
export const loggedErrors: string[] = [];

export const service: LanguageService = createLanguageService({ logError: (message) => loggedErrors.push(message) });

export const CURSOR = '<|>';

let version = 0;

export function metafileDocument(text: string, uri = 'file:///templates/test.metafile'): TextDocument {
  version += 1;
  return TextDocument.create(uri, 'vz-metafile', version, text);
}

/** Removes the `<|>` marker; returns the text and the marker's position. */
export function withCursor(marked: string): { text: string; position: Position; document: TextDocument } {
  const offset = marked.indexOf(CURSOR);
  assert.ok(offset >= 0, `no ${CURSOR} marker in the test text`);
  const text = marked.slice(0, offset) + marked.slice(offset + CURSOR.length);
  const document = metafileDocument(text);
  return { text, position: document.positionAt(offset), document };
}

export function diagnosticsOf(text: string): Diagnostic[] {
  return service.validate(metafileDocument(text));
}

export function codesOf(text: string): string[] {
  return diagnosticsOf(text).map((diagnostic) => String(diagnostic.code));
}

/** The text a diagnostic's range covers. */
export function coveredText(text: string, diagnostic: Diagnostic): string {
  const document = TextDocument.create('file:///x.metafile', 'vz-metafile', 0, text);
  return document.getText(diagnostic.range);
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const document = TextDocument.create('file:///x.metafile', 'vz-metafile', 0, text);
  return TextDocument.applyEdits(document, [...edits]);
}

/** Quick fixes offered for the first diagnostic with `code`. */
export function fixesFor(text: string, code: string): { diagnostic: Diagnostic; actions: CodeAction[] } {
  const document = metafileDocument(text);
  const diagnostic = service.validate(document).find((candidate) => candidate.code === code);
  assert.ok(diagnostic, `expected a ${code} diagnostic`);
  return { diagnostic, actions: service.codeActions(document, diagnostic.range, [diagnostic]) };
}

/** Applies the named quick fix of the first `code` diagnostic and returns the new text. */
export function applyFix(text: string, code: string, title?: string | RegExp): string {
  const { actions } = fixesFor(text, code);
  const action = actions.find((candidate) => title === undefined || (typeof title === 'string' ? candidate.title === title : title.test(candidate.title)));
  assert.ok(action, `no fix ${String(title)} for ${code}; offered ${JSON.stringify(actions.map((a) => a.title))}`);
  const edits = Object.values(action.edit?.changes ?? {})[0] ?? [];
  return applyEdits(text, edits);
}

/** A valid Debian base OS template. */
export const DEBIAN_BASE = [
  '%osname', 'debian', '%osver', '12', '%osarch', 'x86_64', '%package_manager', 'dpkgx64',
  '%packages_0', 'base-files base-passwd', '%packages_1', 'bash', '%packages', 'openssh-server',
  '%repositories', '$DEB_SERVER/debian bookworm main', '',
].join('\n');

/** A valid CentOS 5 base OS template (an RPM package manager from the manual). */
export const CENTOS_BASE = [
  '%osname', 'centos', '%osver', '5', '%osarch', 'x86_64', '%package_manager', 'rpm44x64',
  '%distribution', 'centos', '%packages', 'bash', '%repositories', '$CE_SERVER/centos/5/os/x86_64', '',
].join('\n');

/** A valid application template. */
export const NGINX_APP = ['%osname', 'debian', '%osver', '12', '%osarch', 'x86_64', '%appname', 'nginx', '%packages', 'nginx', ''].join('\n');

/** A valid extra OS set. */
export const MINIMAL_SET = ['%osname', 'centos', '%osver', '7', '%osarch', 'x86_64', '%setname', 'minimal', '%packages', 'bash', ''].join('\n');
