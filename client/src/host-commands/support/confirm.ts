/**
 * Modal confirmations before destructive actions. Tests cannot click a
 * modal dialog, so they queue the answers here through a command that is
 * not contributed to the palette (see guests/test-hooks.ts).
 */
import * as vscode from 'vscode';

export class Confirmations {
  private readonly queued: boolean[] = [];
  /** every question asked, newest last (tests check what the user would have read) */
  readonly asked: string[] = [];

  queueAnswers(answers: readonly boolean[]): void {
    this.queued.push(...answers);
  }

  async ask(message: string, detail: string, action: string): Promise<boolean> {
    this.asked.push(message);
    const queued = this.queued.shift();
    if (queued !== undefined) return queued;
    const choice = await vscode.window.showWarningMessage(message, { modal: true, detail }, action);
    return choice === action;
  }
}
