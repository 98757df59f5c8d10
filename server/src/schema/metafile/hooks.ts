/**
 * Hook scripts of a template directory (reference §2.3). They are not
 * metafile sections: vzmktmpl takes each as a `--<name> FILE` option.
 */
export interface HookDef {
  readonly name: string;
  readonly runs: 'host' | 'container';
  readonly doc: string;
}

export const hooks: readonly HookDef[] = [
  { name: 'pre-cache', runs: 'host', doc: 'Runs on the host before packages are installed while an OS cache is created.' },
  { name: 'post-cache', runs: 'host', doc: 'Runs on the host after the packages of a new OS cache are installed.' },
  { name: 'mid-pre-install', runs: 'container', doc: 'Runs inside the temporary container halfway through cache creation, after an initial install stage; the container is restarted afterwards.' },
  { name: 'mid-post-install', runs: 'container', doc: 'Runs inside the container after the restart that follows `mid-pre-install`.' },
  { name: 'pre-install', runs: 'container', doc: 'Runs inside the container before the package transaction of `vzpkg install`.' },
  { name: 'post-install', runs: 'container', doc: 'Runs inside the container after `vzpkg install`, and at the end of cache creation.' },
  { name: 'pre-install-hn', runs: 'host', doc: 'Runs on the host before the install transaction.' },
  { name: 'post-install-hn', runs: 'host', doc: 'Runs on the host after the install transaction.' },
  { name: 'pre-update', runs: 'container', doc: 'Runs inside the container before `vzpkg update`.' },
  { name: 'post-update', runs: 'container', doc: 'Runs inside the container after `vzpkg update`.' },
  { name: 'pre-upgrade', runs: 'container', doc: 'Runs inside the container before `vzpkg upgrade` moves it to this OS version.' },
  { name: 'post-upgrade', runs: 'container', doc: 'Runs inside the container after `vzpkg upgrade`.' },
  { name: 'pre-remove', runs: 'container', doc: 'Runs inside the container before `vzpkg remove`.' },
  { name: 'post-remove', runs: 'container', doc: 'Runs inside the container after `vzpkg remove`.' },
];

/** Other files vzmktmpl takes as options rather than sections. */
export const optionFiles: readonly { readonly name: string; readonly option: string; readonly doc: string }[] = [
  { name: 'environment', option: '--environment', doc: '`KEY=value` lines exported while package scripts run during cache creation and update.' },
  { name: 'ct2vm', option: '--ct2vm', doc: 'Script that converts a container of this OS into a virtual machine.' },
  { name: 'post-install-rpm', option: '--post-install-rpm', doc: 'Shell code vzmktmpl appends as the `%post` scriptlet of the template RPM; not a vztt hook.' },
];

export const hookByName: ReadonlyMap<string, HookDef> = new Map(hooks.map((hook) => [hook.name, hook]));
