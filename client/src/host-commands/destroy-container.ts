import { HostCommands } from '../guests/protocol';
import { containerAction } from './support/guest-action';

/** `vzctl destroy` removes the container's private area: asks first, in a modal dialog. */
export const registerDestroyContainer = containerAction({
  id: 'hvconf.destroyContainer', progress: 'Destroying', verb: 'destroy', server: HostCommands.destroyContainer,
  statuses: ['stopped', 'mounted'],
  confirm: (targets) => ({
    message: targets.length === 1 ? `Destroy container ${targets[0]!.ctid}?` : `Destroy ${targets.length} containers?`,
    detail: `The private area and configuration of ${targets.map((t) => t.ctid).join(', ')} are deleted; this cannot be undone.`,
    action: 'Destroy',
  }),
});
