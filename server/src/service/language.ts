import type {
  CodeAction, CompletionList, Diagnostic, DocumentSymbol, FoldingRange,
  FormattingOptions, Hover, Position, Range, TextEdit,
} from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServiceSettings } from './settings';

export type LanguageId = 'xen-xl' | 'vz-conf' | 'vz-metafile';

/** What a language gets besides its own model: the document and the settings. */
export interface FeatureContext {
  readonly document: TextDocument;
  readonly settings: ServiceSettings;
}

/**
 * The features of one language. Each method is pure: no I/O, no protocol.
 * `Model` is whatever the language's `analyse` returns (its AST plus bound
 * facts); the façade caches it per (uri, version) and passes it back in.
 */
export interface LanguageFeatures<Model> {
  readonly languageId: LanguageId;
  analyse(text: string, settings: ServiceSettings): Model;
  validate(model: Model, ctx: FeatureContext): Diagnostic[];
  complete(model: Model, ctx: FeatureContext, position: Position): CompletionList;
  hover(model: Model, ctx: FeatureContext, position: Position): Hover | null;
  symbols(model: Model, ctx: FeatureContext): DocumentSymbol[];
  folding(model: Model, ctx: FeatureContext): FoldingRange[];
  format(model: Model, ctx: FeatureContext, options: FormattingOptions): TextEdit[];
  /** `diagnostics` are the ones the client sends in the code-action context */
  codeActions(model: Model, ctx: FeatureContext, range: Range, diagnostics: readonly Diagnostic[]): CodeAction[];
}
