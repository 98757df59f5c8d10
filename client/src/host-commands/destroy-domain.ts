import { HostCommands } from '../guests/protocol';
import { domainAction } from './support/guest-action';

/** `xl destroy` pulls the plug: asks first, in a modal dialog. */
export const registerDestroyDomain = domainAction({
  id: 'hvconf.destroyDomain', progress: 'Destroying', verb: 'destroy', server: HostCommands.destroyDomain,
  states: ['running', 'paused', 'shutdown', 'dying'],
  confirm: (targets) => ({
    message: targets.length === 1 ? `Destroy domain "${targets[0]!.domain}"?` : `Destroy ${targets.length} domains?`,
    detail: `${targets.map((t) => t.domain).join(', ')} will be stopped at once, like pulling the power plug; unsaved data in the guest is lost.`,
    action: 'Destroy',
  }),
});
