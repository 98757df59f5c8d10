import * as vscode from 'vscode';
import type { CommandRegistration } from './support/context';

export const registerRefreshGuests: CommandRegistration = (ui) => vscode.commands.registerCommand('hvconf.refreshGuests', () => ui.guests.refresh());
