/**
 * The client side of the host protocol: host commands run under a
 * cancellable progress notification (cancel → $/cancelRequest), custom
 * requests, and the hvconf/guestsChanged notification, which survives
 * language-server restarts.
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, ResponseError, WorkDoneProgress, type LanguageClient, type WorkDoneProgressBegin, type WorkDoneProgressReport } from 'vscode-languageclient/node';
import type { ServerController } from '../server-controller';
import type { HostLog } from '../host-commands/support/host-log';
import { HOST_ERROR, HostNotifications, type HostCommandId, type HostErrorData } from './protocol';

/** A refused or failed host call, with the server's error code and data. */
export class HostCallError extends Error {
  constructor(message: string, readonly code: string, readonly data: HostErrorData | undefined) {
    super(message);
  }
}

export interface RunOptions {
  /** show a cancellable progress notification with this title (default: run silently) */
  readonly progressTitle?: string;
}

let tokenCounter = 0;
/** how long a host command waits for a starting language server */
const SERVER_WAIT_MS = 15_000;

export class HostClient implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<readonly unknown[]>();
  /** fires with the server's GuestChange list (also once after every server (re)start) */
  readonly onDidChangeGuests = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private attachedTo: LanguageClient | undefined;

  constructor(private readonly controller: ServerController, readonly log: HostLog) {
    this.subscriptions.push(this.changed, controller.onDidChangeState((state) => {
      if (state === 'running') this.attach();
    }));
    if (controller.state === 'running') this.attach();
  }

  private attach(): void {
    const client = this.controller.languageClient;
    if (!client || client === this.attachedTo) return;
    this.attachedTo = client;
    this.subscriptions.push(client.onNotification(HostNotifications.guestsChanged, (params: { changes?: unknown[] }) => {
      this.changed.fire(params.changes ?? []);
    }));
    this.changed.fire([]);
  }

  private async client(): Promise<LanguageClient> {
    let timer: NodeJS.Timeout | undefined;
    const notRunning = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new HostCallError(
        'the HVConf language server is not running; start it with "HVConf: Restart Language Server"', 'no-server', undefined)), SERVER_WAIT_MS);
    });
    try {
      await Promise.race([this.controller.whenRunning(), notRunning]);
    } finally {
      clearTimeout(timer);
    }
    const client = this.controller.languageClient;
    if (!client) throw new HostCallError('the HVConf language server is not running', 'no-server', undefined);
    this.attach();
    return client;
  }

  async request<T>(method: string, params?: unknown): Promise<T> {
    const client = await this.client();
    try {
      return (await (params === undefined ? client.sendRequest(method) : client.sendRequest(method, params))) as T;
    } catch (error) {
      throw asHostCallError(error);
    }
  }

  /** Runs a host command; with a progress title the user sees it and can cancel it. */
  async execute<T>(command: HostCommandId, args: unknown, options: RunOptions = {}): Promise<T> {
    const client = await this.client();
    const send = async (token?: vscode.CancellationToken, onProgress?: (value: WorkDoneProgressBegin | WorkDoneProgressReport) => void): Promise<T> => {
      const workDoneToken = onProgress ? `hvconf-${process.pid}-${++tokenCounter}` : undefined;
      const listening = workDoneToken && onProgress
        ? client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => { if (value.kind !== 'end') onProgress(value); })
        : undefined;
      try {
        const params = { command, arguments: [args], ...(workDoneToken ? { workDoneToken } : {}) };
        // the typed request sends its params by name; a bare method name plus an absent token would send them by position
        return (await (token ? client.sendRequest(ExecuteCommandRequest.type, params, token) : client.sendRequest(ExecuteCommandRequest.type, params))) as T;
      } catch (error) {
        throw asHostCallError(error);
      } finally {
        listening?.dispose();
      }
    };
    if (!options.progressTitle) return send();
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: options.progressTitle, cancellable: true },
      (progress, token) => {
        let shown = 0;
        return send(token, (value) => {
          const percentage = value.percentage ?? shown;
          progress.report({ message: value.message, increment: Math.max(0, percentage - shown) });
          shown = Math.max(shown, percentage);
          if (value.message) this.log.appendLine(`  ${value.message}`);
        });
      },
    );
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

export function asHostCallError(error: unknown): HostCallError {
  if (error instanceof HostCallError) return error;
  if (error instanceof vscode.CancellationError) return new HostCallError('cancelled', 'aborted', { code: 'aborted' });
  if (error instanceof ResponseError) {
    const data = error.data as HostErrorData | undefined;
    const code = error.code === HOST_ERROR ? data?.code ?? 'io' : error.code === -32800 ? 'aborted' : String(error.code);
    return new HostCallError(error.message, code, data);
  }
  return new HostCallError(error instanceof Error ? error.message : String(error), 'io', undefined);
}
