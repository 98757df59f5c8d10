/**
 * What each `workspace/executeCommand` host command does: read its argument
 * object, call the Hypervisor, return plain JSON. Progress and cancellation
 * come in through the scope; errors are mapped by the caller.
 */
import type { DeployRequest, Hypervisor } from '../host/hypervisor';
import type { ContainerSpec } from '../schema/guest-spec';
import {
  ctidOf, ctidsOf, domainRef, optionalBoolean, optionalNumber, optionalString,
  requiredNumber, requiredString, type Args,
} from './arguments';
import { findDocument, specOf, type DocumentSource } from './document-specs';
import { bridgeError } from './errors';
import type { CallScope } from './progress';
import { HostCommands, type HostCommandId } from './protocol';

export interface CommandContext {
  readonly args: Args;
  readonly scope: CallScope;
  readonly host: Hypervisor;
  readonly source: DocumentSource;
}

export interface CommandDef {
  /** the progress title shown to the user */
  readonly title: (args: Args) => string;
  readonly run: (ctx: CommandContext) => Promise<unknown>;
}

const domainName = (args: Args): string => String(args['domain'] ?? '');
const ctidName = (args: Args): string => String(args['ctid'] ?? '');
const fileName = (args: Args): string => String(args['uri'] ?? '').replace(/^.*\//, '') || 'document';

function sampleSpec(ctx: CommandContext): ContainerSpec | undefined {
  const uri = optionalString(ctx.args, 'sampleUri');
  if (!uri) return undefined;
  const built = specOf(ctx.source, findDocument(ctx.source, uri));
  if (built.kind !== 'container') throw bridgeError('invalid-argument', `the sample config ${uri} must be a container config (vz-conf)`);
  return built.spec;
}

/** `template`, or the OS template a metafile (`templateUri`) describes. */
function deployTemplate(ctx: CommandContext): string {
  const uri = optionalString(ctx.args, 'templateUri');
  if (!uri) return requiredString(ctx.args, 'template');
  const built = specOf(ctx.source, findDocument(ctx.source, uri));
  if (built.kind !== 'template') throw bridgeError('invalid-argument', `"templateUri" must name an EZ template metafile, got ${uri}`);
  if (built.spec.kind !== 'os') {
    throw bridgeError('invalid-argument', `${built.spec.name} is an application template; containers are deployed from an OS template such as ${built.spec.baseOs ?? 'its base OS'}`);
  }
  return built.spec.name;
}

const lifecycle = (verb: string, call: (host: Hypervisor, ctx: CommandContext) => Promise<unknown>): CommandDef => ({
  title: (args) => `${verb} ${domainName(args)}`,
  run: (ctx) => call(ctx.host, ctx),
});

const containerOp = (verb: string, call: (host: Hypervisor, ctx: CommandContext) => Promise<unknown>): CommandDef => ({
  title: (args) => `${verb} container ${ctidName(args)}`,
  run: (ctx) => call(ctx.host, ctx),
});

export const commandTable: Readonly<Record<HostCommandId, CommandDef>> = {
  [HostCommands.launch]: {
    title: (args) => `Launching ${fileName(args)}`,
    async run(ctx) {
      const built = specOf(ctx.source, findDocument(ctx.source, ctx.args['uri']));
      const host = optionalString(ctx.args, 'host');
      const options = { ...ctx.scope, ...(host ? { host } : {}) };
      switch (built.kind) {
        case 'domain': {
          const paused = optionalBoolean(ctx.args, 'paused');
          const result = await ctx.host.createDomain(built.spec, { ...options, ...(paused !== undefined ? { paused } : {}) });
          return { kind: 'domain', domain: result.domain, warnings: result.warnings };
        }
        case 'container': {
          const template = optionalString(ctx.args, 'template');
          const start = optionalBoolean(ctx.args, 'start');
          const container = await ctx.host.createContainer(built.spec, {
            ...options, ...(template ? { template } : {}), ...(start !== undefined ? { start } : {}),
          });
          return { kind: 'container', container, warnings: [] };
        }
        case 'template': {
          const template = await ctx.host.createTemplate(built.spec, options);
          return { kind: 'template', template, warnings: [] };
        }
      }
    },
  },
  [HostCommands.dryRun]: {
    title: (args) => `Dry run of ${fileName(args)}`,
    async run(ctx) {
      const built = specOf(ctx.source, findDocument(ctx.source, ctx.args['uri']));
      if (built.kind !== 'domain') throw bridgeError('not-supported', 'a dry run is for Xen domain configs (xen-xl)');
      const host = optionalString(ctx.args, 'host');
      return ctx.host.dryRunDomain(built.spec, { ...ctx.scope, ...(host ? { host } : {}) });
    },
  },
  [HostCommands.createStorage]: {
    title: (args) => `Creating ${String(args['path'] ?? 'storage')}`,
    run: (ctx) => ctx.host.createStorage(requiredString(ctx.args, 'host'), requiredString(ctx.args, 'path'), requiredNumber(ctx.args, 'sizeGiB'), ctx.scope),
  },
  [HostCommands.shutdownDomain]: lifecycle('Shutting down', (host, ctx) => host.shutdownDomain(domainRef(ctx.args), ctx.scope)),
  [HostCommands.rebootDomain]: lifecycle('Rebooting', (host, ctx) => host.rebootDomain(domainRef(ctx.args), ctx.scope)),
  [HostCommands.destroyDomain]: lifecycle('Destroying', (host, ctx) => host.destroyDomain(domainRef(ctx.args), ctx.scope)),
  [HostCommands.pauseDomain]: lifecycle('Pausing', (host, ctx) => host.pauseDomain(domainRef(ctx.args), ctx.scope)),
  [HostCommands.unpauseDomain]: lifecycle('Unpausing', (host, ctx) => host.unpauseDomain(domainRef(ctx.args), ctx.scope)),
  [HostCommands.migrateDomain]: lifecycle('Migrating', (host, ctx) => {
    const failAtRound = optionalNumber(ctx.args, 'failAtRound');
    return host.migrateDomain(domainRef(ctx.args), requiredString(ctx.args, 'target'), {
      ...ctx.scope, ...(failAtRound !== undefined ? { failAtRound } : {}),
    });
  }),
  [HostCommands.console]: lifecycle('Reading the console of', (host, ctx) => host.console(domainRef(ctx.args), ctx.scope)),
  [HostCommands.hostInfo]: {
    title: (args) => `Host info of ${String(args['host'] ?? '')}`,
    run: (ctx) => ctx.host.hostInfo(requiredString(ctx.args, 'host'), ctx.scope),
  },
  [HostCommands.startContainer]: containerOp('Starting', (host, ctx) => host.startContainer(ctidOf(ctx.args), ctx.scope)),
  [HostCommands.stopContainer]: containerOp('Stopping', (host, ctx) => host.stopContainer(ctidOf(ctx.args), ctx.scope)),
  [HostCommands.restartContainer]: containerOp('Restarting', (host, ctx) => host.restartContainer(ctidOf(ctx.args), ctx.scope)),
  [HostCommands.destroyContainer]: containerOp('Destroying', async (host, ctx) => {
    const ctid = ctidOf(ctx.args);
    await host.destroyContainer(ctid, ctx.scope);
    return { destroyed: ctid };
  }),
  [HostCommands.migrateContainer]: containerOp('Migrating', (host, ctx) => {
    const failAtRound = optionalNumber(ctx.args, 'failAtRound');
    return host.migrateContainer(ctidOf(ctx.args), requiredString(ctx.args, 'target'), {
      ...ctx.scope, ...(failAtRound !== undefined ? { failAtRound } : {}),
    });
  }),
  [HostCommands.deployContainers]: {
    title: (args) => `Deploying ${String(args['count'] ?? '')} container(s) from ${String(args['template'] ?? fileName({ uri: args['templateUri'] }))}`,
    run(ctx) {
      const sample = sampleSpec(ctx);
      const optional = {
        hostnamePattern: optionalString(ctx.args, 'hostnamePattern'),
        host: optionalString(ctx.args, 'host'),
        start: optionalBoolean(ctx.args, 'start'),
        firstCtid: optionalNumber(ctx.args, 'firstCtid'),
        sample,
      };
      const request: DeployRequest = {
        template: deployTemplate(ctx),
        count: requiredNumber(ctx.args, 'count'),
        startIp: requiredString(ctx.args, 'startIp'),
        ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
      };
      return ctx.host.deploy(request, ctx.scope);
    },
  },
  [HostCommands.createCache]: {
    title: (args) => `Creating the template cache of ${fileName(args)}`,
    async run(ctx) {
      const built = specOf(ctx.source, findDocument(ctx.source, ctx.args['uri']));
      if (built.kind !== 'template') throw bridgeError('not-supported', 'a template cache is created from an EZ template metafile (vz-metafile)');
      const host = optionalString(ctx.args, 'host');
      return ctx.host.createTemplate(built.spec, { ...ctx.scope, ...(host ? { host } : {}) });
    },
  },
  [HostCommands.installAppTemplate]: {
    title: (args) => `Installing ${String(args['template'] ?? '')}`,
    run: (ctx) => ctx.host.installAppTemplate(requiredString(ctx.args, 'template'), ctidsOf(ctx.args), ctx.scope),
  },
};

export function commandDef(command: string): CommandDef | undefined {
  return Object.prototype.hasOwnProperty.call(commandTable, command) ? commandTable[command as HostCommandId] : undefined;
}

