import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient } from './language-client';

export type ServerState = 'starting' | 'running' | 'stopped' | 'failed';

/**
 * Owns the one language client: starts it, restarts it on request and tells
 * listeners (the status item, tests) about every state change. A failed start
 * is reported in the output channel and the state, never thrown at activation.
 */
export class ServerController implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private current: ServerState = 'stopped';
  private lastError: string | undefined;
  private readonly stateEmitter = new vscode.EventEmitter<ServerState>();
  readonly onDidChangeState = this.stateEmitter.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.OutputChannel,
  ) {}

  get state(): ServerState {
    return this.current;
  }

  /** why the last start failed, for the status item and the restart command */
  get failure(): string | undefined {
    return this.lastError;
  }

  async start(): Promise<void> {
    this.setState('starting');
    try {
      const client = createLanguageClient(this.context, this.output);
      this.client = client;
      client.onDidChangeState((event) => {
        if (this.client !== client) return;
        if (event.newState === State.Running) this.setState('running');
        else if (event.newState === State.Starting) this.setState('starting');
        else if (this.current !== 'failed') this.setState('stopped');
      });
      await client.start();
      this.lastError = undefined;
      this.setState('running');
    } catch (error) {
      this.lastError = error instanceof Error ? error.message : String(error);
      this.output.appendLine(`[hvconf] the language server did not start: ${this.lastError}`);
      this.setState('failed');
    }
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client && client.isRunning()) {
      try {
        await client.stop();
      } catch (error) {
        this.output.appendLine(`[hvconf] stopping the language server failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    this.setState('stopped');
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  /** Resolves once the server runs; rejects when the current start failed. */
  /** The running client, for features that send their own requests; undefined while stopped. */
  get languageClient(): LanguageClient | undefined {
    return this.client;
  }

  whenRunning(): Promise<void> {
    if (this.current === 'running') return Promise.resolve();
    if (this.current === 'failed') return Promise.reject(new Error(this.lastError ?? 'the language server failed to start'));
    return new Promise((resolve, reject) => {
      const subscription = this.onDidChangeState((state) => {
        if (state === 'running') {
          subscription.dispose();
          resolve();
        } else if (state === 'failed') {
          subscription.dispose();
          reject(new Error(this.lastError ?? 'the language server failed to start'));
        }
      });
    });
  }

  dispose(): void {
    this.stateEmitter.dispose();
  }

  private setState(state: ServerState): void {
    if (state === this.current) return;
    this.current = state;
    this.stateEmitter.fire(state);
  }
}
