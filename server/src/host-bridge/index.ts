/**
 * Joins the LSP connection to the simulated host: `workspace/executeCommand`
 * host commands with `$/progress` and cancellation, the hvconf/* requests,
 * and the hvconf/guestsChanged notification.
 *
 * server.ts calls registerHostBridge once, and in its initialize answer sets
 * `executeCommandProvider: bridge.executeCommandProvider(params)`, which also
 * hands the bridge the initialization options (the connection allows only one
 * initialize handler, and that one is server.ts's).
 */
import {
  ExecuteCommandRequest, LSPErrorCodes, MessageType, ResponseError, ShowMessageNotification,
  type Connection, type ExecuteCommandOptions, type InitializeParams, type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Disposable } from '../host/hypervisor';
import type { LanguageService } from '../service';
import { argsOf } from './arguments';
import { commandDef } from './commands';
import { toResponseError } from './errors';
import { HostSession } from './host-session';
import { rawHostSettings, resolveHostSettings } from './host-settings';
import { withProgress } from './progress';
import { hostCommandIds, HostNotifications } from './protocol';
import { requestTable } from './requests';

export { hostCommandIds, HostCommands, HostRequests, HostNotifications, HOST_ERROR } from './protocol';
export type { HostErrorData } from './protocol';

/** A workspace/executeCommand handler that is not a host command (the connection allows one handler in all). */
export type ExtraCommand = (args: readonly unknown[]) => unknown;

export interface HostBridgeOptions {
  /** poll the cluster journal for changes by other processes (ms; default 1500, 0 = never) */
  readonly watchIntervalMs?: number;
  /**
   * Other servers' commands routed through the same handler and listed in
   * executeCommandProvider, e.g. the metafile template-tree commands. A
   * throw is answered as RequestFailed with its message.
   */
  readonly extraCommands?: Readonly<Record<string, ExtraCommand>>;
}

export interface HostBridge extends Disposable {
  /** For the initialize result; reads the client's initialization options and capabilities. */
  executeCommandProvider(params: InitializeParams): ExecuteCommandOptions;
}

/** A client that does not answer workspace/configuration must not stall every host call. */
const SETTINGS_PULL_TIMEOUT_MS = 2000;

function pullSettings(connection: Connection): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => { timer = setTimeout(() => resolve(undefined), SETTINGS_PULL_TIMEOUT_MS); });
  const pulled = connection.workspace.getConfiguration('hvconf').then((value: unknown) => value, () => undefined);
  return Promise.race([pulled, timeout]).finally(() => clearTimeout(timer));
}

export function registerHostBridge(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  service: LanguageService,
  options: HostBridgeOptions = {},
): HostBridge {
  let initialSettings: unknown;
  let pullsConfiguration = false;
  const source = { documents, service };

  const session = new HostSession({
    settings: async () => {
      const current = pullsConfiguration ? await pullSettings(connection) : undefined;
      return resolveHostSettings([rawHostSettings(current), rawHostSettings(initialSettings)]);
    },
    onGuestsChanged: (changes) => void connection.sendNotification(HostNotifications.guestsChanged, { changes }),
    // a notification, not window/showMessageRequest: nothing to answer, and no client is kept waiting
    onNotice: (message) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `HVConf host: ${message}` }),
    ...(options.watchIntervalMs !== undefined ? { watchIntervalMs: options.watchIntervalMs } : {}),
  });

  const extraCommands = options.extraCommands ?? {};
  const runExtraCommand = async (command: string, args: readonly unknown[]): Promise<unknown> => {
    const extra = Object.prototype.hasOwnProperty.call(extraCommands, command) ? extraCommands[command] : undefined;
    if (!extra) throw new ResponseError(LSPErrorCodes.RequestFailed, `unknown command ${command}`);
    try {
      return await extra(args);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      throw new ResponseError(LSPErrorCodes.RequestFailed, error instanceof Error ? error.message : String(error));
    }
  };

  const disposables: Array<{ dispose(): void }> = [];

  disposables.push(connection.onRequest(ExecuteCommandRequest.type, async (params, token) => {
    const def = commandDef(params.command);
    if (!def) return runExtraCommand(params.command, params.arguments ?? []);
    try {
      const args = argsOf(params.command, params.arguments);
      const attached = params.workDoneToken !== undefined ? connection.window.attachWorkDoneProgress(params.workDoneToken) : undefined;
      // createWorkDoneProgress answers a silent reporter when the client cannot show server-initiated progress
      return await withProgress({ connection, title: def.title(args), token, attached, serverInitiated: true },
        (scope) => session.use((host) => def.run({ args, scope, host, source })));
    } catch (error) {
      throw toResponseError(error, params.command);
    }
  }));

  for (const [method, handler] of Object.entries(requestTable)) {
    disposables.push(connection.onRequest(method, async (params: unknown) => {
      try {
        return await session.use((host) => handler(host, params));
      } catch (error) {
        throw toResponseError(error, method);
      }
    }));
  }

  return {
    executeCommandProvider(params) {
      initialSettings = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
      pullsConfiguration = params.capabilities.workspace?.configuration === true;
      return { commands: [...hostCommandIds, ...Object.keys(extraCommands)] };
    },
    dispose() {
      for (const disposable of disposables) disposable.dispose();
      session.dispose();
    },
  };
}
