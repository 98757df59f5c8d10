import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { decodeFrames, encodeFrames } from '../../../server/src/host/journal-format';
import { ClusterStore } from '../../../server/src/host/store';
import type { StorageItemRecord } from '../../../server/src/host/model';
import { removeDir, tempStateDir } from './helpers';

function storageRecord(name: string): { t: 'put-storage'; item: StorageItemRecord } {
  return { t: 'put-storage', item: { pool: 'vg_guests', name, path: `/dev/vg_guests/${name}`, sizeGiB: 1 } };
}

describe('host journal', () => {
  let dir: string;
  beforeEach(() => { dir = tempStateDir(); });
  afterEach(() => removeDir(dir));

  it('round-trips frames and stops cleanly at the end', () => {
    const bytes = encodeFrames([{ a: 1 }, { b: 'two' }]);
    const decoded = decodeFrames(bytes, 8);
    assert.deepStrictEqual(decoded.payloads, [{ a: 1 }, { b: 'two' }]);
    assert.strictEqual(decoded.end, 8 + bytes.length);
    assert.strictEqual(decoded.problem, undefined);
  });

  it('calls a cut-off last record torn and a damaged middle record corrupt', () => {
    const bytes = encodeFrames([{ a: 1 }, { b: 2 }, { c: 3 }]);
    const torn = decodeFrames(bytes.subarray(0, bytes.length - 3), 0);
    assert.strictEqual(torn.problem?.kind, 'torn');
    assert.strictEqual(torn.payloads.length, 2);
    const damaged = Buffer.from(bytes);
    damaged[8 + 2] ^= 0xff; // inside the first payload
    const corrupt = decodeFrames(damaged, 0);
    assert.strictEqual(corrupt.problem?.kind, 'corrupt');
    assert.strictEqual(corrupt.payloads.length, 0);
  });

  it('treats a zero-filled tail as torn, not as records', () => {
    const bytes = Buffer.concat([encodeFrames([{ a: 1 }]), Buffer.alloc(4096)]);
    const decoded = decodeFrames(bytes, 0);
    assert.strictEqual(decoded.payloads.length, 1);
    assert.strictEqual(decoded.problem?.kind, 'torn');
  });

  it('replays what was appended, across store instances', async () => {
    const first = await ClusterStore.open({ stateDir: dir });
    await first.mutate(() => ({ records: [storageRecord('a1')], result: undefined }));
    first.close();
    const second = await ClusterStore.open({ stateDir: dir });
    assert.ok(second.state.createdStorage.has('/dev/vg_guests/a1'));
    assert.deepStrictEqual(second.notices, []);
    second.close();
  });

  it('lets a second store catch up with records the first appended', async () => {
    const a = await ClusterStore.open({ stateDir: dir });
    const b = await ClusterStore.open({ stateDir: dir });
    await a.mutate(() => ({ records: [storageRecord('from-a')], result: undefined }));
    const seen = await b.mutate((state) => ({ records: [storageRecord('from-b')], result: state.createdStorage.has('/dev/vg_guests/from-a') }));
    assert.strictEqual(seen, true);
    a.refresh();
    assert.ok(a.state.createdStorage.has('/dev/vg_guests/from-b'));
    a.close(); b.close();
  });

  it('cuts a torn tail at open and says so', async () => {
    const store = await ClusterStore.open({ stateDir: dir });
    await store.mutate(() => ({ records: [storageRecord('kept')], result: undefined }));
    store.close();
    const file = path.join(dir, 'default.journal');
    const sizeBefore = fs.statSync(file).size;
    const partial = encodeFrames([storageRecord('lost')]).subarray(0, 20);
    fs.appendFileSync(file, partial);
    const reopened = await ClusterStore.open({ stateDir: dir });
    assert.ok(reopened.state.createdStorage.has('/dev/vg_guests/kept'));
    assert.ok(!reopened.state.createdStorage.has('/dev/vg_guests/lost'));
    assert.match(reopened.notices.join('\n'), /cut a torn last record/);
    assert.strictEqual(fs.statSync(file).size, sizeBefore);
    reopened.close();
  });

  it('moves a corrupt journal aside, keeps it, and carries over the good prefix', async () => {
    const store = await ClusterStore.open({ stateDir: dir });
    await store.mutate(() => ({ records: [storageRecord('one')], result: undefined }));
    const file = path.join(dir, 'default.journal');
    const damageAt = fs.statSync(file).size + 12;
    await store.mutate(() => ({ records: [storageRecord('two')], result: undefined }));
    await store.mutate(() => ({ records: [storageRecord('three')], result: undefined }));
    store.close();
    const bytes = fs.readFileSync(file);
    bytes[damageAt] ^= 0x55;
    fs.writeFileSync(file, bytes);
    const reopened = await ClusterStore.open({ stateDir: dir });
    assert.match(reopened.notices.join('\n'), /is corrupt .* kept as/);
    const aside = fs.readdirSync(dir).filter((f) => f.startsWith('default.journal.corrupt-') && !f.endsWith('.txt'));
    assert.strictEqual(aside.length, 1);
    assert.deepStrictEqual(fs.readFileSync(path.join(dir, aside[0]!)), bytes);
    assert.ok(reopened.state.createdStorage.has('/dev/vg_guests/one'));
    assert.ok(!reopened.state.createdStorage.has('/dev/vg_guests/two'));
    reopened.close();
  });

  it('refuses a file that is not a journal and leaves it alone', async () => {
    const file = path.join(dir, 'default.journal');
    fs.writeFileSync(file, 'hello, not a journal');
    await assert.rejects(ClusterStore.open({ stateDir: dir }), (error: Error & { code?: string }) => error.code === 'journal-corrupt');
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'hello, not a journal');
  });

  it('writes nothing when a plan throws', async () => {
    const store = await ClusterStore.open({ stateDir: dir });
    const file = path.join(dir, 'default.journal');
    const size = fs.statSync(file).size;
    await assert.rejects(store.mutate(() => { throw new Error('refused'); }), /refused/);
    assert.strictEqual(fs.statSync(file).size, size);
    store.close();
  });
});

describe('host journal damaged while a store is open', () => {
  let dir: string;
  beforeEach(() => { dir = tempStateDir(); });
  afterEach(() => removeDir(dir));

  it('the next mutation moves the corrupt file aside and carries on from the good prefix', async () => {
    const store = await ClusterStore.open({ stateDir: dir });
    const other = await ClusterStore.open({ stateDir: dir });
    await store.mutate(() => ({ records: [storageRecord('one')], result: undefined }));
    const file = path.join(dir, 'default.journal');
    const damageAt = fs.statSync(file).size + 12;
    await other.mutate(() => ({ records: [storageRecord('two')], result: undefined }));
    await other.mutate(() => ({ records: [storageRecord('three')], result: undefined }));
    const bytes = fs.readFileSync(file);
    bytes[damageAt] ^= 0x55;
    fs.writeFileSync(file, bytes);
    await store.mutate(() => ({ records: [storageRecord('four')], result: undefined }));
    assert.match(store.notices.join('\n'), /is corrupt .* kept as/);
    assert.ok(store.state.createdStorage.has('/dev/vg_guests/four'));
    assert.ok(!store.state.createdStorage.has('/dev/vg_guests/three'));
    assert.strictEqual(fs.readdirSync(dir).filter((f) => f.includes('.corrupt-') && !f.endsWith('.txt')).length, 1);
    await other.mutate(() => ({ records: [], result: undefined }));
    assert.ok(other.state.createdStorage.has('/dev/vg_guests/four'), 'the other store reloads the new file');
    store.close(); other.close();
  });
});
