import * as assert from 'assert';
import { applyQuickFix } from './helpers';

const pv = 'name = "web"\nkernel = "/boot/vmlinuz"\n';

describe('xl quick fixes', () => {
  it('renames an unknown key to the suggested one', () => {
    assert.strictEqual(applyQuickFix(`${pv}memroy = 512\n`, 'xl/unknown-key', 'Rename'), `${pv}memory = 512\n`);
  });

  it('rewrites a deprecated key with its replacement value', () => {
    assert.strictEqual(applyQuickFix('name = "win"\nbuilder = "hvm"\n', 'xl/deprecated-key'), 'name = "win"\ntype = "hvm"\n');
    assert.strictEqual(applyQuickFix(`${pv}builder = "generic"\n`, 'xl/deprecated-key'), `${pv}type = "pv"\n`);
  });

  it('renames a deprecated key whose value carries over', () => {
    assert.strictEqual(applyQuickFix('name = "a"\ndevice_model = "/q"\ntype = "hvm"\n', 'xl/deprecated-key', 'Rename'), 'name = "a"\ndevice_model_override = "/q"\ntype = "hvm"\n');
  });

  it('quotes an unquoted negative number', () => {
    assert.strictEqual(applyQuickFix(`${pv}rtc_timeoffset = -3600\n`, 'xl/unquoted-negative', 'Quote'), `${pv}rtc_timeoffset = "-3600"\n`);
  });

  it('quotes an unquoted fraction', () => {
    const fixed = applyQuickFix(`${pv}cap = 1.5\n`, 'xl/unquoted-fraction', 'Quote');
    assert.strictEqual(fixed, `${pv}cap = "1.5"\n`);
  });

  it('converts CRLF line ends to LF for the whole file', () => {
    assert.strictEqual(applyQuickFix('name = "web"\r\nkernel = "/k"\r\n', 'xl/crlf-line-end'), 'name = "web"\nkernel = "/k"\n');
  });

  it('removes a byte-order mark', () => {
    assert.strictEqual(applyQuickFix('\ufeffname = "web"\nkernel = "/k"\n', 'xl/bom'), 'name = "web"\nkernel = "/k"\n');
  });

  it('removes the earlier, overridden assignment of a duplicate key', () => {
    assert.strictEqual(applyQuickFix(`${pv}memory = 512\nvcpus = 2\nmemory = 1024\n`, 'xl/duplicate-key'), `${pv}vcpus = 2\nmemory = 1024\n`);
  });

  it('removes only the statement when it shares its line', () => {
    assert.strictEqual(applyQuickFix(`${pv}memory = 512; vcpus = 2\nmemory = 1024\n`, 'xl/duplicate-key'), `${pv}vcpus = 2\nmemory = 1024\n`);
  });

  it('adds a name at the top, taken from the file name', () => {
    assert.strictEqual(applyQuickFix('kernel = "/k"\n', 'xl/missing-name'), 'name = "guest"\nkernel = "/k"\n');
  });

  it('turns "yes" and "true" into 1 and "no" into 0', () => {
    assert.strictEqual(applyQuickFix(`${pv}acpi = "yes"\n`, 'xl/bad-boolean'), `${pv}acpi = 1\n`);
    assert.strictEqual(applyQuickFix(`${pv}nomigrate = 'true'\n`, 'xl/bad-boolean'), `${pv}nomigrate = 1\n`);
    assert.strictEqual(applyQuickFix(`${pv}acpi = "no"\n`, 'xl/bad-boolean'), `${pv}acpi = 0\n`);
  });

  it('wraps a single disk in a list', () => {
    assert.strictEqual(applyQuickFix(`${pv}disk = 'phy:/dev/vg/web,xvda,w'\n`, 'xl/scalar-for-list'), `${pv}disk = [ 'phy:/dev/vg/web,xvda,w' ]\n`);
  });

  it('replaces an integer form with its name', () => {
    assert.strictEqual(applyQuickFix('name = "w"\ntype = "hvm"\ntsc_mode = 2\n', 'xl/deprecated-integer-form'), 'name = "w"\ntype = "hvm"\ntsc_mode = "native"\n');
  });

  it('replaces a misspelt enum value', () => {
    assert.strictEqual(applyQuickFix(`${pv}on_crash = "restar"\n`, 'xl/invalid-enum'), `${pv}on_crash = "restart"\n`);
  });
});

