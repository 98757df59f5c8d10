import * as vscode from 'vscode';
import type { ServerController } from '../server-controller';
import { registerExportTemplate } from './export-template';
import { registerImportTemplate } from './import-template';

export function registerTemplateCommands(controller: ServerController, output: vscode.OutputChannel): vscode.Disposable {
  return vscode.Disposable.from(registerExportTemplate(controller, output), registerImportTemplate(controller, output));
}
