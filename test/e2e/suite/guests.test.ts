import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { TestHookCommands } from '../../../client/src/guests/test-hooks';
import { openSimulatedCluster } from '../../../server/src/host/simulated-hypervisor';
import type { RenderedNode } from '../../../client/src/guests/guests-provider';
import { activateHvconf, openFixture } from './helpers';

function findNode(nodes: readonly RenderedNode[], label: string): RenderedNode | undefined {
  for (const node of nodes) {
    if (node.label === label) return node;
    const inner = findNode(node.children, label);
    if (inner) return inner;
  }
  return undefined;
}

async function renderGuests(): Promise<RenderedNode[]> {
  return (await vscode.commands.executeCommand<RenderedNode[]>(TestHookCommands.renderGuests)) ?? [];
}

describe('Guests view and host commands', function () {
  this.timeout(20_000);
  const hostSettings = () => vscode.workspace.getConfiguration('hvconf.host');
  let stateDir: string;

  before(async () => {
    stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvconf-e2e-host-'));
    // the server reads these settings before every host call
    await hostSettings().update('stateDir', stateDir, vscode.ConfigurationTarget.Global);
    await hostSettings().update('speed', 0, vscode.ConfigurationTarget.Global);
    await openFixture('xen/web-pv.cfg');
    const api = await activateHvconf();
    await api.whenServerReady();
  });

  afterEach(async function () {
    if (this.currentTest?.state !== 'failed') return;
    const lines = await vscode.commands.executeCommand<string[]>(TestHookCommands.hostLog);
    console.log(`HVConf Host output:\n${(lines ?? []).join('\n')}`);
  });

  after(async () => {
    await hostSettings().update('stateDir', undefined, vscode.ConfigurationTarget.Global);
    await hostSettings().update('speed', undefined, vscode.ConfigurationTarget.Global);
    fs.rmSync(stateDir, { recursive: true, force: true });
  });

  it('contributes every host command', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['hvconf.launchConfig', 'hvconf.dryRunConfig', 'hvconf.migrateDomain', 'hvconf.destroyDomain', 'hvconf.deployContainers', 'hvconf.installAppTemplate']) {
      assert.ok(commands.includes(id), `${id} is registered`);
    }
  });

  it('puts Launch and Dry run on xl configs, Create container on container configs, Create cache and Deploy… on metafiles', async () => {
    const titles = async (relative: string): Promise<string[]> => {
      const document = await openFixture(relative);
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
      return (lenses ?? []).flatMap((lens) => (lens.command ? [lens.command.title.replace(/^\$\([a-z-]+\) /, '')] : []));
    };
    assert.deepStrictEqual(await titles('xen/web-pv.cfg'), ['Launch', 'Dry run']);
    assert.deepStrictEqual(await titles('vz/conf/102.conf'), ['Create container']);
    assert.deepStrictEqual(await titles('templates/debian-12-x86_64-redis.metafile'), ['Create cache', 'Deploy…']);
  });

  it('shows no guests (the welcome content) before anything is launched', async () => {
    assert.deepStrictEqual(await renderGuests(), []);
  });

  it('launches the active config from the palette, creating its missing disk after the question', async () => {
    await openFixture('xen/web-pv.cfg');
    await vscode.commands.executeCommand(TestHookCommands.answerConfirmations, [true]);
    const result = await vscode.commands.executeCommand<{ domain?: { name: string; state: string; host: string } }>('hvconf.launchConfig');
    assert.strictEqual(result?.domain?.name, 'web-front01');
    const asked = await vscode.commands.executeCommand<string[]>(TestHookCommands.askedConfirmations);
    assert.match(asked?.[asked.length - 1] ?? '', /disk target .* does not exist\. Create it in the simulated storage\?/);

    const tree = await renderGuests();
    const host = tree.find((node) => node.label === result?.domain?.host);
    assert.ok(host, `host ${result?.domain?.host} in ${JSON.stringify(tree)}`);
    assert.strictEqual(host.contextValue, 'host.xen');
    const guest = host.children.find((node) => node.label === 'web-front01');
    assert.ok(guest, JSON.stringify(host.children));
    assert.strictEqual(guest.contextValue, 'domain.running');
    assert.strictEqual(guest.icon, 'vm-running');
    assert.match(guest.description ?? '', /running · id \d+ · 1 GiB · 2 vCPUs/);
    assert.ok(host.children.some((node) => node.contextValue === 'domain0'), 'Domain-0 is listed');
  });

  it('migrates the domain to the other Xen host', async () => {
    const before = (await renderGuests()).find((node) => findNode(node.children, 'web-front01'));
    const target = before?.label === 'xen1' ? 'xen2' : 'xen1';
    const reports = await vscode.commands.executeCommand<Array<{ to: string; rounds: unknown[]; downtimeMs: number }>>(
      'hvconf.migrateDomain', { domain: 'web-front01', target });
    assert.strictEqual(reports?.length, 1);
    assert.strictEqual(reports[0]!.to, target);
    assert.ok(reports[0]!.rounds.length >= 1 && reports[0]!.downtimeMs > 0);
    const after = (await renderGuests()).find((node) => node.label === target);
    assert.strictEqual(findNode(after?.children ?? [], 'web-front01')?.contextValue, 'domain.running');
  });

  it('completes a disk target= with the volumes and images of the simulated hosts', async () => {
    const document = await openFixture('xen/web-pv.cfg');
    const line = document.getText().split('\n').findIndex((text) => text.includes('target='));
    const character = document.lineAt(line).text.indexOf('target=') + 'target='.length;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(line, character));
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    for (const path of ['/dev/vg_guests/web01-disk', '/var/lib/xen/images/debian-12.qcow2', '/dev/vg_guests/web-front01-root']) {
      assert.ok(labels.includes(path), `${path} offered among ${labels.length} items`);
    }
  });

  it('refreshes on hvconf/guestsChanged when another process (the CLI) changes the cluster', async () => {
    const changed = vscode.commands.executeCommand<Array<{ change: string; kind: string; name: string }>>(TestHookCommands.nextGuestsChange);
    const cli = await openSimulatedCluster({ stateDir, instant: true });
    try {
      await cli.deploy({ template: 'centos-7-x86_64', count: 1, startIp: '10.30.0.5', hostnamePattern: 'fromcli{n}' });
    } finally {
      cli.dispose();
    }
    const changes = await changed;
    assert.ok(changes?.some((c) => c.kind === 'container' && c.name === 'fromcli1'), JSON.stringify(changes));
    const container = findNode(await renderGuests(), '101 fromcli1');
    assert.strictEqual(container?.contextValue, 'container.running');
    assert.match(container?.description ?? '', /10\.30\.0\.5/);
  });

  it('keeps the domain when the destroy confirmation is declined', async () => {
    await vscode.commands.executeCommand(TestHookCommands.answerConfirmations, [false]);
    const results = await vscode.commands.executeCommand<unknown[]>('hvconf.destroyDomain', { domain: 'web-front01' });
    assert.deepStrictEqual(results, []);
    assert.ok(findNode(await renderGuests(), 'web-front01'), 'still there');
  });

  it('destroys the domain after the modal confirmation', async () => {
    await vscode.commands.executeCommand(TestHookCommands.answerConfirmations, [true]);
    const results = await vscode.commands.executeCommand<unknown[]>('hvconf.destroyDomain', { domain: 'web-front01' });
    assert.strictEqual(results?.length, 1);
    const asked = await vscode.commands.executeCommand<string[]>(TestHookCommands.askedConfirmations);
    assert.strictEqual(asked?.[asked.length - 1], 'Destroy domain "web-front01"?');
    assert.strictEqual(findNode(await renderGuests(), 'web-front01'), undefined);
  });
});
