import * as assert from 'assert';
import * as os from 'os';
import * as path from 'path';
import { rawHostSettings, resolveHostSettings } from '../../../server/src/host-bridge/host-settings';

describe('host bridge settings', () => {
  const env = { HVCONF_STATE_DIR: '/var/tmp/from-env' };

  it('prefers the client settings, then the initialization options, then the environment', () => {
    const pulled = rawHostSettings({ host: { stateDir: '/srv/pulled', speed: 5 } });
    const initial = rawHostSettings({ host: { stateDir: '/srv/initial', speed: 7 } });
    assert.deepStrictEqual(resolveHostSettings([pulled, initial], env), { stateDir: '/srv/pulled', speed: 5 });
    assert.deepStrictEqual(resolveHostSettings([{}, initial], env), { stateDir: '/srv/initial', speed: 7 });
    assert.deepStrictEqual(resolveHostSettings([{}, {}], env), { stateDir: '/var/tmp/from-env', speed: 20 });
  });

  it('treats an empty state directory as unset and expands ~', () => {
    assert.strictEqual(resolveHostSettings([rawHostSettings({ host: { stateDir: '  ' } })], env).stateDir, '/var/tmp/from-env');
    assert.strictEqual(resolveHostSettings([rawHostSettings({ host: { stateDir: '~/cluster' } })], env).stateDir, path.join(os.homedir(), 'cluster'));
  });

  it('reads speed 0 and "instant" as instant, and ignores a negative or non-numeric speed', () => {
    assert.strictEqual(resolveHostSettings([{ speed: 0 }], env).speed, Infinity);
    assert.strictEqual(resolveHostSettings([{ speed: 'instant' }], env).speed, Infinity);
    assert.strictEqual(resolveHostSettings([{ speed: -3 }, { speed: 4 }], env).speed, 4);
    assert.strictEqual(resolveHostSettings([{ speed: 'fast' }], { ...env, HVCONF_SPEED: '2.5' }).speed, 2.5);
  });

  it('ignores malformed settings objects', () => {
    assert.deepStrictEqual(rawHostSettings(null), {});
    assert.deepStrictEqual(rawHostSettings({ host: 'x' }), {});
    assert.deepStrictEqual(rawHostSettings(42), {});
  });
});
