/** The "HVConf Host" output channel, remembering its recent lines for the real-editor tests. */
import * as vscode from 'vscode';
export declare class HostLog implements vscode.Disposable {
    private readonly channel;
    private readonly recent;
    appendLine(line: string): void;
    show(preserveFocus?: boolean): void;
    lines(): string[];
    dispose(): void;
}
