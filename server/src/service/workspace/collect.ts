import type { LanguageId } from '../language';
import { defaultSettings, type ServiceSettings } from '../settings';
import { buildModel, type XlModel } from '../xl/model';
import { parse as parseXl } from '../../xl/parse';
import { analyseVz, type VzModel } from '../vz/model';
import { vzIdentities } from './collect-vz';
import { xlIdentities } from './collect-xl';
import type { Identity } from './identity';

export interface CollectOptions {
  /** the file's uri: a container's CTID is its file name, and vz.conf or samples hold no container */
  readonly uri?: string;
  /** for the vz-conf dialect and the size limit; the defaults otherwise */
  readonly settings?: ServiceSettings;
  /** where an unexpected failure is reported; the file then has no identities */
  readonly logError?: (message: string) => void;
}

/**
 * What must be unique across the folder in one file: xl domain names, UUIDs
 * and vif MACs; container IPs and CTIDs. Other languages have none. Never
 * throws: a file the parser cannot handle has no identities.
 */
export function collectIdentities(languageId: string, text: string, options: CollectOptions = {}): Identity[] {
  const settings = options.settings ?? defaultSettings;
  try {
    if (languageId === 'xen-xl') return xlIdentities(buildModel(parseXl(text), { maxValidatedChars: settings.maxValidatedChars }));
    if (languageId === 'vz-conf') return vzIdentities(analyseVz(text, settings), options.uri);
  } catch (error) {
    report(options.logError, languageId, error);
  }
  return [];
}

/**
 * The same from a model the language service already built (`service.model`),
 * so an open document is not parsed a second time.
 */
export function identitiesOfModel(languageId: LanguageId | string, model: unknown, uri?: string, logError?: (message: string) => void): Identity[] {
  if (model === undefined || model === null) return [];
  try {
    if (languageId === 'xen-xl') return xlIdentities(model as XlModel);
    if (languageId === 'vz-conf') return vzIdentities(model as VzModel, uri);
  } catch (error) {
    report(logError, languageId, error);
  }
  return [];
}

function report(logError: ((message: string) => void) | undefined, languageId: string, error: unknown): void {
  const detail = error instanceof Error ? error.stack ?? error.message : String(error);
  (logError ?? ((message: string) => console.error(message)))(`hvconf: collecting ${languageId} identities failed: ${detail}`);
}
