import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { GuestChange, Hypervisor } from '../../../server/src/host/hypervisor';
import { HostSession } from '../../../server/src/host-bridge/host-session';
import type { HostSettings } from '../../../server/src/host-bridge/host-settings';
import { removeDir, tempStateDir } from '../host/helpers';

describe('host bridge session', () => {
  let dirs: string[];
  let settings: HostSettings;
  let changes: GuestChange[];
  let session: HostSession;

  beforeEach(() => {
    dirs = [tempStateDir('hvconf-session-a-'), tempStateDir('hvconf-session-b-')];
    settings = { stateDir: dirs[0]!, speed: Infinity };
    changes = [];
    session = new HostSession({
      settings: async () => settings,
      onGuestsChanged: (batch) => changes.push(...batch),
      onNotice: () => undefined,
      watchIntervalMs: 0,
    });
  });
  afterEach(() => {
    session.dispose();
    for (const dir of dirs) removeDir(dir);
  });

  it('opens the cluster on first use only, and keeps it while the settings stay', async () => {
    assert.deepStrictEqual(fs.readdirSync(dirs[0]!), []);
    const first = await session.use(async (host) => host);
    const second = await session.use(async (host) => host);
    assert.strictEqual(first, second);
    assert.ok(fs.existsSync(path.join(dirs[0]!, 'default.journal')));
  });

  it('relays guest changes', async () => {
    await session.use((host) => host.deploy({ template: 'centos-7-x86_64', count: 2, startIp: '10.9.0.1' }));
    await new Promise((resolve) => setImmediate(resolve));
    const added = changes.filter((c) => c.change === 'added').map((c) => `${c.kind}:${c.key}`);
    assert.deepStrictEqual(added, ['container:101', 'container:102']);
  });

  it('opens the new state directory when the setting changes, closing the old cluster after its running call', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    let oldHost: Hypervisor | undefined;
    const running = session.use(async (host) => {
      oldHost = host;
      await gate;
      return host.hosts();
    });
    await new Promise((resolve) => setImmediate(resolve));
    settings = { stateDir: dirs[1]!, speed: Infinity };
    const newHost = await session.use(async (host) => host);
    assert.notStrictEqual(newHost, oldHost);
    assert.ok(fs.existsSync(path.join(dirs[1]!, 'default.journal')));
    release();
    const hosts = await running;
    assert.strictEqual(hosts.length, 3, 'the call on the old cluster finished normally');
    await assert.rejects(oldHost!.hosts(), 'the old cluster is closed afterwards');
  });
});
