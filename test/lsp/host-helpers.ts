/** Helpers for the host protocol tests: command calls, progress capture, fixtures. */
import * as assert from 'assert';
import * as fs from 'fs';
import { pathToFileURL } from 'url';
import { ResponseError } from 'vscode-jsonrpc/node';
import { HostRequests } from '../../server/src/host-bridge/protocol';
import { startServer, type LspSession } from '../support/lsp-client';

export interface ProgressParams { token: string; value: { kind: 'begin' | 'report' | 'end'; title?: string; message?: string; percentage?: number; cancellable?: boolean } }
export interface GuestsAnswer {
  hosts: Array<{ name: string; kind: string }>;
  domains: Array<{ name: string; host: string; state: string; isDomain0: boolean }>;
  containers: Array<{ ctid: number; host: string; status: string }>;
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

/** A client that announces it accepts server-initiated progress. */
export function startProgressAwareServer(stateDir: string): Promise<LspSession> {
  return startServer({ settings: { host: { stateDir, speed: 1 } } }, {}, { capabilities: { window: { workDoneProgress: true } } });
}
