/** "Export EZ template directory": lays a metafile out as vzmktmpl would, under a chosen template area. */
import * as vscode from 'vscode';
import type { ServerController } from '../server-controller';
import { callTemplateCommand } from './server-call';

interface TemplateFile { readonly relativePath: string; readonly content: string; readonly executable?: boolean }
type ExportResult =
  | { ok: true; directory: string; files: TemplateFile[]; rpmName: string; rpmOnly: string[]; warnings?: string[] }
  | { ok: false; errors: string[] };

async function metafileDocument(target: unknown): Promise<vscode.TextDocument | undefined> {
  if (target instanceof vscode.Uri) return vscode.workspace.openTextDocument(target);
  const active = vscode.window.activeTextEditor?.document;
  if (active?.languageId === 'vz-metafile') return active;
  const picked = await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: 'Export', filters: { 'EZ template metafile': ['metafile'] } });
  return picked?.[0] ? vscode.workspace.openTextDocument(picked[0]) : undefined;
}

export function registerExportTemplate(controller: ServerController, output: vscode.OutputChannel): vscode.Disposable {
  return vscode.commands.registerCommand('hvconf.exportTemplate', async (target?: unknown, destination?: vscode.Uri) => {
    const document = await metafileDocument(target);
    if (!document) return undefined;
    const area = destination ?? (await vscode.window.showOpenDialog({
      canSelectFiles: false, canSelectFolders: true, canSelectMany: false,
      openLabel: 'Export here', title: 'Template area to export into (for example /vz/template)',
    }))?.[0];
    if (!area) return undefined;

    const result = await callTemplateCommand<ExportResult>(controller, 'hvconf.exportTemplateTree', { text: document.getText() });
    if (!result.ok) {
      output.appendLine(`Export of ${document.uri.fsPath} refused:\n  ${result.errors.join('\n  ')}`);
      void vscode.window.showErrorMessage(`The metafile has errors vzmktmpl would refuse (${result.errors.length}); see the HVConf output.`);
      return undefined;
    }
    for (const file of result.files) {
      const uri = vscode.Uri.joinPath(area, ...file.relativePath.split('/'));
      await vscode.workspace.fs.writeFile(uri, Buffer.from(file.content, 'utf8'));
    }
    output.appendLine(`Exported ${document.uri.fsPath} to ${vscode.Uri.joinPath(area, result.directory).fsPath} (${result.files.length} files; RPM would be ${result.rpmName})`);
    if (result.rpmOnly.length > 0) output.appendLine(`  only in the RPM header, not in the tree: ${result.rpmOnly.join(', ')}`);
    void vscode.window.showInformationMessage(`Exported ${result.files.length} files to ${result.directory}`);
    return result;
  });
}
