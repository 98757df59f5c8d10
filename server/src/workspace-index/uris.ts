import { fileURLToPath, pathToFileURL } from 'url';

/** The local path of a `file:` uri, or undefined for other schemes and malformed uris. */
export function pathOfUri(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function uriOfPath(filePath: string): string {
  return pathToFileURL(filePath).href;
}

/**
 * One spelling per file, so a document the client opened (`file:///c%3A/x`)
 * and the same file found on disk (`file:///c:/x`) are one entry.
 */
export function canonicalUri(uri: string): string {
  const filePath = pathOfUri(uri);
  return filePath === undefined ? uri : uriOfPath(filePath);
}

export interface WorkspaceRootsSource {
  readonly workspaceFolders?: ReadonlyArray<{ readonly uri: string }> | null;
  readonly rootUri?: string | null;
  readonly rootPath?: string | null;
}

/** The local folders of an initialize request: its workspace folders, else its root. */
export function rootsOf(params: WorkspaceRootsSource): string[] {
  const fromFolders = (params.workspaceFolders ?? []).map((folder) => pathOfUri(folder.uri)).filter((root): root is string => root !== undefined);
  if (fromFolders.length > 0) return fromFolders;
  const fromRoot = params.rootUri ? pathOfUri(params.rootUri) : params.rootPath ?? undefined;
  return fromRoot ? [fromRoot] : [];
}
