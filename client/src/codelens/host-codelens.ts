/**
 * CodeLens on the first line of a config: "Launch" and "Dry run" on xl
 * configs, "Create container" on container configs, "Create cache" and
 * "Deploy…" on metafiles. None in Restricted Mode, where launching is off.
 */
import * as vscode from 'vscode';

interface LensDef { readonly title: string; readonly command: string; readonly tooltip: string }

const LENSES: Readonly<Record<string, readonly LensDef[]>> = {
  'xen-xl': [
    { title: '$(play) Launch', command: 'hvconf.launchConfig', tooltip: 'Create this domain on the simulated Xen host (xl create)' },
    { title: '$(debug-alt) Dry run', command: 'hvconf.dryRunConfig', tooltip: 'Show the resolved domain config without creating it (xl create -n)' },
  ],
  'vz-conf': [
    { title: '$(play) Create container', command: 'hvconf.launchConfig', tooltip: 'Create this container on the simulated Virtuozzo host (vzctl create)' },
  ],
  'vz-metafile': [
    { title: '$(archive) Create cache', command: 'hvconf.createTemplateCache', tooltip: 'Build this EZ template on the simulated Virtuozzo host (vzpkg create cache)' },
    { title: '$(rocket) Deploy…', command: 'hvconf.deployContainers', tooltip: 'Deploy containers from the OS template this metafile describes (create its cache first)' },
  ],
};

/** Config files that are not launchable on their own (the global vz.conf). */
function isLaunchable(document: vscode.TextDocument): boolean {
  return !(document.languageId === 'vz-conf' && /(^|[\\/])vz\.conf$/.test(document.fileName));
}

export class HostCodeLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  /** trust was granted: the lenses appear */
  refresh(): void {
    this.changed.fire();
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!vscode.workspace.isTrusted || !isLaunchable(document)) return [];
    const range = new vscode.Range(0, 0, 0, 0);
    return (LENSES[document.languageId] ?? []).map((lens) => new vscode.CodeLens(range, {
      title: lens.title, command: lens.command, tooltip: lens.tooltip,
      arguments: [lens.command === 'hvconf.deployContainers' ? { templateUri: document.uri.toString() } : document.uri],
    }));
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export function registerHostCodeLens(): vscode.Disposable {
  const provider = new HostCodeLensProvider();
  return vscode.Disposable.from(
    provider,
    vscode.languages.registerCodeLensProvider(Object.keys(LENSES).map((language) => ({ language })), provider),
    vscode.workspace.onDidGrantWorkspaceTrust(() => provider.refresh()),
  );
}
