import type { Severity } from '../schema/types';

/** Codes the façade itself emits, whatever the language (README table). */
export const serviceCodes: Readonly<Record<string, { severity: Severity; summary: string }>> = {
  'hvconf/too-large': { severity: 'information', summary: 'The file is larger than `hvconf.maxValidatedChars`, so it was not checked.' },
};
