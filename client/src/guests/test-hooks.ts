/**
 * Commands for the real-editor tests only (not contributed, so not in the
 * palette): the extension runs from its bundle, a test from compiled
 * sources, so they share nothing but commands.
 */
import * as vscode from 'vscode';
import type { Confirmations } from '../host-commands/support/confirm';
import type { HostLog } from '../host-commands/support/host-log';
import type { GuestsProvider } from './guests-provider';
import type { HostClient } from './host-client';

export const TestHookCommands = {
  /** args: boolean[] — the answers the next modal confirmations get */
  answerConfirmations: 'hvconf._test.answerConfirmations',
  /** returns the questions asked so far */
  askedConfirmations: 'hvconf._test.askedConfirmations',
  /** returns the Guests view as RenderedNode[] from a fresh answer */
  renderGuests: 'hvconf._test.renderGuests',
  /** returns the recent lines of the HVConf Host output channel */
  hostLog: 'hvconf._test.hostLog',
  /** resolves with the next non-empty hvconf/guestsChanged batch (rejects after 15 s) */
  nextGuestsChange: 'hvconf._test.nextGuestsChange',
} as const;

function nextChange(host: HostClient): Promise<readonly unknown[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { subscription.dispose(); reject(new Error('no hvconf/guestsChanged within 15 s')); }, 15_000);
    const subscription = host.onDidChangeGuests((changes) => {
      if (changes.length === 0) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(changes);
    });
  });
}

export function registerTestHooks(guests: GuestsProvider, confirmations: Confirmations, log: HostLog, host: HostClient): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(TestHookCommands.answerConfirmations, (answers: unknown) => {
      confirmations.queueAnswers(Array.isArray(answers) ? answers.map(Boolean) : [Boolean(answers)]);
    }),
    vscode.commands.registerCommand(TestHookCommands.askedConfirmations, () => [...confirmations.asked]),
    vscode.commands.registerCommand(TestHookCommands.renderGuests, () => guests.render()),
    vscode.commands.registerCommand(TestHookCommands.hostLog, () => log.lines()),
    vscode.commands.registerCommand(TestHookCommands.nextGuestsChange, () => nextChange(host)),
  );
}
