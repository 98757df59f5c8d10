import {
  type CodeAction, type CompletionList, type Diagnostic, type DocumentSymbol, type FoldingRange,
  type FormattingOptions, type Hover, type Position, type Range, type TextEdit,
} from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FeatureContext, LanguageFeatures, LanguageId } from './language';
import { languages } from './languages';
import { defaultSettings, mergeSettings, type ServiceSettings } from './settings';
import { applySeverityOverrides } from './severity';
import { dropSuppressed, findSuppressions } from './suppressions';
import './register-all';

export type { LanguageId } from './language';
export type { ServiceSettings } from './settings';
export { detectLanguage } from './detect-language';

export interface LanguageService {
  validate(document: TextDocument): Diagnostic[];
  complete(document: TextDocument, position: Position): CompletionList;
  hover(document: TextDocument, position: Position): Hover | null;
  symbols(document: TextDocument): DocumentSymbol[];
  folding(document: TextDocument): FoldingRange[];
  format(document: TextDocument, options: FormattingOptions): TextEdit[];
  codeActions(document: TextDocument, range: Range, diagnostics: readonly Diagnostic[]): CodeAction[];
  /** the cached model of a document, for builders of typed specs (launch, deploy) */
  model(document: TextDocument): unknown;
  updateSettings(patch: Partial<ServiceSettings>): void;
  /** drops the cached model when the client closes the document */
  forget(uri: string): void;
  supports(languageId: string): languageId is LanguageId;
}

export interface ServiceOptions {
  settings?: Partial<ServiceSettings>;
  /** where a feature that threw is reported; the feature then answers empty */
  logError?: (message: string) => void;
}

interface CacheEntry { version: number; languageId: string; model: unknown }

export function createLanguageService(options: ServiceOptions = {}): LanguageService {
  let settings = mergeSettings(defaultSettings, options.settings);
  const logError = options.logError ?? ((message: string) => console.error(message));
  const cache = new Map<string, CacheEntry>();

  function featuresOf(document: TextDocument): LanguageFeatures<unknown> | undefined {
    return languages[document.languageId as LanguageId];
  }

  function modelOf(features: LanguageFeatures<unknown>, document: TextDocument): unknown {
    const hit = cache.get(document.uri);
    if (hit && hit.version === document.version && hit.languageId === document.languageId) return hit.model;
    const model = features.analyse(document.getText(), settings);
    cache.set(document.uri, { version: document.version, languageId: document.languageId, model });
    return model;
  }

  /** Runs one feature; a throw is logged and answered with `fallback`, never propagated. */
  function guarded<T>(name: string, document: TextDocument, fallback: T, run: (features: LanguageFeatures<unknown>, model: unknown, ctx: FeatureContext) => T): T {
    const features = featuresOf(document);
    if (!features) return fallback;
    try {
      return run(features, modelOf(features, document), { document, settings });
    } catch (error) {
      const detail = error instanceof Error ? error.stack ?? error.message : String(error);
      logError(`hvconf: ${name} failed on ${document.uri}: ${detail}`);
      return fallback;
    }
  }

  const emptyCompletion: CompletionList = { isIncomplete: false, items: [] };

  return {
    validate(document) {
      if (!settings.validation) return [];
      const found = guarded('validate', document, [] as Diagnostic[], (features, model, ctx) => features.validate(model, ctx));
      const kept = dropSuppressed(found, findSuppressions(document.getText()));
      return applySeverityOverrides(kept, settings.severity);
    },
    complete(document, position) {
      if (!settings.completion) return emptyCompletion;
      return guarded('completion', document, emptyCompletion, (features, model, ctx) => features.complete(model, ctx, position));
    },
    hover(document, position) {
      if (!settings.hover) return null;
      return guarded('hover', document, null, (features, model, ctx) => features.hover(model, ctx, position));
    },
    symbols(document) {
      return guarded('symbols', document, [] as DocumentSymbol[], (features, model, ctx) => features.symbols(model, ctx));
    },
    folding(document) {
      return guarded('folding', document, [] as FoldingRange[], (features, model, ctx) => features.folding(model, ctx));
    },
    format(document, formatting) {
      if (!settings.formatting) return [];
      return guarded('format', document, [] as TextEdit[], (features, model, ctx) => features.format(model, ctx, formatting));
    },
    codeActions(document, range, diagnostics) {
      return guarded('codeActions', document, [] as CodeAction[], (features, model, ctx) => features.codeActions(model, ctx, range, diagnostics));
    },
    model(document) {
      return guarded('model', document, undefined as unknown, (_features, model) => model);
    },
    updateSettings(patch) {
      settings = mergeSettings(settings, patch);
      cache.clear();
    },
    forget(uri) {
      cache.delete(uri);
    },
    supports(languageId): languageId is LanguageId {
      return languages[languageId as LanguageId] !== undefined;
    },
  };
}
