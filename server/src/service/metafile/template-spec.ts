import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { TemplateSpec } from '../../schema/guest-spec';
import { valueLines, type MetafileModel } from './model';
import { validateMetafile } from './validate';

export interface TemplateSpecErrors {
  readonly errors: readonly string[];
}

/**
 * The template a host creates from this metafile ("create cache"), or the
 * errors that keep vzmktmpl from building it. Names follow the host's
 * convention: an OS template is `<osname>-<osver>-<osarch>[-<setname>]`, an
 * app template `<os template>-<appname>[-<setname>]`, so two OSes can carry
 * an app of the same name.
 */
export function buildTemplateSpec(model: MetafileModel, source: string): TemplateSpec | TemplateSpecErrors {
  const errors = validateMetafile(model, source, undefined, () => undefined)
    .filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error)
    .map((diagnostic) => `${source}:${diagnostic.range.start.line + 1}: ${diagnostic.message}`);
  if (errors.length > 0) return { errors };
  const { osname, osver, osarch, appname, setname } = model.ids;
  const osTemplate = `${osname}-${osver}-${osarch}`;
  const setSuffix = setname ? `-${setname}` : '';
  const packages = [...new Set(installStages(model).flatMap((name) => valueLines(model, name))
    .flatMap((line) => line.words.map((word) => word.text))
    .filter((word) => !word.startsWith('#')))];
  if (appname) {
    return { kind: 'app', name: `${osTemplate}-${appname}${setSuffix}`, osname, osver, osarch, packages, baseOs: osTemplate, source };
  }
  return { kind: 'os', name: `${osTemplate}${setSuffix}`, osname, osver, osarch, packages, source };
}

export function isTemplateSpec(result: TemplateSpec | TemplateSpecErrors): result is TemplateSpec {
  return !('errors' in result);
}

/** The numbered Debian stages vzmktmpl copies (up to the first gap), then `packages`. */
function installStages(model: MetafileModel): string[] {
  const stages: string[] = [];
  for (let index = 0; index < 1000 && valueLines(model, `packages_${index}`).length > 0; index++) stages.push(`packages_${index}`);
  return [...stages, 'packages'];
}
