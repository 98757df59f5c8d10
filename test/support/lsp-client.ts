/**
 * A minimal LSP client over stdio for protocol tests and the latency bench:
 * starts the real bundled server and speaks JSON-RPC to it.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection,
} from 'vscode-jsonrpc/node';
import type { Diagnostic } from 'vscode-languageserver-types';

interface PublishDiagnosticsParams { uri: string; version?: number; diagnostics: Diagnostic[] }

export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const serverBundle = path.join(repoRoot, 'dist', 'server.js');

export interface LspSession {
  readonly connection: MessageConnection;
  readonly process: ChildProcessWithoutNullStreams;
  /** resolves with the next diagnostics published for `uri` (optionally at `version`) */
  nextDiagnostics(uri: string, version?: number): Promise<Diagnostic[]>;
  /** stderr and window/logMessage output, for failure messages */
  readonly log: string[];
  close(): Promise<void>;
}

/**
 * Starts the bundled server. Each server gets its own empty host state folder
 * unless the caller passes one, so tests never share (or lock) the user's.
 */
/** Servers still running, so a failed test cannot leave one behind to hold the test run open. */
const running = new Set<ChildProcessWithoutNullStreams>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export async function startServer(initializationOptions?: unknown, env: NodeJS.ProcessEnv = {}): Promise<LspSession> {
  const stateDir = env.HVCONF_STATE_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hvconf-lsp-state-'));
  const child = spawn(process.execPath, [serverBundle, '--stdio'], { stdio: 'pipe', env: { ...process.env, ...env, HVCONF_STATE_DIR: stateDir } });
  running.add(child);
  child.once('exit', () => running.delete(child));
  const log: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));

  const waiters: Array<{ uri: string; version?: number; resolve: (d: Diagnostic[]) => void }> = [];
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    for (let i = 0; i < waiters.length; i++) {
      const waiter = waiters[i];
      if (waiter.uri === params.uri && (waiter.version === undefined || waiter.version === params.version)) {
        waiters.splice(i, 1);
        waiter.resolve(params.diagnostics);
        return;
      }
    }
  });
  connection.onNotification('window/logMessage', (params: { message: string }) => log.push(params.message));
  connection.onRequest('workspace/configuration', () => [{}]);
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();

  const initialized = connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
    initializationOptions,
  });
  try {
    await initialized;
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  await connection.sendNotification('initialized', {});

  return {
    connection,
    process: child,
    log,
    nextDiagnostics(uri, version) {
      return new Promise((resolve) => waiters.push({ uri, version, resolve }));
    },
    async close() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) resolve();
        else child.once('exit', () => resolve());
      });
      connection.dispose();
    },
  };
}
