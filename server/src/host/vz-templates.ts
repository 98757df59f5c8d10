/**
 * EZ templates on a Virtuozzo host: "create cache" for an OS template (takes
 * simulated time per package), registering an app template, and installing
 * an app template into many containers at once (vzpkg install semantics:
 * the app must be built for the container's OS template; installing twice
 * is a no-op).
 */
import type { TemplateSpec } from '../schema/guest-spec';
import { report, type OperationContext, type OperationOptions } from './context';
import { HostError, isHostError, throwIfAborted } from './errors';
import type { ContainerRecord, TemplateRecord } from './model';
import type { ClusterState } from './state';
import { TIMINGS } from './timings';
import { findContainer, vzHost } from './vz-ops';

export interface TemplateView {
  readonly host: string;
  readonly name: string;
  readonly kind: 'os' | 'app';
  readonly cached: boolean;
  readonly packages: number;
  readonly baseOs?: string;
}

export interface InstallOutcome {
  readonly ctid: number;
  readonly outcome: 'installed' | 'already-installed' | 'failed';
  readonly message: string;
}

export interface InstallReport {
  readonly template: string;
  readonly results: readonly InstallOutcome[];
  readonly elapsedMs: number;
}

export function templateView(record: TemplateRecord): TemplateView {
  return {
    host: record.host, name: record.name, kind: record.kind, cached: record.cached, packages: record.packages.length,
    ...(record.baseOs ? { baseOs: record.baseOs } : {}),
  };
}

function checkTemplateSpec(spec: TemplateSpec): void {
  const problems: string[] = [];
  if (!spec.name) problems.push('no template name');
  if (!spec.osname || !spec.osver || !spec.osarch) problems.push('%osname, %osver and %osarch are required');
  if (spec.packages.length === 0) problems.push('%packages is empty');
  if (spec.kind === 'app' && !spec.baseOs) problems.push('an app template needs the OS template it extends');
  if (problems.length > 0) throw new HostError('invalid-argument', `${spec.source || spec.name}: ${problems.join('; ')}`);
}

/** `vzpkg create cache` for an OS template; an app template is registered for its OS. */
export async function createTemplate(ctx: OperationContext, spec: TemplateSpec, host?: string, options: OperationOptions = {}): Promise<TemplateView> {
  checkTemplateSpec(spec);
  const registered = await ctx.store.mutate((state) => {
    const target = vzHost(state, host);
    const existing = state.template(target, spec.name);
    if (existing?.cached) throw new HostError('cache-exists', `${spec.kind === 'os' ? 'OS template cache' : 'application template'} ${spec.name} already exists on ${target}`);
    if (spec.kind === 'app') {
      const base = state.template(target, spec.baseOs!);
      if (!base || base.kind !== 'os') throw new HostError('template-missing', `OS template ${spec.baseOs} (base of ${spec.name}) not found on ${target}`);
    }
    const record: TemplateRecord = { ...spec, host: target, cached: false, packages: [...spec.packages] };
    return { records: [{ t: 'put-template', template: record }], result: record };
  }, options.signal);
  const total = spec.kind === 'os' ? TIMINGS.cacheCreateMs(spec.packages.length) : TIMINGS.appRegisterMs;
  const steps = Math.max(1, Math.min(spec.packages.length, 20));
  for (let step = 0; step < steps; step++) {
    report(options, spec.kind === 'os' ? `Creating cache for ${spec.name}: installing packages (${step + 1}/${steps})` : `Registering ${spec.name}`, step / steps);
    await ctx.clock.sleep(total / steps, options.signal);
  }
  return ctx.store.mutate((state) => {
    const current = state.template(registered.host, registered.name) ?? registered;
    const done: TemplateRecord = { ...current, cached: true, cachedAt: ctx.clock.now() };
    return { records: [{ t: 'put-template', template: done }], result: templateView(done) };
  });
}

/** An app template by full name, or by its short app name for the container's OS. */
function resolveAppTemplate(state: ClusterState, container: ContainerRecord, name: string): TemplateRecord {
  const candidates = [name, `${container.ostemplate}-${name}`];
  for (const candidate of candidates) {
    const found = state.template(container.host, candidate);
    if (found && found.kind === 'app') {
      if (found.baseOs !== container.ostemplate) {
        throw new HostError('template-missing', `${found.name} is built for ${found.baseOs}, but container ${container.ctid} runs ${container.ostemplate}`);
      }
      return found;
    }
  }
  const forOtherOs = state.templatesOn(container.host).filter((t) => t.kind === 'app' && (t.name === name || t.name.endsWith(`-${name}`)));
  if (forOtherOs.length > 0) {
    throw new HostError('template-missing', `${forOtherOs.map((t) => t.name).join(', ')} ${forOtherOs.length > 1 ? 'are' : 'is'} built for ${forOtherOs.map((t) => t.baseOs).join(', ')}, but container ${container.ctid} runs ${container.ostemplate}`);
  }
  throw new HostError('template-missing', `application template ${name} not found on ${container.host} for ${container.ostemplate}`);
}

/** Installs into every container concurrently; one container's failure does not stop the others. */
export async function installAppTemplate(ctx: OperationContext, template: string, ctids: readonly (number | string)[], options: OperationOptions = {}): Promise<InstallReport> {
  if (ctids.length === 0) throw new HostError('invalid-argument', 'no containers given');
  const started = ctx.clock.now();
  let finished = 0;
  const installOne = async (ref: number | string): Promise<InstallOutcome> => {
    const ctidGuess = Number(ref);
    try {
      throwIfAborted(options.signal, 'install');
      const planned = await ctx.store.mutate((state) => {
        const container = findContainer(state, ref);
        if (container.migration) throw new HostError('bad-state', `Container ${container.ctid} is being migrated`);
        const app = resolveAppTemplate(state, container, template);
        if (container.appTemplates.includes(app.name)) return { records: [], result: { container, app, already: true } };
        if (container.status !== 'running') throw new HostError('bad-state', `Container ${container.ctid} is not running`);
        return { records: [], result: { container, app, already: false } };
      }, options.signal);
      if (planned.already) return { ctid: planned.container.ctid, outcome: 'already-installed', message: `${planned.app.name} is already installed` };
      await ctx.clock.sleep(TIMINGS.appInstallMs(planned.app.packages.length), options.signal);
      await ctx.store.mutate((state) => {
        const current = findContainer(state, planned.container.ctid);
        if (current.appTemplates.includes(planned.app.name)) return { records: [], result: undefined };
        return { records: [{ t: 'put-container', container: { ...current, appTemplates: [...current.appTemplates, planned.app.name] } }], result: undefined };
      });
      return { ctid: planned.container.ctid, outcome: 'installed', message: `${planned.app.name} installed (${planned.app.packages.length} packages)` };
    } catch (error) {
      if (!isHostError(error)) throw error;
      return { ctid: Number.isInteger(ctidGuess) ? ctidGuess : -1, outcome: 'failed', message: error.message };
    } finally {
      finished++;
      report(options, `Installed ${template} in ${finished}/${ctids.length} containers`, finished / ctids.length);
    }
  };
  const results = await Promise.all(ctids.map(installOne));
  return { template, results, elapsedMs: ctx.clock.now() - started };
}
