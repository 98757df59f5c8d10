import * as fs from 'fs';
import { pathToFileURL } from 'url';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ContainerSpec, DomainSpec, TemplateSpec } from '../schema/guest-spec';
import type { Loader, SpecErrors } from '../host-cli';
import { createLanguageService, type LanguageId, type LanguageService } from '../service';
import { buildGuestSpec, isSpecRefusal, type GuestSpec } from '../service/guest-specs';

/**
 * Loaders that turn a file named on the command line into the typed spec the
 * host verbs take, through the same language service the editor uses. The
 * language is the one the verb expects, whatever the file is called.
 */
function loaderFor<K extends GuestSpec['kind'], T>(service: LanguageService, languageId: LanguageId, kind: K): Loader<T> {
  return (file: string): T | SpecErrors => {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      return { errors: [`cannot read ${file}: ${(error as Error).message}`] };
    }
    const document = TextDocument.create(pathToFileURL(path.resolve(file)).href, languageId, 1, text);
    const built = buildGuestSpec(service, document, file);
    if (isSpecRefusal(built)) return { errors: built.errors };
    if (built.kind !== kind) return { errors: [`${file} does not describe a ${kind}`] };
    return built.spec as T;
  };
}

export function specLoaders(service: LanguageService = createLanguageService()): {
  specLoader: Loader<DomainSpec>;
  containerSpecLoader: Loader<ContainerSpec>;
  templateLoader: Loader<TemplateSpec>;
} {
  return {
    specLoader: loaderFor<'domain', DomainSpec>(service, 'xen-xl', 'domain'),
    containerSpecLoader: loaderFor<'container', ContainerSpec>(service, 'vz-conf', 'container'),
    templateLoader: loaderFor<'template', TemplateSpec>(service, 'vz-metafile', 'template'),
  };
}
