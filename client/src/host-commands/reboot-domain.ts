import { HostCommands } from '../guests/protocol';
import { domainAction } from './support/guest-action';

/** `xl reboot`: the guest reboots, then its on_reboot action applies. */
export const registerRebootDomain = domainAction({
  id: 'hvconf.rebootDomain', progress: 'Rebooting', verb: 'reboot', server: HostCommands.rebootDomain, states: ['running'],
});
