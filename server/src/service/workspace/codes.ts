import type { Severity } from '../../schema/types';
import type { IdentityKind } from './identity';

export interface WorkspaceCodeInfo {
  readonly severity: Severity;
  readonly summary: string;
}

/**
 * Codes of the cross-file (workspace) checks. Each is reported on every file
 * involved, with related information pointing at the other files. They are
 * warnings: each file is valid on its own, the clash only bites when the
 * guests run on one host or one network.
 */
export const workspaceCodes = {
  'xl/duplicate-name-in-workspace': {
    severity: 'warning',
    summary: 'Another xl config in the folder uses the same domain `name`; xl refuses to create a domain whose name is taken ("Domain with name \\"X\\" already exists.").',
  },
  'xl/duplicate-mac-in-workspace': {
    severity: 'warning',
    summary: 'A vif `mac=` that another xl config in the folder also uses; two guests with one MAC on a bridge break each other\'s networking.',
  },
  'xl/duplicate-uuid-in-workspace': {
    severity: 'warning',
    summary: 'Another xl config in the folder pins the same `uuid`; two running guests must not share one.',
  },
  'vz/duplicate-ip-in-workspace': {
    severity: 'warning',
    summary: 'An `IP_ADDRESS` entry (compared without its /prefix) that another container config in the folder also assigns.',
  },
  'vz/duplicate-ctid-in-workspace': {
    severity: 'warning',
    summary: 'Two container configs named `<CTID>.conf` with the same CTID in the folder; a host holds one container per CTID.',
  },
} as const satisfies Record<string, WorkspaceCodeInfo>;

export type WorkspaceCode = keyof typeof workspaceCodes;

/** Which code reports a clash of each kind of identity. */
export const codeOfKind: Readonly<Record<IdentityKind, WorkspaceCode>> = {
  'domain-name': 'xl/duplicate-name-in-workspace',
  mac: 'xl/duplicate-mac-in-workspace',
  uuid: 'xl/duplicate-uuid-in-workspace',
  'container-ip': 'vz/duplicate-ip-in-workspace',
  ctid: 'vz/duplicate-ctid-in-workspace',
};
