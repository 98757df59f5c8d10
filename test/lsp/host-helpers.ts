/** Helpers for the host protocol tests: servers with deadlines, command calls, progress capture. */
import * as assert from 'assert';
import * as fs from 'fs';
import { spawn } from 'child_process';
import { pathToFileURL } from 'url';
import {
  createMessageConnection, ResponseError, StreamMessageReader, StreamMessageWriter, type MessageConnection,
} from 'vscode-jsonrpc/node';
import { HostRequests } from '../../server/src/host-bridge/protocol';
import { serverBundle, startServer, type LspSession } from '../support/lsp-client';

export interface ProgressParams { token: string; value: { kind: 'begin' | 'report' | 'end'; title?: string; message?: string; percentage?: number; cancellable?: boolean } }
export interface GuestsAnswer {
  hosts: Array<{ name: string; kind: string }>;
  domains: Array<{ name: string; host: string; state: string; isDomain0: boolean }>;
  containers: Array<{ ctid: number; host: string; status: string }>;
}

/** startServer with a deadline, so a broken bundle fails the suite instead of hanging it. */
export async function startHostServer(initializationOptions: unknown): Promise<LspSession> {
  let timer: NodeJS.Timeout | undefined;
  const started = startServer(initializationOptions);
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the server did not answer initialize within 15 s (is ${serverBundle} built?)`)), 15_000);
  });
  try {
    return await Promise.race([started, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Shuts the server down, and kills it if it does not exit, so mocha can end. */
export async function stopHostServer(session: LspSession | undefined): Promise<void> {
  if (!session) return;
  await Promise.race([session.close().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 5000))]);
  if (session.process.exitCode === null) session.process.kill();
}

export function fileUri(file: string): string {
  return pathToFileURL(file).toString();
}

export async function open(session: LspSession, file: string): Promise<string> {
  const uri = fileUri(file);
  const published = session.nextDiagnostics(uri, 1);
  await session.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'xen-xl', version: 1, text: fs.readFileSync(file, 'utf8') },
  });
  await published;
  return uri;
}

export function execute(session: LspSession, command: string, args: unknown, workDoneToken?: string): Promise<unknown> {
  return session.connection.sendRequest('workspace/executeCommand', { command, arguments: [args], ...(workDoneToken ? { workDoneToken } : {}) });
}

export async function failure(promise: Promise<unknown>): Promise<ResponseError<{ code: string; diagnostics?: unknown[]; createStorage?: Array<{ host: string; path: string; sizeGiB: number }> }>> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ResponseError, `expected a ResponseError, got ${String(error)}`);
    return error as ResponseError<{ code: string }>;
  }
  assert.fail('the call was expected to fail');
}

export function recordProgress(session: LspSession): Map<string, ProgressParams['value'][]> {
  const seen = new Map<string, ProgressParams['value'][]>();
  session.connection.onNotification('$/progress', (params: ProgressParams) => {
    seen.set(params.token, [...(seen.get(params.token) ?? []), params.value]);
  });
  return seen;
}

export async function guests(session: LspSession): Promise<GuestsAnswer> {
  return (await session.connection.sendRequest(HostRequests.guests)) as GuestsAnswer;
}

export const containerConfig = [
  'OSTEMPLATE="centos-7-x86_64"', 'HOSTNAME="db150.example.com"', 'IP_ADDRESS="10.1.0.50"', 'NAMESERVER="10.1.0.1"',
  'PHYSPAGES="0:262144"', 'SWAPPAGES="0:131072"', 'DISKSPACE="10G:11G"', 'ONBOOT="yes"', '',
].join('\n');

/** A client that accepts server-initiated progress (the shared helper does not announce it). */
export async function startProgressAwareServer(stateDir: string): Promise<{ connection: MessageConnection; close(): Promise<void> }> {
  const child = spawn(process.execPath, [serverBundle, '--stdio'], { stdio: 'pipe' });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  const kill = (): void => { if (child.exitCode === null) child.kill(); };
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      connection.sendRequest('initialize', {
        processId: process.pid, rootUri: null,
        capabilities: { window: { workDoneProgress: true } },
        initializationOptions: { settings: { host: { stateDir, speed: 1 } } },
      }),
      new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error('the server did not answer initialize within 15 s')), 15_000); }),
    ]);
  } catch (error) {
    kill();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  await connection.sendNotification('initialized', {});
  return {
    connection,
    async close() {
      const exited = (async () => {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
        await new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
      })();
      await Promise.race([exited.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 5000))]);
      kill();
      connection.dispose();
    },
  };
}
