import * as assert from 'assert';
import { CompletionItemTag, InsertTextFormat, type TextEdit } from 'vscode-languageserver-types';
import { completionAt, expectCompletion } from './helpers';

function newText(items: ReturnType<typeof completionAt>, label: string): string {
  const item = items.find((candidate) => candidate.label === label);
  assert.ok(item, `no item ${label}`);
  return (item.textEdit as TextEdit).newText;
}

describe('xl completion', () => {
  it('offers every key at the start of a line, with a value snippet', () => {
    const items = expectCompletion('name = "web"\n<|>', { includes: ['memory', 'disk', 'kernel', 'on_crash'] });
    assert.strictEqual(newText(items, 'memory'), 'memory = ${1:1024}'.replace('1024', newText(items, 'memory').match(/\$\{1:(\w+)\}/)?.[1] ?? '?'));
    assert.match(newText(items, 'memory'), /^memory = \$\{1:[0-9]+\}$/);
    assert.strictEqual(newText(items, 'disk'), "disk = [ '${1}' ]");
    assert.match(newText(items, 'on_crash'), /^on_crash = "\$\{1\|destroy,restart,.*\|\}"$/);
    assert.strictEqual(items.find((item) => item.label === 'memory')?.insertTextFormat, InsertTextFormat.Snippet);
  });

  it('puts keys for the current guest type before the others', () => {
    const items = completionAt('name = "w"\ntype = "hvm"\n<|>');
    const rank = (label: string) => items.find((item) => item.label === label)?.sortText ?? '';
    assert.ok(rank('pae') < rank('bootloader'), `pae ${rank('pae')} should sort before bootloader ${rank('bootloader')}`);
    const pv = completionAt('name = "w"\nkernel = "/k"\n<|>');
    const pvRank = (label: string) => pv.find((item) => item.label === label)?.sortText ?? '';
    assert.ok(pvRank('bootloader') < pvRank('pae'));
  });

  it('tags deprecated keys', () => {
    const items = completionAt('<|>');
    assert.deepStrictEqual(items.find((item) => item.label === 'builder')?.tags, [CompletionItemTag.Deprecated]);
    assert.strictEqual(items.find((item) => item.label === 'memory')?.tags, undefined);
  });

  it('completes a partly typed key and replaces the whole word', () => {
    const items = completionAt('memo<|>ry = 512\n');
    const memory = items.find((item) => item.label === 'memory');
    assert.ok(memory);
    const edit = memory.textEdit as TextEdit;
    assert.deepStrictEqual(edit.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } });
    assert.strictEqual(edit.newText, 'memory', 'only the key when `=` already follows');
  });

  it('offers enum values with their docs after `=`', () => {
    const items = expectCompletion('on_crash = <|>', { includes: ['"destroy"', '"restart"', '"preserve"'], excludes: ['memory'] });
    assert.ok(items.every((item) => item.documentation !== undefined));
  });

  it('offers enum values inside the quotes without quotes', () => {
    const items = expectCompletion('on_crash = "re<|>"', { includes: ['restart', 'rename-restart'] });
    const edit = items.find((item) => item.label === 'restart')?.textEdit as TextEdit;
    assert.deepStrictEqual(edit.range, { start: { line: 0, character: 12 }, end: { line: 0, character: 14 } });
  });

  it('offers 1 and 0 for a boolean', () => {
    expectCompletion('acpi = <|>', { includes: ['1', '0'] });
  });

  it('still completes after a broken line', () => {
    expectCompletion('name = "web"\nmemory = = [ 512\n<|>', { includes: ['vcpus', 'disk'] });
    expectCompletion('vcpus = -1\non_crash = <|>', { includes: ['"destroy"'] });
    expectCompletion('kernel = "/boot/vml\n<|>', { includes: ['ramdisk'] });
  });

  it('completes sub-keys inside a vif spec and their values', () => {
    expectCompletion("vif = [ 'mac=00:16:3e:00:00:01, <|>' ]", { includes: ['bridge=', 'rate='], excludes: ['mac='] });
    expectCompletion("vif = [ 'type=<|>' ]", { includes: ['ioemu', 'vif'] });
  });

  it('completes sub-keys in an unterminated disk string', () => {
    expectCompletion("disk = [ '/dev/vg/web,raw,xvda,rw,<|>", { includes: ['backendtype='] });
  });

  it('completes inside a multi-line list', () => {
    expectCompletion("vif = [\n  'bridge=xenbr0',\n  '<|>'\n]\n", { includes: ['mac='] });
  });

  it('offers nothing in a comment or after a complete value', () => {
    assert.deepStrictEqual(completionAt('# memo<|>\n'), []);
    assert.deepStrictEqual(completionAt('memory = 512 <|>\n'), []);
  });

  it('works with CRLF line ends', () => {
    expectCompletion('name = "web"\r\n<|>\r\n', { includes: ['memory'] });
    expectCompletion('name = "web"\r\non_crash = <|>\r\n', { includes: ['"restart"'] });
  });
});

describe('xl completion at token boundaries', () => {
  it('replaces the key that starts at the cursor', () => {
    const items = completionAt('<|>memory = 512\n');
    const edit = items.find((item) => item.label === 'maxmem')?.textEdit as TextEdit;
    assert.deepStrictEqual(edit.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } });
    assert.strictEqual(edit.newText, 'maxmem');
  });

  it('offers values right after the operator with no blank', () => {
    expectCompletion('on_crash=<|>', { includes: ['"destroy"'] });
    expectCompletion('name = "a"; on_crash =<|>', { includes: ['"destroy"'] });
  });

  it('offers keys after a ";" on the same line', () => {
    expectCompletion('name = "a"; mem<|>', { includes: ['memory'] });
  });

  it('offers a list snippet for a list key', () => {
    const items = completionAt('disk = <|>');
    assert.ok(items.some((item) => (item.textEdit as TextEdit).newText === "[ '${1}' ]"));
  });
});
