export interface UrlVariableDef {
  readonly name: string;
  /** false for names present but commented out in the shipped url.map */
  readonly enabled: boolean;
  readonly doc: string;
}

/** `$NAME` placeholders of the shipped `/etc/vztt/url.map` (reference §2.2). */
export const urlVariables: readonly UrlVariableDef[] = [
  { name: 'SW_SERVER', enabled: true, doc: 'The vendor\'s own download server (mirror lists, vendor packages).' },
  { name: 'CE_SERVER', enabled: true, doc: 'The CentOS mirror.' },
  { name: 'SUSE_SERVER', enabled: true, doc: 'The openSUSE mirror.' },
  { name: 'SUSE2_SERVER', enabled: true, doc: 'A second openSUSE mirror.' },
  { name: 'DEB_SERVER', enabled: true, doc: 'The Debian mirror.' },
  { name: 'UBU_SERVER', enabled: true, doc: 'The Ubuntu mirror.' },
  { name: 'RH_SERVER', enabled: false, doc: 'Red Hat server; commented out in the shipped url.map, so it must be defined on the node first.' },
  { name: 'SLES_SERVER', enabled: false, doc: 'SLES server; commented out in the shipped url.map, so it must be defined on the node first.' },
  { name: 'OLD_UBU_SERVER', enabled: false, doc: 'Old-releases Ubuntu server; commented out in the shipped url.map, so it must be defined on the node first.' },
];

export const urlVariableByName: ReadonlyMap<string, UrlVariableDef> = new Map(urlVariables.map((entry) => [entry.name, entry]));
