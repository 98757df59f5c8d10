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

/** A dynamic registration the server asked for (e.g. file watchers). */
export interface Registration {
  readonly id: string;
  readonly method: string;
  readonly registerOptions?: { watchers?: Array<{ globPattern: string }> };
}

export interface LspSession {
  readonly connection: MessageConnection;
  readonly process: ChildProcessWithoutNullStreams;
  /** resolves with the next diagnostics published for `uri` (optionally at `version`) */
  nextDiagnostics(uri: string, version?: number): Promise<Diagnostic[]>;
  /** sees every publishDiagnostics, for tests that keep their own record */
  onDiagnostics(listener: (uri: string, diagnostics: Diagnostic[]) => void): void;
  /** what the server registered dynamically (client/registerCapability) */
  readonly registrations: Registration[];
  /** stderr and window/logMessage output, for failure messages */
  readonly log: string[];
  /** shuts the server down; kills it if it has not exited within a few seconds, so mocha can end */
  close(): Promise<void>;
}

export interface StartOptions {
  /** the workspace folder the client "opened"; none by default */
  readonly rootUri?: string;
  /** client capabilities merged over the default (versioned diagnostics) */
  readonly capabilities?: Record<string, unknown>;
}

/** Servers still running, so a failed test cannot leave one behind to hold the test run open. */
const running = new Set<ChildProcessWithoutNullStreams>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** How long initialize may take before the start counts as failed (a broken bundle must not hang a suite). */
const START_TIMEOUT_MS = 15_000;
const CLOSE_TIMEOUT_MS = 5_000;

/**
 * Starts the bundled server. Each server gets its own empty host state folder
 * unless the caller passes one, so tests never share (or lock) the user's.
 */
export async function startServer(initializationOptions?: unknown, env: NodeJS.ProcessEnv = {}, options: StartOptions = {}): Promise<LspSession> {
  const stateDir = env.HVCONF_STATE_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hvconf-lsp-state-'));
  const child = spawn(process.execPath, [serverBundle, '--stdio'], { stdio: 'pipe', env: { ...process.env, ...env, HVCONF_STATE_DIR: stateDir } });
  running.add(child);
  child.once('exit', () => running.delete(child));
  const log: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));

  const waiters: Array<{ uri: string; version?: number; resolve: (d: Diagnostic[]) => void }> = [];
  const listeners: Array<(uri: string, diagnostics: Diagnostic[]) => void> = [];
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    for (const listener of listeners) listener(params.uri, params.diagnostics);
    for (let i = 0; i < waiters.length; i++) {
      const waiter = waiters[i];
      if (waiter.uri === params.uri && (waiter.version === undefined || waiter.version === params.version)) {
        waiters.splice(i, 1);
        waiter.resolve(params.diagnostics);
        return;
      }
    }
  });
  const registrations: Registration[] = [];
  connection.onNotification('window/logMessage', (params: { message: string }) => log.push(params.message));
  connection.onRequest('workspace/configuration', () => [{}]);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('client/registerCapability', (params: { registrations: Registration[] }) => {
    registrations.push(...params.registrations);
    return null;
  });
  connection.listen();

  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the server did not answer initialize within ${START_TIMEOUT_MS / 1000} s (is ${serverBundle} built?)`)), START_TIMEOUT_MS);
  });
  const initialized = connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: options.rootUri ?? null,
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } }, ...options.capabilities },
    initializationOptions,
  });
  try {
    await Promise.race([initialized, deadline]);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  } finally {
    clearTimeout(timer);
  }
  await connection.sendNotification('initialized', {});

  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  return {
    connection,
    process: child,
    log,
    registrations,
    nextDiagnostics(uri, version) {
      return new Promise((resolve) => waiters.push({ uri, version, resolve }));
    },
    onDiagnostics(listener) {
      listeners.push(listener);
    },
    async close() {
      const shutdown = (async () => {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
        await exited;
      })().catch(() => undefined);
      await Promise.race([shutdown, new Promise((resolve) => setTimeout(resolve, CLOSE_TIMEOUT_MS))]);
      if (child.exitCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
      connection.dispose();
    },
  };
}