describe('xl quick fixes for syntax errors', () => {
  it('turns a bare boolean word into a number', () => {
    assert.strictEqual(applyQuickFix(`${pv}acpi = true\n`, 'xl/bare-word'), `${pv}acpi = 1\n`);
  });

  it('quotes a bare word for a string key', () => {
    assert.strictEqual(applyQuickFix(`${pv}on_crash = restart\n`, 'xl/bare-word'), `${pv}on_crash = "restart"\n`);
  });

  it('lower-cases a key and replaces hyphens', () => {
    assert.strictEqual(applyQuickFix('Name = "web"\nkernel = "/k"\n', 'xl/uppercase-key'), 'name = "web"\nkernel = "/k"\n');
    assert.strictEqual(applyQuickFix(`${pv}on-crash = "destroy"\n`, 'xl/hyphenated-key'), `${pv}on_crash = "destroy"\n`);
  });

  it('adds the newline a final comment needs', () => {
    assert.strictEqual(applyQuickFix(`${pv}# the end`, 'xl/comment-at-eof'), `${pv}# the end\n`);
  });

  it('offers no fix for a diagnostic without one', () => {
    const text = `${pv}uuid = "1234"\n`;
    assert.throws(() => applyQuickFix(text, 'xl/bad-uuid'), /no quick fix/);
  });
});

describe('xl quick fixes from spec analysers', () => {
  it('applies the replacement a spec issue carries', () => {
    const fixed = applyQuickFix('name = "w"\ntype = "hvm"\nrdm = "strategy=host,policy=relaxed"\n', 'xl/rdm-policy-dropped');
    assert.ok(!fixed.includes('policy=relaxed'), fixed);
    assert.ok(fixed.includes('strategy=host'), fixed);
  });
});

describe('xl quick fixes for ignored and conflicting keys', () => {
  it('removes a key ignored for this guest type', () => {
    assert.strictEqual(applyQuickFix(`${pv}pae = 1\nvcpus = 2\n`, 'xl/not-for-guest-type'), `${pv}vcpus = 2\n`);
  });

  it('removes root/extra that cmdline overrides', () => {
    assert.strictEqual(applyQuickFix(`${pv}cmdline = "ro"\nextra = "quiet"\n`, 'xl/cmdline-overrides-root-extra'), `${pv}cmdline = "ro"\n`);
  });

  it('unwraps a one-item list given for a single value', () => {
    assert.strictEqual(applyQuickFix(`${pv}memory = [ 512 ]\n`, 'xl/list-for-scalar'), `${pv}memory = 512\n`);
  });

  it('raises maxvcpus to vcpus', () => {
    assert.strictEqual(applyQuickFix(`${pv}vcpus = 4\nmaxvcpus = 2\n`, 'xl/maxvcpus-below-vcpus'), `${pv}vcpus = 4\nmaxvcpus = 4\n`);
  });

  it('removes firmware when kernel is also set', () => {
    assert.strictEqual(applyQuickFix(`${pv}firmware = "pvgrub64"\n`, 'xl/kernel-and-firmware'), pv);
  });
});

describe('xl quick fix: declare the guest type', () => {
  it('offers type = "hvm" when an HVM key sits in a file without a type', () => {
    assert.strictEqual(applyQuickFix(`${pv}pae = 1\n`, 'xl/not-for-guest-type', 'Declare'), `type = "hvm"\n${pv}pae = 1\n`);
  });
});
