/** The languages HVConf contributes (package.json `contributes.languages`). */
export const hvconfLanguageIds = ['xen-xl', 'vz-conf', 'vz-metafile'] as const;

export type HvconfLanguageId = (typeof hvconfLanguageIds)[number];

/** The settings section forwarded to the server on start and on every change. */
export const settingsSection = 'hvconf';
