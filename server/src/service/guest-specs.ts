/**
 * Typed guest specs from documents: the one place that turns a document of any
 * language into what a hypervisor takes. The LSP host bridge and the CLI both
 * call it, so a launch from the editor and from a terminal agree.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ContainerSpec, DomainSpec, TemplateSpec } from '../schema/guest-spec';
import type { LanguageService } from './index';
import { buildDomainSpec } from './xl/domain-spec';
import type { XlModel } from './xl/model';
import { buildContainerSpec } from './vz/container-spec';
import type { VzModel } from './vz/model';
import { buildTemplateSpec } from './metafile/template-spec';
import type { MetafileModel } from './metafile/model';

export type GuestSpec =
  | { readonly kind: 'domain'; readonly spec: DomainSpec }
  | { readonly kind: 'container'; readonly spec: ContainerSpec }
  | { readonly kind: 'template'; readonly spec: TemplateSpec };

export interface SpecRefusal {
  /** one line per reason, `line N: message [code]` */
  readonly errors: readonly string[];
}

function describeLine(line: number, message: string, code: unknown): string {
  return `line ${line + 1}: ${message}${code === undefined ? '' : ` [${String(code)}]`}`;
}

/**
 * The spec of `document`, or why it cannot be built (a config the real tool
 * would refuse is refused here too). `source` names the file in messages.
 */
export function buildGuestSpec(service: LanguageService, document: TextDocument, source: string): GuestSpec | SpecRefusal {
  const model = service.model(document);
  if (model === undefined) return { errors: [`${source}: the document could not be analysed`] };
  switch (document.languageId) {
    case 'xen-xl': {
      const built = buildDomainSpec(model as XlModel, source);
      if ('errors' in built) return { errors: built.errors.map((d) => describeLine(d.range.start.line, d.message, d.code)) };
      return { kind: 'domain', spec: built };
    }
    case 'vz-conf': {
      const built = buildContainerSpec(model as VzModel, source);
      return 'errors' in built ? { errors: built.errors } : { kind: 'container', spec: built };
    }
    case 'vz-metafile': {
      const built = buildTemplateSpec(model as MetafileModel, source);
      return 'errors' in built ? { errors: built.errors.map(String) } : { kind: 'template', spec: built };
    }
    default:
      return { errors: [`${source}: ${document.languageId} documents describe no guest`] };
  }
}

export function isSpecRefusal(result: GuestSpec | SpecRefusal): result is SpecRefusal {
  return 'errors' in result;
}
