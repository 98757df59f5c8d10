/** The "HVConf Host" output channel, remembering its recent lines for the real-editor tests. */
import * as vscode from 'vscode';

const KEPT_LINES = 500;

export class HostLog implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('HVConf Host');
  private readonly recent: string[] = [];

  appendLine(line: string): void {
    this.channel.appendLine(line);
    this.recent.push(line);
    if (this.recent.length > KEPT_LINES) this.recent.splice(0, this.recent.length - KEPT_LINES);
  }

  show(preserveFocus = true): void {
    this.channel.show(preserveFocus);
  }

  lines(): string[] {
    return [...this.recent];
  }

  dispose(): void {
    this.channel.dispose();
  }
}
