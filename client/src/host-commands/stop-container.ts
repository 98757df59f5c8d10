import { HostCommands } from '../guests/protocol';
import { containerAction } from './support/guest-action';

export const registerStopContainer = containerAction({
  id: 'hvconf.stopContainer', progress: 'Stopping', verb: 'stop', server: HostCommands.stopContainer, statuses: ['running'],
});
