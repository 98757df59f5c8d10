/**
 * Commands for the real-editor tests only (not contributed, so not in the
 * palette): the extension runs from its bundle, a test from compiled
 * sources, so they share nothing but commands.
 */
import * as vscode from 'vscode';
import type { Confirmations } from '../host-commands/support/confirm';
import type { HostLog } from '../host-commands/support/host-log';
import type { GuestsProvider } from './guests-provider';

export const TestHookCommands = {
  /** args: boolean[] — the answers the next modal confirmations get */
  answerConfirmations: 'hvconf._test.answerConfirmations',
  /** returns the questions asked so far */
  askedConfirmations: 'hvconf._test.askedConfirmations',
  /** returns the Guests view as RenderedNode[] from a fresh answer */
  renderGuests: 'hvconf._test.renderGuests',
  /** returns the recent lines of the HVConf Host output channel */
  hostLog: 'hvconf._test.hostLog',
} as const;

export function registerTestHooks(guests: GuestsProvider, confirmations: Confirmations, log: HostLog): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(TestHookCommands.answerConfirmations, (answers: unknown) => {
      confirmations.queueAnswers(Array.isArray(answers) ? answers.map(Boolean) : [Boolean(answers)]);
    }),
    vscode.commands.registerCommand(TestHookCommands.askedConfirmations, () => [...confirmations.asked]),
    vscode.commands.registerCommand(TestHookCommands.renderGuests, () => guests.render()),
    vscode.commands.registerCommand(TestHookCommands.hostLog, () => log.lines()),
  );
}
