import * as assert from 'assert';
import { parseMetafile } from '../../../../server/src/metafile/parse';
import type { MetafileCheck } from '../../../../server/src/service/metafile/checks/check';
import { buildModel } from '../../../../server/src/service/metafile/model';
import { metafileChecks, validateMetafile } from '../../../../server/src/service/metafile/validate';
import { DEBIAN_BASE, NGINX_APP } from './helpers';

describe('vz-metafile check registry', () => {
  it('logs a check that throws and still runs the others', () => {
    const broken: MetafileCheck = { name: 'broken', run: () => { throw new Error('boom'); } };
    const logged: string[] = [];
    const model = buildModel(parseMetafile(`${NGINX_APP}%descripton\nx\n`), { maxValidatedChars: 1e9 });
    const found = validateMetafile(model, 'file:///a.metafile', [broken, ...metafileChecks], (message) => logged.push(message));
    assert.strictEqual(logged.length, 1);
    assert.match(logged[0], /check "broken" failed on file:\/\/\/a\.metafile: Error: boom/);
    assert.ok(found.some((diagnostic) => diagnostic.code === 'metafile/unknown-section'));
  });

  it('runs only the structure checks on a file above the size limit', () => {
    const text = `\uFEFF${DEBIAN_BASE}%descripton\nx\n`;
    const model = buildModel(parseMetafile(text), { maxValidatedChars: 10 });
    const codes = validateMetafile(model, 'file:///big.metafile').map((diagnostic) => diagnostic.code);
    assert.deepStrictEqual(codes, ['metafile/byte-order-mark']);
  });

  it('gives every check a distinct name', () => {
    const names = metafileChecks.map((check) => check.name);
    assert.strictEqual(new Set(names).size, names.length);
  });

  it('reports a byte-order mark before a comment as harmless information only', () => {
    const model = buildModel(parseMetafile(`\uFEFF# Debian\n${DEBIAN_BASE}`), { maxValidatedChars: 1e9 });
    const found = validateMetafile(model, 'file:///bom.metafile');
    assert.deepStrictEqual(found.map((diagnostic) => [diagnostic.code, diagnostic.severity]), [['metafile/byte-order-mark', 3]]);
  });

  it('reports a carriage return only in a value line as a warning', () => {
    const model = buildModel(parseMetafile(NGINX_APP.replace('%packages\nnginx\n', '%packages\nnginx\r\n')), { maxValidatedChars: 1e9 });
    const found = validateMetafile(model, 'file:///cr.metafile');
    assert.deepStrictEqual(found.map((diagnostic) => [diagnostic.code, diagnostic.severity, diagnostic.range.start.line]), [['metafile/carriage-return', 2, 9]]);
  });
});
