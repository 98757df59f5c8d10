import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { openSimulatedCluster } from '../../server/src/host/simulated-hypervisor';
import { HostCommands, HostRequests } from '../../server/src/host-bridge/protocol';
import { repoRoot, startServer, type LspSession } from '../support/lsp-client';
import {
  containerConfig, execute, failure, fileUri, guests, recordProgress, startProgressAwareServer,
  type GuestsAnswer, type ProgressParams,
} from './host-helpers';

describe('host commands over stdio: containers and deploy', function () {
  this.timeout(60_000);
  let stateDir: string;
  let session: LspSession;
  let progress: Map<string, ProgressParams['value'][]>;

  before(async () => {
    stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvconf-lsp-vz-'));
    session = await startServer({ settings: { host: { stateDir, speed: 0 } } });
    progress = recordProgress(session);
  });
  after(async () => {
    await session?.close();
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

  it('deploys from the OS template a metafile describes, once its cache exists', async () => {
    const file = path.join(repoRoot, 'samples', 'virtuozzo', 'templates', 'debian-12-x86_64.metafile');
    const templateUri = fileUri(file);
    const args = { templateUri, count: 1, startIp: '10.1.1.1' };
    const missing = await failure(execute(session, HostCommands.deployContainers, args));
    assert.match(missing.data?.code ?? '', /^template-/, missing.message);
    const cached = (await execute(session, HostCommands.createCache, { uri: templateUri })) as { name: string; kind: string; cached: boolean };
    assert.deepStrictEqual([cached.name, cached.kind, cached.cached], ['debian-12-x86_64', 'os', true]);
    const report = (await execute(session, HostCommands.deployContainers, args)) as { template: string; containers: Array<{ ip: string }> };
    assert.strictEqual(report.template, 'debian-12-x86_64');
    assert.deepStrictEqual(report.containers.map((c) => c.ip), ['10.1.1.1']);
    const app = fileUri(path.join(repoRoot, 'samples', 'virtuozzo', 'templates', 'centos-7-x86_64-mysql.metafile'));
    const refused = await failure(execute(session, HostCommands.deployContainers, { ...args, templateUri: app }));
    assert.strictEqual(refused.data?.code, 'invalid-argument');
    assert.match(refused.message, /application template; containers are deployed from an OS template such as centos-7-x86_64/);
  });

  it('lists the OS templates of the Virtuozzo host', async () => {
    const templates = (await session.connection.sendRequest(HostRequests.templates, { host: 'vz1' })) as Array<{ name: string; kind: string; cached: boolean }>;
    assert.ok(templates.some((t) => t.name === 'centos-7-x86_64' && t.kind === 'os' && t.cached));
  });
});

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

describe('host commands over stdio: notices from the journal', function () {
  this.timeout(60_000);
  let stateDir: string;
  let session: LspSession | undefined;

  before(async () => {
    stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvconf-lsp-notices-'));
    const cluster = await openSimulatedCluster({ stateDir, instant: true });
    cluster.dispose();
    // a record whose write never finished: a length header and half a payload
    const torn = Buffer.alloc(12);
    torn.writeUInt32LE(400, 0);
    fs.appendFileSync(path.join(stateDir, 'default.journal'), torn);
  });
  after(async () => {
    await session?.close();
    fs.rmSync(stateDir, { recursive: true, force: true });
  });

  it('shows the host\'s message about a cut torn tail once, and answers it in hvconf/notices', async () => {
    session = await startServer({ settings: { host: { stateDir, speed: 0 } } });
    const shown: string[] = [];
    session.connection.onNotification('window/showMessage', (params: { message: string }) => shown.push(params.message));
    const notices = (await session.connection.sendRequest(HostRequests.notices)) as string[];
    assert.strictEqual(notices.length, 1, JSON.stringify(notices));
    assert.match(notices[0]!, /cut a torn last record/);
    assert.deepStrictEqual(shown, [`HVConf host: ${notices[0]}`]);
  });
});
