import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { HOST_ERROR, HostCommands, HostNotifications, HostRequests, hostCommandIds } from '../../server/src/host-bridge/protocol';
import { repoRoot, startServer, type LspSession } from '../support/lsp-client';
import {
  execute, failure, guests, open, recordProgress, type ProgressParams,
} from './host-helpers';

const sample = path.join(repoRoot, 'samples', 'xen', 'web01-pv.cfg');
const mistakes = path.join(repoRoot, 'samples', 'xen', 'mistakes.cfg');

describe('host commands over stdio', function () {
  this.timeout(60_000);
  let stateDir: string;
  let session: LspSession;
  let progress: Map<string, ProgressParams['value'][]>;
  const changes: unknown[] = [];

  before(async () => {
    stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvconf-lsp-host-'));
    session = await startServer({ settings: { host: { stateDir, speed: 0 } } });
    progress = recordProgress(session);
    session.connection.onNotification(HostNotifications.guestsChanged, (params: { changes: unknown[] }) => changes.push(...params.changes));
  });
  after(async () => {
    await session?.close();
    fs.rmSync(stateDir, { recursive: true, force: true });
  });

  it('gives every command its own id', () => {
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
    const setup = await startServer({ settings: { host: { stateDir, speed: 0 } } });
    const uri = await open(setup, sample);
    for (const target of ['web01-root', 'web01-swap']) {
      await execute(setup, HostCommands.createStorage, { host: 'xen1', path: `/dev/vg_guests/${target}`, sizeGiB: 10 });
    }
    await execute(setup, HostCommands.launch, { uri, host: 'xen1' });
    await setup?.close();
    session = await startServer({ settings: { host: { stateDir, speed: 1 } } });
  });
  after(async () => {
    await session?.close();
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
