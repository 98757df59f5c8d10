import * as assert from 'assert';
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { encodeFrames } from '../../../server/src/host/journal-format';
import { ClusterStore } from '../../../server/src/host/store';
import { removeDir, tempStateDir } from './helpers';

const WRITER = path.join(__dirname, '..', '..', 'fixtures', 'host', 'journal-writer.js');

interface Writer {
  child: ChildProcess;
  lines: string[];
  done: Promise<number | null>;
  waitFor: (n: number) => Promise<void>;
  stderr: () => string;
}

function startWriter(args: string[]): Writer {
  const child = spawn(process.execPath, [WRITER, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let buffered = '';
  let stderr = '';
  const waiters: Array<{ n: number; resolve: () => void }> = [];
  child.stdout!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const parts = buffered.split('\n');
    buffered = parts.pop()!;
    lines.push(...parts);
    for (const w of [...waiters]) if (lines.length >= w.n) { waiters.splice(waiters.indexOf(w), 1); w.resolve(); }
  });
  child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
  const done = new Promise<number | null>((resolve) => child.on('exit', (code) => {
    if (code !== 0 && code !== null) process.stderr.write(`writer failed: ${stderr}\n`);
    for (const w of waiters) w.resolve();
    resolve(code);
  }));
  const waitFor = (n: number) => new Promise<void>((resolve) => {
    if (lines.length >= n) resolve(); else waiters.push({ n, resolve });
  });
  return { child, lines, done, waitFor, stderr: () => stderr };
}

describe('host journal durability across processes', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => { dir = tempStateDir(); });
  afterEach(() => removeDir(dir));

  it('a writer killed with SIGKILL loses nothing it acknowledged', async () => {
    const acked = new Map<number, string>();
    for (const [round, killAfter] of [[0, 15], [1, 40], [2, 7]] as const) {
      const writer = startWriter(['containers', dir, `r${round}`, '100000']);
      await writer.waitFor(killAfter);
      writer.child.kill('SIGKILL');
      await writer.done;
      for (const line of writer.lines) {
        const [, ctid, hostname] = line.split(' ');
        acked.set(Number(ctid), hostname!);
      }
      const store = await ClusterStore.open({ stateDir: dir });
      for (const [ctid, hostname] of acked) {
        assert.strictEqual(store.state.containers.get(ctid)?.hostname, hostname, `acknowledged container ${ctid} is missing after kill ${round}`);
      }
      for (const notice of store.notices) assert.match(notice, /cut a torn last record/);
      store.close();
    }
    assert.ok(acked.size >= 15 + 40 + 7);
  });

  it('two processes creating guests at once never duplicate names, CTIDs or IPs', async () => {
    const first = await ClusterStore.open({ stateDir: dir });
    first.close();
    const a = startWriter(['race', dir, 'a']);
    const b = startWriter(['race', dir, 'b']);
    const [codeA, codeB] = await Promise.all([a.done, b.done]);
    assert.deepStrictEqual([codeA, codeB], [0, 0]);
    const lines = [...a.lines, ...b.lines];
    const cts = lines.filter((l) => l.startsWith('CT ')).map((l) => l.split(' '));
    assert.strictEqual(cts.length, 50);
    assert.strictEqual(new Set(cts.map((p) => p[1])).size, 50, 'CTIDs are unique');
    assert.strictEqual(new Set(cts.map((p) => p[2])).size, 50, 'IPs are unique');
    const domains = lines.filter((l) => l.startsWith('DOMAIN ')).map((l) => l.slice(7));
    assert.deepStrictEqual([...domains].sort(), Array.from({ length: 10 }, (_, i) => `shared-${i}`).sort(), 'each name created exactly once');
    const store = await ClusterStore.open({ stateDir: dir });
    assert.strictEqual(store.state.containers.size, 50);
    const ips = [...store.state.containers.values()].flatMap((c) => c.ipAddresses);
    assert.strictEqual(new Set(ips).size, 50);
    const domids = [...store.state.domains.values()].map((d) => `${d.host}/${d.domid}`);
    assert.strictEqual(new Set(domids).size, 10, 'domids are unique per host');
    store.close();
  });

  it('a torn tail left by a crashed writer is cut with a message and later writes continue', async () => {
    const writer = startWriter(['containers', dir, 'x', '5']);
    assert.strictEqual(await writer.done, 0);
    const file = path.join(dir, 'default.journal');
    const frame = encodeFrames([{ t: 'put-storage', item: { pool: 'vg_guests', name: 'torn', path: '/dev/vg_guests/torn', sizeGiB: 1 } }]);
    fs.appendFileSync(file, frame.subarray(0, frame.length - 5));
    const again = startWriter(['containers', dir, 'y', '3']);
    assert.strictEqual(await again.done, 0);
    assert.match(again.stderr(), /NOTICE journal .*cut a torn last record \(\d+ byte\(s\) at offset \d+/);
    const store = await ClusterStore.open({ stateDir: dir });
    assert.strictEqual(store.state.containers.size, 8);
    assert.ok(!store.state.createdStorage.has('/dev/vg_guests/torn'));
    store.close();
  });
});
