/**
 * LSP glue only: wires protocol requests to the pure language service.
 * Transport (stdio, node IPC, socket) is chosen by vscode-languageserver from argv.
 */
import {
  CodeActionKind, createConnection, LSPErrorCodes, ProposedFeatures, ResponseError,
  TextDocuments, TextDocumentSyncKind, type CancellationToken, type Diagnostic, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from './service';
import { settingsFromClient } from './service/settings-from-client';
import { registerHostBridge } from './host-bridge';
import { exportTemplateTreeCommand, importTemplateTreeCommand, templateCommandIds } from './metafile/template-commands';
import { registerWorkspaceIndex } from './workspace-index';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const service = createLanguageService({ logError: (message) => connection.console.error(message) });
const hostBridge = registerHostBridge(connection, documents, service, {
  // pure metafile ⇄ template-tree conversions; no host involved
  extraCommands: {
    [templateCommandIds.export]: (args) => exportTemplateTreeCommand(args),
    [templateCommandIds.import]: (args) => importTemplateTreeCommand(args),
  },
});
/** cross-file checks; a change in one file republishes the open documents it affects */
const workspaceIndex = registerWorkspaceIndex(connection, documents, service, (uri) => {
  const document = documents.get(uri);
  if (document) scheduleValidation(document);
});
let clientPullsConfiguration = false;

/** Answers a cancelled request the way the protocol asks, instead of with stale work. */
function checkCancelled(token: CancellationToken): void {
  if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
}

/** Every handler runs guarded: an exception is logged and answered with `fallback`. */
function guarded<T>(name: string, fallback: T, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ResponseError) throw error;
    connection.console.error(`hvconf: ${name} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    return fallback;
  }
}

connection.onInitialize((params): InitializeResult => {
  clientPullsConfiguration = params.capabilities.workspace?.configuration === true;
  const initial = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
  if (initial !== undefined) service.updateSettings(settingsFromClient(initial));
  workspaceIndex.initialize(params);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      completionProvider: { triggerCharacters: ['=', ',', '"', "'", ' ', '[', '%', '$'], resolveProvider: false },
      hoverProvider: true,
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      documentFormattingProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      executeCommandProvider: hostBridge.executeCommandProvider(params),
    },
    serverInfo: { name: 'hvconf-language-server', version: '0.1.0' },
  };
});

async function refreshSettings(pushed: unknown): Promise<void> {
  let raw = pushed;
  if (clientPullsConfiguration) {
    raw = await connection.workspace.getConfiguration('hvconf');
  } else if (raw && typeof raw === 'object' && 'hvconf' in raw) {
    raw = (raw as { hvconf: unknown }).hvconf;
  }
  service.updateSettings(settingsFromClient(raw));
  validated.clear();
  workspaceIndex.updateSettings(settingsFromClient(raw));
  for (const document of documents.all()) scheduleValidation(document);
}

connection.onInitialized(() => {
  workspaceIndex.initialized();
  if (clientPullsConfiguration) void refreshSettings(undefined).catch((error) => connection.console.error(String(error)));
});
connection.onDidChangeConfiguration((change) => {
  void refreshSettings(change.settings).catch((error) => connection.console.error(String(error)));
});

/**
 * Validation runs on the next turn of the event loop, so a burst of changes to
 * one document is validated once, at its latest version, with no timer delay.
 */
const pendingValidation = new Map<string, NodeJS.Immediate>();
/** the service's diagnostics per open document version: a republish for cross-file changes does not re-run the checks */
const validated = new Map<string, { version: number; diagnostics: readonly Diagnostic[] }>();
function ownDiagnostics(document: TextDocument): readonly Diagnostic[] {
  const hit = validated.get(document.uri);
  if (hit?.version === document.version) return hit.diagnostics;
  const diagnostics = service.validate(document);
  validated.set(document.uri, { version: document.version, diagnostics });
  return diagnostics;
}

function scheduleValidation(document: TextDocument): void {
  const pending = pendingValidation.get(document.uri);
  if (pending) clearImmediate(pending);
  pendingValidation.set(document.uri, setImmediate(() => {
    pendingValidation.delete(document.uri);
    const current = documents.get(document.uri);
    if (!current) return;
    const diagnostics = guarded('validate', [], () => [...ownDiagnostics(current), ...workspaceIndex.diagnosticsFor(current)]);
    void connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics });
  }));
}

documents.onDidOpen((event) => scheduleValidation(event.document));
documents.onDidChangeContent((event) => scheduleValidation(event.document));
documents.onDidClose((event) => {
  const pending = pendingValidation.get(event.document.uri);
  if (pending) clearImmediate(pending);
  pendingValidation.delete(event.document.uri);
  validated.delete(event.document.uri);
  service.forget(event.document.uri);
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

connection.onCompletion((params, token) => {
  checkCancelled(token);
  const document = documents.get(params.textDocument.uri);
  return document ? guarded('completion', null, () => service.complete(document, params.position)) : null;
});
connection.onHover((params, token) => {
  checkCancelled(token);
  const document = documents.get(params.textDocument.uri);
  return document ? guarded('hover', null, () => service.hover(document, params.position)) : null;
});
connection.onDocumentSymbol((params, token) => {
  checkCancelled(token);
  const document = documents.get(params.textDocument.uri);
  return document ? guarded('symbols', [], () => service.symbols(document)) : [];
});
connection.onFoldingRanges((params, token) => {
  checkCancelled(token);
  const document = documents.get(params.textDocument.uri);
  return document ? guarded('folding', [], () => service.folding(document)) : [];
});
connection.onDocumentFormatting((params, token) => {
  checkCancelled(token);
  const document = documents.get(params.textDocument.uri);
  return document ? guarded('format', [], () => service.format(document, params.options)) : [];
});
connection.onCodeAction((params, token) => {
  checkCancelled(token);
  const document = documents.get(params.textDocument.uri);
  return document ? guarded('codeActions', [], () => service.codeActions(document, params.range, params.context.diagnostics)) : [];
});

documents.listen(connection);
connection.listen();
