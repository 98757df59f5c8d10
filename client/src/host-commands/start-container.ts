import { HostCommands } from '../guests/protocol';
import { containerAction } from './support/guest-action';

export const registerStartContainer = containerAction({
  id: 'hvconf.startContainer', progress: 'Starting', verb: 'start', server: HostCommands.startContainer, statuses: ['stopped', 'mounted'],
});
