/**
 * Where cluster journals live, shared by the editor and the CLI:
 * `HVCONF_STATE_DIR`, else `$XDG_STATE_HOME/hvconf`, else `~/.local/state/hvconf`
 * (on Windows `%LOCALAPPDATA%\hvconf\state`).
 */
import * as os from 'os';
import * as path from 'path';

export function defaultStateDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env['HVCONF_STATE_DIR']) return path.resolve(env['HVCONF_STATE_DIR']);
  if (env['XDG_STATE_HOME']) return path.join(env['XDG_STATE_HOME'], 'hvconf');
  if (process.platform === 'win32' && env['LOCALAPPDATA']) return path.join(env['LOCALAPPDATA'], 'hvconf', 'state');
  return path.join(os.homedir(), '.local', 'state', 'hvconf');
}
