/** "Import EZ template directory": reads a config/os|app/... tree back into a metafile. */
import * as vscode from 'vscode';
import type { ServerController } from '../server-controller';
import { callTemplateCommand } from './server-call';

type ImportResult = { ok: true; text: string; warnings: string[]; vzmktmplOptions: string[] } | { ok: false; errors: string[] };

/** Every file below `folder`, with paths relative to it; template trees are small, so a cap guards against a wrong pick. */
async function readTree(folder: vscode.Uri, prefix = '', budget = { files: 2000 }): Promise<Array<{ relativePath: string; content: string }>> {
  const files: Array<{ relativePath: string; content: string }> = [];
  for (const [name, type] of await vscode.workspace.fs.readDirectory(folder)) {
    if (budget.files <= 0) throw new Error('the folder holds more than 2,000 files: pick the template area or a config directory');
    const child = vscode.Uri.joinPath(folder, name);
    const relativePath = prefix ? `${prefix}/${name}` : name;
    if (type === vscode.FileType.Directory) files.push(...await readTree(child, relativePath, budget));
    else if (type === vscode.FileType.File) {
      budget.files--;
      files.push({ relativePath, content: Buffer.from(await vscode.workspace.fs.readFile(child)).toString('utf8') });
    }
  }
  return files;
}

export function registerImportTemplate(controller: ServerController, output: vscode.OutputChannel): vscode.Disposable {
  return vscode.commands.registerCommand('hvconf.importTemplate', async (folder?: vscode.Uri) => {
    const area = folder ?? (await vscode.window.showOpenDialog({
      canSelectFiles: false, canSelectFolders: true, canSelectMany: false,
      openLabel: 'Import', title: 'Template area (holding config/os or config/app) or one template config directory',
    }))?.[0];
    if (!area) return undefined;
    let files;
    try {
      files = await readTree(area);
    } catch (error) {
      void vscode.window.showErrorMessage(`Cannot read ${area.fsPath}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
    const result = await callTemplateCommand<ImportResult>(controller, 'hvconf.importTemplateTree', { files });
    if (!result.ok) {
      output.appendLine(`Import of ${area.fsPath} failed:\n  ${result.errors.join('\n  ')}`);
      void vscode.window.showErrorMessage(`No EZ template found in ${area.fsPath}; see the HVConf output.`);
      return undefined;
    }
    for (const warning of result.warnings) output.appendLine(`import: ${warning}`);
    const document = await vscode.workspace.openTextDocument({ language: 'vz-metafile', content: result.text });
    await vscode.window.showTextDocument(document);
    return document;
  });
}
