import * as assert from 'assert';
import { readClientSettings, settingsFromClient } from '../../../server/src/service/settings-from-client';

describe('readClientSettings', () => {
  it('maps every hvconf.* setting onto ServiceSettings', () => {
    const result = readClientSettings({
      hvconf: {
        validation: { enable: false },
        completion: { enable: true },
        hover: { enable: false },
        format: { enable: false },
        diagnostics: { severity: { 'xl/unknown-key': 'off', 'xl/duplicate-key': 'error' } },
        vz: { dialect: 'vz7' },
        trace: { server: 'verbose' },
        maxValidatedChars: 1000,
      },
    });
    assert.deepStrictEqual(result.settings, {
      validation: false,
      completion: true,
      hover: false,
      formatting: false,
      severity: { 'xl/unknown-key': 'off', 'xl/duplicate-key': 'error' },
      vzDialect: 'vz7',
      maxValidatedChars: 1000,
    });
    assert.deepStrictEqual(result.ignored, []);
  });

  it('accepts the section without the hvconf wrapper', () => {
    const result = readClientSettings({ hover: { enable: false }, vz: { dialect: 'legacy' } });
    assert.deepStrictEqual(result.settings, { hover: false, vzDialect: 'legacy' });
  });

  it('leaves out what the client did not send', () => {
    assert.deepStrictEqual(readClientSettings({ hvconf: {} }).settings, {});
    assert.deepStrictEqual(readClientSettings({ hvconf: { validation: {} } }).settings, {});
  });

  it('answers an empty patch for payloads that are not objects', () => {
    for (const payload of [null, undefined, 42, 'hvconf', [], [{ validation: { enable: false } }]]) {
      const result = readClientSettings(payload);
      assert.deepStrictEqual(result.settings, {}, `payload ${JSON.stringify(payload)}`);
      assert.deepStrictEqual(result.ignored, []);
    }
  });

  it('ignores wrong values and says which, keeping the good ones', () => {
    const result = readClientSettings({
      hvconf: {
        validation: { enable: 'yes' },
        hover: { enable: true },
        diagnostics: { severity: { 'xl/unknown-key': 'loud', 'xl/missing-name': 'warning' } },
        vz: { dialect: 'vz6' },
        maxValidatedChars: -5,
      },
    });
    assert.deepStrictEqual(result.settings, { hover: true, severity: { 'xl/missing-name': 'warning' } });
    assert.strictEqual(result.ignored.length, 4);
    assert.match(result.ignored.join('\n'), /hvconf\.validation\.enable/);
    assert.match(result.ignored.join('\n'), /xl\/unknown-key.*"loud"/);
    assert.match(result.ignored.join('\n'), /hvconf\.vz\.dialect.*"vz6"/);
    assert.match(result.ignored.join('\n'), /hvconf\.maxValidatedChars.*-5/);
  });

  it('rejects a severity table that is not an object', () => {
    const result = readClientSettings({ hvconf: { diagnostics: { severity: ['off'] } } });
    assert.strictEqual(result.settings.severity, undefined);
    assert.match(result.ignored[0] ?? '', /hvconf\.diagnostics\.severity/);
  });

  it('rounds a fractional character limit down and rejects non-finite ones', () => {
    assert.strictEqual(readClientSettings({ maxValidatedChars: 10.9 }).settings.maxValidatedChars, 10);
    assert.strictEqual(readClientSettings({ maxValidatedChars: Infinity }).settings.maxValidatedChars, undefined);
    assert.strictEqual(readClientSettings({ maxValidatedChars: '100' }).settings.maxValidatedChars, undefined);
  });
});

describe('settingsFromClient', () => {
  it('returns the patch of readClientSettings', () => {
    const payload = { hvconf: { hover: { enable: false }, vz: { dialect: 'bogus' } } };
    assert.deepStrictEqual(settingsFromClient(payload), readClientSettings(payload).settings);
    assert.deepStrictEqual(settingsFromClient(payload), { hover: false });
  });
});
