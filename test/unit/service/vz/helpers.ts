import * as assert from 'assert';
import { assertHoverContains, withCursor } from '../../../support/cursor';
import { findExpectedDiagnostic, type ExpectedDiagnostic as BaseExpectation } from '../../../support/expect-diagnostic';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  DiagnosticSeverity, type CodeAction, type CompletionItem, type Diagnostic, type Hover, type TextEdit,
} from 'vscode-languageserver-types';
import { createLanguageService, type LanguageService } from '../../../../server/src/service/index';

/** Errors logged by the service fail the test that caused them. */
export const loggedErrors: string[] = [];

export const service: LanguageService = createLanguageService({ logError: (message) => loggedErrors.push(message) });

export { CURSOR, withCursor } from '../../../support/cursor';
/** a container config path, so container rules apply */
export const CT_URI = 'file:///etc/vz/conf/101.conf';
export const GLOBAL_URI = 'file:///etc/vz/vz.conf';

let version = 0;

export function vzDocument(text: string, uri = CT_URI): TextDocument {
  version += 1;
  return TextDocument.create(uri, 'vz-conf', version, text);
}

/** Removes the `<|>` marker and returns the text and the marker's offset. */
export function diagnosticsOf(text: string, uri = CT_URI): Diagnostic[] {
  return service.validate(vzDocument(text, uri));
}

export function codesOf(text: string, uri = CT_URI): string[] {
  return diagnosticsOf(text, uri).map((diagnostic) => String(diagnostic.code));
}

export interface ExpectedDiagnostic extends BaseExpectation {
  readonly uri?: string;
}

/** Asserts that a diagnostic with `code` exists and matches; returns it. */
export function expectDiagnostic(text: string, code: string, expected: ExpectedDiagnostic = {}): Diagnostic {
  const found = diagnosticsOf(text, expected.uri);
  return findExpectedDiagnostic(text, found, code, expected);
}

export function expectNoDiagnostic(text: string, code: string, uri = CT_URI): void {
  const found = diagnosticsOf(text, uri).filter((diagnostic) => diagnostic.code === code);
  assert.deepStrictEqual(found.map((d) => d.message), [], `unexpected ${code}`);
}

export function completionAt(marked: string, uri = CT_URI): CompletionItem[] {
  const { text, offset } = withCursor(marked);
  const document = vzDocument(text, uri);
  const list = service.complete(document, document.positionAt(offset));
  assert.strictEqual(list.isIncomplete, false);
  return list.items;
}

export function expectCompletion(marked: string, includes: readonly string[], excludes: readonly string[] = []): CompletionItem[] {
  const items = completionAt(marked);
  const labels = items.map((item) => item.label);
  for (const label of includes) assert.ok(labels.includes(label), `completion lacks ${label}; got ${labels.slice(0, 40).join(', ')}`);
  for (const label of excludes) assert.ok(!labels.includes(label), `completion should not offer ${label}`);
  return items;
}

export function hoverAt(marked: string): Hover | null {
  const { text, offset } = withCursor(marked);
  const document = vzDocument(text);
  return service.hover(document, document.positionAt(offset));
}

export function expectHover(marked: string, ...contains: (string | RegExp)[]): string {
  return assertHoverContains(hoverAt(marked), contains);
}

/** Applies the quick fix (matching `title`) offered for the first diagnostic with `code`. */
export function applyQuickFix(text: string, code: string, title?: string | RegExp, uri = CT_URI): string {
  const document = vzDocument(text, uri);
  const diagnostic = service.validate(document).find((candidate) => candidate.code === code);
  assert.ok(diagnostic, `no ${code} diagnostic to fix`);
  const actions = service.codeActions(document, diagnostic.range, [diagnostic]);
  const action = actions.find((candidate: CodeAction) => title === undefined || (typeof title === 'string' ? candidate.title.includes(title) : title.test(candidate.title)));
  assert.ok(action?.edit?.changes, `no quick fix ${String(title)} for ${code}; got ${actions.map((a) => a.title).join(', ')}`);
  const edits: TextEdit[] = action.edit.changes[document.uri] ?? [];
  return TextDocument.applyEdits(document, edits);
}

/** The legacy ve-basic sample's UBC block (reference openvz.md §1.8): a clean non-VSwap config. */
export const BASIC_UBC: Readonly<Record<string, string>> = {
  KMEMSIZE: '14372700:14790164', LOCKEDPAGES: '2048:2048', PRIVVMPAGES: '65536:69632', SHMPAGES: '21504:21504',
  NUMPROC: '240:240', PHYSPAGES: '0:unlimited', VMGUARPAGES: '33792:unlimited', OOMGUARPAGES: '26112:unlimited',
  NUMTCPSOCK: '360:360', NUMFLOCK: '188:206', NUMPTY: '16:16', NUMSIGINFO: '256:256', TCPSNDBUF: '1720320:2703360',
  TCPRCVBUF: '1720320:2703360', OTHERSOCKBUF: '1126080:2097152', DGRAMRCVBUF: '262144:262144', NUMOTHERSOCK: '360:360',
  DCACHESIZE: '3409920:3624960', NUMFILE: '9312:9312', AVNUMPROC: '180:180', NUMIPTENT: '128:128',
};

/** The basic non-VSwap config with some parameters replaced (or removed with `undefined`). */
export function basicConfig(overrides: Readonly<Record<string, string | undefined>> = {}, extra = ''): string {
  const merged: Record<string, string | undefined> = { ...BASIC_UBC, ...overrides };
  const lines = Object.entries(merged).filter(([, value]) => value !== undefined).map(([key, value]) => `${key}="${value}"`);
  return `${lines.join('\n')}\n${extra}`;
}

/** A clean VSwap container config. */
export const VSWAP = 'PHYSPAGES="0:256M"\nSWAPPAGES="0:512M"\nDISKSPACE="2G:2.2G"\nDISKINODES="131072:144179"\nCPUUNITS="1000"\n';
