import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import type { HvconfApi } from '../../../client/src/api';

export const extensionId = 'hvconf.hvconf';

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

export async function activateHvconf(): Promise<HvconfApi> {
  const extension = vscode.extensions.getExtension<HvconfApi>(extensionId);
  assert.ok(extension, `extension ${extensionId} is installed`);
  return extension.activate();
}
