import type { Span, XlAssignment } from '../../xl/ast';
import type { CompletionItem, Range } from 'vscode-languageserver-types';
import type { XlSpecLanguage } from '../../schema/xl/key-def';
import type { CursorContext } from './completion-context';
import type { SpecResult, XlModel } from './model';

/** Runs the spec sub-language analysers over every spec-shaped value. */
export function analyseSpecs(_model: Omit<XlModel, 'specs' | 'syntaxOnly'>): SpecResult[] {
  return [];
}

/** Completion inside a spec string: sub-keys, or the values of one sub-key. */
export function specCompletions(
  _model: XlModel, _language: XlSpecLanguage, _context: Extract<CursorContext, { kind: 'string' }>,
  _offset: number, _range: (start: number, end: number) => Range,
): CompletionItem[] {
  return [];
}

/** Documentation of the spec sub-key (or sub-value) under the cursor. */
export function specHover(_model: XlModel, _assignment: XlAssignment, _offset: number): { markdown: string; span: Span } | undefined {
  return undefined;
}
