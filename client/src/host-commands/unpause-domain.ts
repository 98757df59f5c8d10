import { HostCommands } from '../guests/protocol';
import { domainAction } from './support/guest-action';

export const registerUnpauseDomain = domainAction({
  id: 'hvconf.unpauseDomain', progress: 'Unpausing', verb: 'unpause', server: HostCommands.unpauseDomain, states: ['paused'],
});
