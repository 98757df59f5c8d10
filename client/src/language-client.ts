import * as fs from 'fs';
import * as vscode from 'vscode';
import {
  LanguageClient, RevealOutputChannelOn, TransportKind,
  type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';
import { hvconfLanguageIds, settingsSection } from './language-ids';

/** The bundled server, shipped inside the extension folder (see scripts/bundle.mjs). */
export function serverModulePath(context: vscode.ExtensionContext): string {
  return context.asAbsolutePath('dist/server.js');
}

/**
 * Builds (does not start) the client for the HVConf server. The server runs as
 * a Node child process talking over IPC; its id `hvconf` makes the client read
 * `hvconf.trace.server` for protocol tracing.
 */
export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClient {
  const serverModule = serverModulePath(context);
  if (!fs.existsSync(serverModule)) {
    throw new Error(`HVConf language server not found at ${serverModule}; run "npm run build" in the extension folder.`);
  }
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: hvconfLanguageIds.map((language) => ({ language })),
    // The server applies these before the first document opens; later changes
    // arrive as workspace/didChangeConfiguration (`{ hvconf: {...} }`).
    initializationOptions: { settings: currentSettings() },
    synchronize: { configurationSection: settingsSection },
    outputChannel: output,
    traceOutputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
  };
  return new LanguageClient('hvconf', 'HVConf Language Server', serverOptions, clientOptions);
}

/** The `hvconf.*` settings as a plain JSON object, as the server expects them. */
function currentSettings(): unknown {
  return vscode.workspace.getConfiguration().get(settingsSection) ?? {};
}
