/** Every host command of the extension, one per file. */
import type * as vscode from 'vscode';
import type { HostUi } from './support/context';
import { registerCreateTemplateCache } from './create-template-cache';
import { registerDeployContainers } from './deploy-containers';
import { registerDestroyContainer } from './destroy-container';
import { registerDestroyDomain } from './destroy-domain';
import { registerDryRunConfig } from './dry-run-config';
import { registerInstallAppTemplate } from './install-app-template';
import { registerLaunchConfig } from './launch-config';
import { registerMigrateContainer } from './migrate-container';
import { registerMigrateDomain } from './migrate-domain';
import { registerPauseDomain } from './pause-domain';
import { registerRebootDomain } from './reboot-domain';
import { registerRefreshGuests } from './refresh-guests';
import { registerShowConsole } from './show-console';
import { registerShowHostInfo } from './show-host-info';
import { registerShowHostOutput } from './show-host-output';
import { registerShutdownDomain } from './shutdown-domain';
import { registerStartContainer } from './start-container';
import { registerStopContainer } from './stop-container';
import { registerUnpauseDomain } from './unpause-domain';

export type { HostUi } from './support/context';
export { Confirmations } from './support/confirm';
export { installAppTemplate } from './install-app-template';

const registrations = [
  registerLaunchConfig, registerDryRunConfig, registerShutdownDomain, registerRebootDomain, registerDestroyDomain,
  registerPauseDomain, registerUnpauseDomain, registerMigrateDomain, registerShowConsole, registerShowHostInfo,
  registerDeployContainers, registerStartContainer, registerStopContainer, registerDestroyContainer,
  registerMigrateContainer, registerCreateTemplateCache, registerInstallAppTemplate, registerRefreshGuests,
  registerShowHostOutput,
];

export function registerHostCommands(ui: HostUi): vscode.Disposable[] {
  return registrations.map((register) => register(ui));
}
