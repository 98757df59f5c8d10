/**
 * The workbench URL that makes code-server load an extension from a folder
 * (and optionally run its tests): VS Code's web test mechanism reads
 * extensionDevelopmentPath / extensionTestsPath from the `payload` query.
 * The paths must be vscode-remote URIs with the host:port the browser uses.
 */
export interface WorkbenchOptions {
  readonly origin: string;
  readonly folder: string;
  readonly extensionDevelopmentPath?: string;
  readonly extensionTestsPath?: string;
}

export function workbenchUrl(options: WorkbenchOptions): string {
  const authority = new URL(options.origin).host;
  const remote = (absolutePath: string): string => `vscode-remote://${authority}${absolutePath}`;
  const payload: [string, string][] = [['skipWelcome', 'true']];
  if (options.extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(options.extensionDevelopmentPath)]);
  if (options.extensionTestsPath) payload.push(['extensionTestsPath', remote(options.extensionTestsPath)]);
  const query = new URLSearchParams({ folder: options.folder, payload: JSON.stringify(payload) });
  return `${options.origin}/?${query.toString()}`;
}
