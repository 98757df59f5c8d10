import { HostCommands } from '../guests/protocol';
import { domainAction } from './support/guest-action';

/** `xl shutdown`: the guest shuts down, then its on_poweroff action applies. */
export const registerShutdownDomain = domainAction({
  id: 'hvconf.shutdownDomain', progress: 'Shutting down', verb: 'shut down', server: HostCommands.shutdownDomain, states: ['running'],
});
