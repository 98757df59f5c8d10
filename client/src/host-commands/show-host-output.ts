import * as vscode from 'vscode';
import type { CommandRegistration } from './support/context';

/** The "HVConf Host" output channel: every host call, report and error. */
export const registerShowHostOutput: CommandRegistration = (ui) => vscode.commands.registerCommand('hvconf.showHostOutput', () => ui.log.show(false));
