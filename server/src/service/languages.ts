import type { LanguageFeatures, LanguageId } from './language';

/**
 * The registry of implemented languages. Each language module registers
 * itself here; the façade looks features up by language id.
 */
export const languages: Partial<Record<LanguageId, LanguageFeatures<unknown>>> = {};

export function registerLanguage<Model>(features: LanguageFeatures<Model>): void {
  languages[features.languageId] = features as LanguageFeatures<unknown>;
}
