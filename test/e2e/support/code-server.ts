import { execFileSync, spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { repoRoot } from './paths';

export interface RunningCodeServer {
  readonly port: number;
  readonly origin: string;
  /** everything code-server printed, for a failure report */
  readonly log: () => string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** extra environment for code-server and so for the extension host it spawns */
  readonly env?: Record<string, string>;
  readonly readyTimeoutMs?: number;
  /** .vsix files installed into the throwaway extensions folder before start */
  readonly installExtensions?: readonly string[];
}

/** Installs code-server when missing (see scripts/code-server/install.sh) and returns its entry point. */
export function ensureCodeServer(): string {
  const script = path.join(repoRoot, 'scripts', 'code-server', 'install.sh');
  const printed = execFileSync('bash', [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const prefix = printed.trim().split('\n').pop() ?? '';
  const entry = path.join(prefix, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  if (!fs.existsSync(entry)) throw new Error(`code-server entry point not found at ${entry}`);
  return entry;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHealth(origin: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with code ${child.exitCode} before it was ready`);
    try {
      const response = await fetch(`${origin}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`code-server did not answer ${origin}/healthz within ${timeoutMs} ms`);
}

/**
 * Starts code-server on loopback with throwaway state (user data, extensions,
 * XDG folders in a temp dir), and waits until it answers /healthz.
 */
export async function startCodeServer(options: StartOptions = {}): Promise<RunningCodeServer> {
  const entry = ensureCodeServer();
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const state = fs.mkdtempSync(path.join(os.tmpdir(), 'hvconf-code-server-'));
  const args = [
    entry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--user-data-dir', path.join(state, 'user-data'),
    '--extensions-dir', path.join(state, 'extensions'),
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
  ];
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(state, 'config'),
    XDG_DATA_HOME: path.join(state, 'data'),
    ...options.env,
  };
  for (const vsix of options.installExtensions ?? []) {
    execFileSync(process.execPath, [
      entry, '--user-data-dir', path.join(state, 'user-data'), '--extensions-dir', path.join(state, 'extensions'),
      '--install-extension', path.resolve(vsix),
    ], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  }
  // its own process group, so stop() ends code-server and the hosts it spawned
  const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let printed = '';
  child.stdout?.on('data', (chunk: Buffer) => { printed += chunk.toString(); });
  child.stderr?.on('data', (chunk: Buffer) => { printed += chunk.toString(); });

  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.pid !== undefined) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      const forced = setTimeout(() => {
        try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone */ }
      }, 5000);
      await exited;
      clearTimeout(forced);
    }
    fs.rmSync(state, { recursive: true, force: true });
  };

  try {
    await waitForHealth(origin, child, options.readyTimeoutMs ?? 30_000);
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${printed}`);
  }
  return { port, origin, log: () => printed, stop };
}
