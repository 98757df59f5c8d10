import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { spawn } from 'child_process';
import {
  createMessageConnection, ResponseError, StreamMessageReader, StreamMessageWriter, type MessageConnection,
} from 'vscode-jsonrpc/node';
import { HOST_ERROR, HostCommands, HostNotifications, HostRequests, hostCommandIds } from '../../server/src/host-bridge/protocol';
import * as clientProtocol from '../../client/src/guests/protocol';
import { repoRoot, serverBundle, startServer, type LspSession } from '../support/lsp-client';

interface ProgressParams { token: string; value: { kind: 'begin' | 'report' | 'end'; title?: string; message?: string; percentage?: number; cancellable?: boolean } }
interface GuestsAnswer {
  hosts: Array<{ name: string; kind: string }>;
  domains: Array<{ name: string; host: string; state: string; isDomain0: boolean }>;
  containers: Array<{ ctid: number; host: string; status: string }>;
}

const sample = path.join(repoRoot, 'samples', 'xen', 'web01-pv.cfg');
const mistakes = path.join(repoRoot, 'samples', 'xen', 'mistakes.cfg');

/** startServer with a deadline, so a broken bundle fails the suite instead of hanging it. */
async function startHostServer(initializationOptions: unknown): Promise<LspSession> {
  let timer: NodeJS.Timeout | undefined;
  const started = startServer(initializationOptions);
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the server did not answer initialize within 15 s (is ${serverBundle} built?)`)), 15_000);
  });
  try {
    return await Promise.race([started, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Shuts the server down, and kills it if it does not exit, so mocha can end. */
async function stopHostServer(session: LspSession | undefined): Promise<void> {
  if (!session) return;
  await Promise.race([session.close().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 5000))]);
  if (session.process.exitCode === null) session.process.kill();
}

function fileUri(file: string): string {
  return pathToFileURL(file).toString();
}

async function open(session: LspSession, file: string): Promise<string> {
  const uri = fileUri(file);
  const published = session.nextDiagnostics(uri, 1);
  await session.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'xen-xl', version: 1, text: fs.readFileSync(file, 'utf8') },
  });
  await published;
  return uri;
}

function execute(session: LspSession, command: string, args: unknown, workDoneToken?: string): Promise<unknown> {
  return session.connection.sendRequest('workspace/executeCommand', { command, arguments: [args], ...(workDoneToken ? { workDoneToken } : {}) });
}

async function failure(promise: Promise<unknown>): Promise<ResponseError<{ code: string; diagnostics?: unknown[]; createStorage?: Array<{ host: string; path: string; sizeGiB: number }> }>> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ResponseError, `expected a ResponseError, got ${String(error)}`);
    return error as ResponseError<{ code: string }>;
  }
  assert.fail('the call was expected to fail');
}

function recordProgress(session: LspSession): Map<string, ProgressParams['value'][]> {
  const seen = new Map<string, ProgressParams['value'][]>();
  session.connection.onNotification('$/progress', (params: ProgressParams) => {
    seen.set(params.token, [...(seen.get(params.token) ?? []), params.value]);
  });
  return seen;
}

async function guests(session: LspSession): Promise<GuestsAnswer> {
  return (await session.connection.sendRequest(HostRequests.guests)) as GuestsAnswer;
}

describe('host commands over stdio', function () {
  this.timeout(60_000);
  let stateDir: string;
  let session: LspSession;
  let progress: Map<string, ProgressParams['value'][]>;
  const changes: unknown[] = [];

  before(async () => {
    stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvconf-lsp-host-'));
    session = await startHostServer({ settings: { host: { stateDir, speed: 0 } } });
    progress = recordProgress(session);
    session.connection.onNotification(HostNotifications.guestsChanged, (params: { changes: unknown[] }) => changes.push(...params.changes));
  });
  after(async () => {
    await stopHostServer(session);
    fs.rmSync(stateDir, { recursive: true, force: true });
  });

  it('names the same commands, requests and notifications as the VS Code client', () => {
    assert.deepStrictEqual(clientProtocol.HostCommands, HostCommands);
    assert.deepStrictEqual(clientProtocol.HostRequests, HostRequests);
    assert.deepStrictEqual(clientProtocol.HostNotifications, HostNotifications);
    assert.strictEqual(clientProtocol.HOST_ERROR, HOST_ERROR);
    assert.strictEqual(new Set(hostCommandIds).size, hostCommandIds.length);
  });

  it('lists the simulated hosts', async () => {
    const hosts = (await session.connection.sendRequest(HostRequests.hosts)) as Array<{ name: string; kind: string }>;
    assert.deepStrictEqual(hosts.map((h) => `${h.name}:${h.kind}`), ['xen1:xen', 'xen2:xen', 'vz1:vz']);
  });

  it('refuses a config with errors and lists its diagnostics', async () => {
    const uri = await open(session, mistakes);
    const error = await failure(execute(session, HostCommands.launch, { uri }));
    assert.strictEqual(error.code, HOST_ERROR);
    assert.strictEqual(error.data?.code, 'invalid-config');
    assert.ok((error.data?.diagnostics ?? []).length >= 3, JSON.stringify(error.data));
    assert.match(error.message, /mistakes\.cfg has \d+ errors; fix them before launching/);
    assert.match(error.message, /line \d+: .*\[xl\//);
    assert.deepStrictEqual((await guests(session)).domains.filter((d) => !d.isDomain0), []);
  });

  it('refuses a missing disk target with an offer to create it, then launches after createStorage', async () => {
    const uri = await open(session, sample);
    const error = await failure(execute(session, HostCommands.launch, { uri }));
    assert.strictEqual(error.data?.code, 'storage-missing');
    assert.match(error.message, /web01-root/);
    const offers = error.data?.createStorage ?? [];
    assert.deepStrictEqual(offers.map((o) => o.path).sort(), ['/dev/vg_guests/web01-root', '/dev/vg_guests/web01-swap']);

    for (const offer of offers) await execute(session, HostCommands.createStorage, offer);
    const storage = (await session.connection.sendRequest(HostRequests.storage, { host: offers[0]!.host })) as Array<{ path: string }>;
    assert.ok(storage.some((entry) => entry.path === '/dev/vg_guests/web01-root'));

    const launched = (await execute(session, HostCommands.launch, { uri }, 'launch-1')) as { kind: string; domain: { name: string; state: string; host: string } };
    assert.strictEqual(launched.kind, 'domain');
    assert.strictEqual(launched.domain.name, 'web01');
    assert.strictEqual(launched.domain.state, 'running');
    const reported = progress.get('launch-1') ?? [];
    assert.strictEqual(reported[0]?.kind, 'begin');
    assert.strictEqual(reported[reported.length - 1]?.kind, 'end');
  });

  it('shows the launched domain in hvconf/guests and announces it with hvconf/guestsChanged', async () => {
    const answer = await guests(session);
    const web01 = answer.domains.find((d) => d.name === 'web01');
    assert.ok(web01, JSON.stringify(answer.domains));
    assert.ok(answer.domains.some((d) => d.isDomain0 && d.host === web01.host));
    assert.ok(changes.some((c) => (c as { name: string; change: string }).name === 'web01' && (c as { change: string }).change === 'added'), JSON.stringify(changes));
  });

  it('migrates with $/progress for every round and returns the report', async () => {
    const before = (await guests(session)).domains.find((d) => d.name === 'web01')!;
    const target = before.host === 'xen1' ? 'xen2' : 'xen1';
    const result = (await execute(session, HostCommands.migrateDomain, { domain: 'web01', target }, 'migrate-1')) as {
      report: { rounds: unknown[]; downtimeMs: number; totalMs: number; from: string; to: string };
      domain: { host: string };
    };
    assert.strictEqual(result.domain.host, target);
    assert.strictEqual(result.report.from, before.host);
    assert.ok(result.report.rounds.length >= 1);
    assert.ok(result.report.downtimeMs > 0 && result.report.totalMs > result.report.downtimeMs);
    const reported = progress.get('migrate-1') ?? [];
    assert.deepStrictEqual([reported[0]?.kind, reported[reported.length - 1]?.kind], ['begin', 'end']);
    assert.strictEqual(reported[0]?.cancellable, true);
    const rounds = reported.filter((v) => v.kind === 'report' && /^Round \d+/.test(v.message ?? ''));
    assert.strictEqual(rounds.length, result.report.rounds.length);
    const percentages = reported.filter((v) => v.percentage !== undefined).map((v) => v.percentage!);
    assert.deepStrictEqual(percentages, [...percentages].sort((a, b) => a - b), 'percentages never go back');
  });

  it('answers a bad argument and an unknown domain with a clear error', async () => {
    const missingTarget = await failure(execute(session, HostCommands.migrateDomain, { domain: 'web01' }));
    assert.strictEqual(missingTarget.data?.code, 'invalid-argument');
    assert.match(missingTarget.message, /"target"/);
    const unknown = await failure(execute(session, HostCommands.pauseDomain, { domain: 'no-such-guest' }));
    assert.strictEqual(unknown.data?.code, 'not-found');
  });

  it('pauses, unpauses and destroys', async () => {
    const paused = (await execute(session, HostCommands.pauseDomain, { domain: 'web01' })) as { domain: { state: string } };
    assert.strictEqual(paused.domain.state, 'paused');
    const unpaused = (await execute(session, HostCommands.unpauseDomain, { domain: 'web01' })) as { domain: { state: string } };
    assert.strictEqual(unpaused.domain.state, 'running');
    await execute(session, HostCommands.destroyDomain, { domain: 'web01' });
    assert.deepStrictEqual((await guests(session)).domains.filter((d) => d.name === 'web01'), []);
    assert.ok(changes.some((c) => (c as { name: string; change: string }).name === 'web01' && (c as { change: string }).change === 'removed'));
  });
});

describe('host commands over stdio: cancellation', function () {
  this.timeout(60_000);
  let stateDir: string;
  let session: LspSession;

  before(async () => {
    stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvconf-lsp-cancel-'));
    // launch instantly in one server, then migrate in real time (speed 1) in another on the same state
    const setup = await startHostServer({ settings: { host: { stateDir, speed: 0 } } });
    const uri = await open(setup, sample);
    for (const target of ['web01-root', 'web01-swap']) {
      await execute(setup, HostCommands.createStorage, { host: 'xen1', path: `/dev/vg_guests/${target}`, sizeGiB: 10 });
    }
    await execute(setup, HostCommands.launch, { uri, host: 'xen1' });
    await stopHostServer(setup);
    session = await startHostServer({ settings: { host: { stateDir, speed: 1 } } });
  });
  after(async () => {
    await stopHostServer(session);
    fs.rmSync(stateDir, { recursive: true, force: true });
  });

  it('sees the guest another process launched', async () => {
    const web01 = (await guests(session)).domains.find((d) => d.name === 'web01');
    assert.strictEqual(web01?.host, 'xen1');
  });

  it('cancels a migration with $/cancelRequest and leaves the guest running on the source', async () => {
    const { CancellationTokenSource } = await import('vscode-jsonrpc/node');
    const source = new CancellationTokenSource();
    const firstRound = new Promise<void>((resolve) => {
      session.connection.onNotification('$/progress', (params: ProgressParams) => {
        if (params.token === 'cancel-me' && /^Round 1/.test(params.value.message ?? '')) resolve();
      });
    });
    const migration = session.connection.sendRequest('workspace/executeCommand',
      { command: HostCommands.migrateDomain, arguments: [{ domain: 'web01', target: 'xen2' }], workDoneToken: 'cancel-me' }, source.token);
    await firstRound;
    const during = (await guests(session)).domains.map((d) => d.name);
    assert.ok(during.includes('web01--migratedaway') && during.includes('web01--incoming'), during.join(', '));
    source.cancel();
    const error = await failure(migration);
    assert.strictEqual(error.code, -32800, error.message);
    assert.match(error.message, /cancelled; it keeps running on xen1/);
    const after = (await guests(session)).domains.filter((d) => !d.isDomain0);
    assert.deepStrictEqual(after.map((d) => `${d.name}@${d.host}:${d.state}`), ['web01@xen1:running']);
  });
});

const containerConfig = [
  'OSTEMPLATE="centos-7-x86_64"', 'HOSTNAME="db150.example.com"', 'IP_ADDRESS="10.1.0.50"', 'NAMESERVER="10.1.0.1"',
  'PHYSPAGES="0:262144"', 'SWAPPAGES="0:131072"', 'DISKSPACE="10G:11G"', 'ONBOOT="yes"', '',
].join('\n');

describe('host commands over stdio: containers and deploy', function () {
  this.timeout(60_000);
  let stateDir: string;
  let session: LspSession;
  let progress: Map<string, ProgressParams['value'][]>;

  before(async () => {
    stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvconf-lsp-vz-'));
    session = await startHostServer({ settings: { host: { stateDir, speed: 0 } } });
    progress = recordProgress(session);
  });
  after(async () => {
    await stopHostServer(session);
    fs.rmSync(stateDir, { recursive: true, force: true });
  });

  it('creates a container from an open vz-conf document', async () => {
    const uri = 'file:///etc/vz/conf/150.conf';
    const published = session.nextDiagnostics(uri, 1);
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'vz-conf', version: 1, text: containerConfig } });
    assert.deepStrictEqual((await published).filter((d) => d.severity === 1), []);
    const result = (await execute(session, HostCommands.launch, { uri, start: true })) as { kind: string; container: { ctid: number; status: string; ipAddresses: string[]; hostname: string } };
    assert.strictEqual(result.kind, 'container');
    assert.deepStrictEqual([result.container.ctid, result.container.status, result.container.hostname], [150, 'running', 'db150.example.com']);
    assert.deepStrictEqual(result.container.ipAddresses, ['10.1.0.50']);
  });

  it('deploys containers with sequential IPs, skipping one in use, with progress per container', async () => {
    const report = (await execute(session, HostCommands.deployContainers,
      { template: 'centos-7-x86_64', count: 3, startIp: '10.1.0.49', hostnamePattern: 'web{n}' }, 'deploy-1')) as {
      containers: Array<{ ctid: number; hostname: string; ip: string }>; skippedIps: string[];
    };
    assert.deepStrictEqual(report.containers.map((c) => `${c.hostname}=${c.ip}`), ['web1=10.1.0.49', 'web2=10.1.0.51', 'web3=10.1.0.52']);
    assert.deepStrictEqual(report.skippedIps, ['10.1.0.50']);
    const reports = (progress.get('deploy-1') ?? []).filter((v) => v.kind === 'report').map((v) => v.message);
    assert.deepStrictEqual(reports.filter((m) => /^Deployed/.test(m ?? '')), ['Deployed 1/3: web1 (101)', 'Deployed 2/3: web2 (102)', 'Deployed 3/3: web3 (103)']);
    const listed = (await guests(session)).containers.map((c) => `${c.ctid}:${c.status}`);
    assert.deepStrictEqual(listed.sort(), ['101:running', '102:running', '103:running', '150:running']);
  });

  it('refuses to destroy a running container, then stops and destroys it', async () => {
    const refused = await failure(execute(session, HostCommands.destroyContainer, { ctid: 101 }));
    assert.strictEqual(refused.data?.code, 'bad-state');
    assert.match(refused.message, /stop it before destroying it/);
    const stopped = (await execute(session, HostCommands.stopContainer, { ctid: 101 })) as { status: string };
    assert.strictEqual(stopped.status, 'stopped');
    await execute(session, HostCommands.destroyContainer, { ctid: 101 });
    assert.ok(!(await guests(session)).containers.some((c) => c.ctid === 101));
  });

  it('registers an application template from a metafile (create cache) and installs it into containers at once', async () => {
    const file = path.join(repoRoot, 'samples', 'virtuozzo', 'templates', 'centos-7-x86_64-mysql.metafile');
    const uri = fileUri(file);
    const published = session.nextDiagnostics(uri, 1);
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'vz-metafile', version: 1, text: fs.readFileSync(file, 'utf8') } });
    await published;
    const template = (await execute(session, HostCommands.createCache, { uri }, 'cache-1')) as { name: string; kind: string; baseOs: string };
    assert.deepStrictEqual([template.kind, template.baseOs], ['app', 'centos-7-x86_64']);
    assert.deepStrictEqual((progress.get('cache-1') ?? []).map((v) => v.kind).filter((k) => k !== 'report'), ['begin', 'end']);
    const report = (await execute(session, HostCommands.installAppTemplate, { template: template.name, ctids: [150, 102] })) as {
      results: Array<{ ctid: number; outcome: string }>;
    };
    assert.deepStrictEqual(report.results.map((r) => `${r.ctid}:${r.outcome}`), ['150:installed', '102:installed']);
    const installed = (await guests(session)).containers.filter((c) => (c as unknown as { appTemplates: string[] }).appTemplates.includes(template.name));
    assert.deepStrictEqual(installed.map((c) => c.ctid).sort(), [102, 150]);
  });

  it('lists the OS templates of the Virtuozzo host', async () => {
    const templates = (await session.connection.sendRequest(HostRequests.templates, { host: 'vz1' })) as Array<{ name: string; kind: string; cached: boolean }>;
    assert.ok(templates.some((t) => t.name === 'centos-7-x86_64' && t.kind === 'os' && t.cached));
  });
});

/** A client that accepts server-initiated progress (the shared helper does not announce it). */
async function startProgressAwareServer(stateDir: string): Promise<{ connection: MessageConnection; close(): Promise<void> }> {
  const child = spawn(process.execPath, [serverBundle, '--stdio'], { stdio: 'pipe' });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  const kill = (): void => { if (child.exitCode === null) child.kill(); };
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      connection.sendRequest('initialize', {
        processId: process.pid, rootUri: null,
        capabilities: { window: { workDoneProgress: true } },
        initializationOptions: { settings: { host: { stateDir, speed: 1 } } },
      }),
      new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error('the server did not answer initialize within 15 s')), 15_000); }),
    ]);
  } catch (error) {
    kill();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  await connection.sendNotification('initialized', {});
  return {
    connection,
    async close() {
      const exited = (async () => {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
        await new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
      })();
      await Promise.race([exited.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 5000))]);
      kill();
      connection.dispose();
    },
  };
}

describe('host commands over stdio: server-initiated progress', function () {
  this.timeout(60_000);
  let stateDir: string;

  before(() => {
    stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvconf-lsp-progress-'));
  });
  after(() => {
    fs.rmSync(stateDir, { recursive: true, force: true });
  });

  it('creates a progress token and stops a container creation when the user cancels the progress', async () => {
    const server = await startProgressAwareServer(stateDir);
    try {
      const uri = 'file:///etc/vz/conf/150.conf';
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'vz-conf', version: 1, text: containerConfig } });
      const begun = new Promise<string>((resolve) => {
        server.connection.onNotification('$/progress', (params: ProgressParams) => {
          if (params.value.kind === 'begin') resolve(params.token);
        });
      });
      const creation = server.connection.sendRequest('workspace/executeCommand', { command: HostCommands.launch, arguments: [{ uri }] });
      const token = await begun;
      await server.connection.sendNotification('window/workDoneProgress/cancel', { token });
      const error = await failure(creation);
      assert.strictEqual(error.code, -32800, error.message);
      const answer = (await server.connection.sendRequest(HostRequests.guests)) as GuestsAnswer;
      assert.deepStrictEqual(answer.containers, [], 'the half-made container is removed');
    } finally {
      await server.close();
    }
  });
});
