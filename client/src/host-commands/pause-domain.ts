import { HostCommands } from '../guests/protocol';
import { domainAction } from './support/guest-action';

export const registerPauseDomain = domainAction({
  id: 'hvconf.pauseDomain', progress: 'Pausing', verb: 'pause', server: HostCommands.pauseDomain, states: ['running'],
});
