/**
 * The I/O side of the cross-file checks for the language server: finds the
 * HVConf files of the open folders, keeps them current through the
 * client's file watcher, and answers the cross-file diagnostics of an open
 * document, which the server adds to the ones it publishes.
 */
import {
  DidChangeWatchedFilesNotification, DidChangeWorkspaceFoldersNotification, FileChangeType,
  type Connection, type InitializeParams, type TextDocuments,
} from 'vscode-languageserver/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService, ServiceSettings } from '../service';
import { settingsFromClient } from '../service/settings-from-client';
import { pathOfUri, rootsOf } from './uris';
import { WorkspaceIndex } from './workspace-index';

export { WorkspaceIndex, type OpenDocuments, type WorkspaceIndexOptions } from './workspace-index';
export { defaultScanLimits, type ScanLimits } from './scan';

export interface WorkspaceIndexBinding {
  /** call from `onInitialize`: reads the folders and the initial settings, starts the scan */
  initialize(params: InitializeParams): void;
  /** call from `onInitialized`: registers the file watcher and folder changes when the client allows it */
  initialized(): void;
  /** call with the same patch given to `service.updateSettings` */
  updateSettings(patch: Partial<ServiceSettings>): void;
  /** the cross-file diagnostics of an open document, to add to `service.validate(document)` */
  diagnosticsFor(document: TextDocument): Diagnostic[];
  readonly index: WorkspaceIndex;
}

/** Globs covering the file names `detectLanguage` maps to xen-xl and vz-conf. */
const WATCHED_GLOBS = ['**/*.cfg', '**/*.xl', '**/xlexample.*', '**/*.conf'];

/**
 * Wires the index to the connection. `republish(uri)` must validate and
 * publish that open document again (the server's `scheduleValidation`).
 */
export function registerWorkspaceIndex(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  service: LanguageService,
  republish: (uri: string) => void,
): WorkspaceIndexBinding {
  const log = (message: string): void => connection.console.log(message);
  const index = new WorkspaceIndex({ documents, modelOf: (document) => service.model(document), republish, log });
  let capabilities: InitializeParams['capabilities'] | undefined;

  documents.onDidClose((event) => void index.documentClosed(event.document.uri));

  connection.onDidChangeWatchedFiles((params) => {
    for (const change of params.changes) {
      if (change.type === FileChangeType.Deleted) index.fileDeleted(change.uri);
      else void index.fileChanged(change.uri);
    }
  });

  return {
    index,
    initialize(params) {
      capabilities = params.capabilities;
      const initial = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
      if (initial !== undefined) index.updateSettings(settingsFromClient(initial));
      // installed here, after the library's own workspace-folder feature, so this handler is the one that runs
      connection.onNotification(DidChangeWorkspaceFoldersNotification.type, (change) => {
        const paths = (folders: ReadonlyArray<{ uri: string }>): string[] => folders.map((folder) => pathOfUri(folder.uri)).filter((root): root is string => root !== undefined);
        index.removeRoots(paths(change.event.removed));
        void index.addRoots(paths(change.event.added));
      });
      void index.setRoots(rootsOf(params));
    },
    initialized() {
      if (capabilities?.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED_GLOBS.map((globPattern) => ({ globPattern })) })
          .catch((error: unknown) => log(`hvconf: could not watch files: ${String(error)}`));
      }
      if (capabilities?.workspace?.workspaceFolders) {
        void connection.client.register(DidChangeWorkspaceFoldersNotification.type)
          .catch((error: unknown) => log(`hvconf: could not follow workspace folders: ${String(error)}`));
      }
    },
    updateSettings(patch) {
      index.updateSettings(patch);
    },
    diagnosticsFor(document) {
      try {
        return index.diagnosticsFor(document);
      } catch (error) {
        connection.console.error(`hvconf: cross-file checks failed on ${document.uri}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
        return [];
      }
    },
  };
}
