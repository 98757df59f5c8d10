import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import type { HvconfApi } from '../../../client/src/api';

export const extensionId = 'hvconf.hvconf';

/** How long a real signal may take before the test fails (not a sleep: we wait for events). */
const signalTimeoutMs = 20_000;

export function fixtureUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the e2e workspace folder is open');
  return vscode.Uri.file(path.join(folder.uri.fsPath, relative));
}

export async function openFixture(relative: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(relative));
  await vscode.window.showTextDocument(document);
  return document;
}

const scratchNames: Record<string, (n: number) => string> = {
  'xen-xl': (n) => `scratch-${n}.xl`,
  'vz-conf': (n) => `ve-scratch-${n}.conf-sample`,
  'vz-metafile': (n) => `scratch-${n}.metafile`,
};
let scratchCount = 0;

/**
 * An unsaved document with a name of its own (so a closed one is never handed
 * back), for tests that edit; fixtures on disk stay untouched.
 */
export async function openScratch(content: string, language = 'xen-xl'): Promise<vscode.TextDocument> {
  const name = scratchNames[language];
  assert.ok(name, `a scratch file name for ${language}`);
  scratchCount += 1;
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `/${Date.now()}/${name(scratchCount)}` });
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), content)));
  assert.strictEqual(document.languageId, language);
  return document;
}

export async function activateHvconf(): Promise<HvconfApi> {
  const extension = vscode.extensions.getExtension<HvconfApi>(extensionId);
  assert.ok(extension, `extension ${extensionId} is installed`);
  const api = await extension.activate();
  await api.whenServerReady();
  return api;
}

function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return '(none)';
  return diagnostics.map((d) => `${codeOf(d)} ${d.range.start.line}:${d.range.start.character} ${d.message}`).join('\n');
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  if (code === undefined) return '';
  return typeof code === 'object' ? String(code.value) : String(code);
}

/**
 * Resolves with the diagnostics of `uri` once `accept` says yes: checked now
 * and on every languages.onDidChangeDiagnostics for that uri. Fails after a
 * generous bound with what was last seen.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
  what: string,
): Promise<vscode.Diagnostic[]> {
  const current = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri);
  if (accept(current())) return Promise.resolve(current());
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out waiting for ${what} on ${uri.toString()}; last seen:\n${describeDiagnostics(current())}`));
    }, signalTimeoutMs);
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((changed) => changed.toString() === uri.toString())) return;
      const diagnostics = current();
      if (!accept(diagnostics)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(diagnostics);
    });
  });
}

export function hasCode(code: string): (diagnostics: readonly vscode.Diagnostic[]) => boolean {
  return (diagnostics) => diagnostics.some((d) => codeOf(d) === code);
}

export function lacksCode(code: string): (diagnostics: readonly vscode.Diagnostic[]) => boolean {
  return (diagnostics) => !diagnostics.some((d) => codeOf(d) === code);
}

/** The range of the `occurrence`-th `needle` in the document, for exact-range assertions. */
export function rangeOf(document: vscode.TextDocument, needle: string, occurrence = 1): vscode.Range {
  let offset = -1;
  for (let seen = 0; seen < occurrence; seen++) {
    offset = document.getText().indexOf(needle, offset + 1);
    assert.ok(offset >= 0, `"${needle}" occurs ${occurrence} time(s) in ${document.uri.toString()}`);
  }
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + needle.length));
}

/** The position just after `marker` (its first occurrence). */
export function positionAfter(document: vscode.TextDocument, marker: string): vscode.Position {
  return rangeOf(document, marker).end;
}

export function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Applies a code action the way the light bulb does: its edit, then its command. */
export async function applyCodeAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `edit of "${action.title}" applied`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/** Updates a global setting and waits until the extension host sees the new value. */
export async function setSetting(section: string, value: unknown): Promise<void> {
  const [root, ...rest] = section.split('.');
  await vscode.workspace.getConfiguration(root).update(rest.join('.'), value, vscode.ConfigurationTarget.Global);
}
