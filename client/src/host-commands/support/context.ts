/** What every host command needs: the host connection, the log, the view and the confirmations. */
import type * as vscode from 'vscode';
import type { HostLog } from './host-log';
import type { GuestsProvider } from '../../guests/guests-provider';
import type { HostClient } from '../../guests/host-client';
import type { Confirmations } from './confirm';

export interface HostUi {
  readonly host: HostClient;
  /** the "HVConf Host" output channel: every call, report and error */
  readonly log: HostLog;
  readonly guests: GuestsProvider;
  readonly confirmations: Confirmations;
}

export type CommandRegistration = (ui: HostUi) => vscode.Disposable;
