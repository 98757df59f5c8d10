import * as assert from 'assert';
import { parseVzConf, validateVzGrammar } from '../../../server/src/vz/parse';
import { splitFields, splitItems, splitPair } from '../../../server/src/vz/parts';
import type { Span, VzFile } from '../../../server/src/vz/ast';

function slice(file: VzFile, span: Span): string {
  return file.text.slice(span.start, span.end);
}

describe('vz-conf parser (legacy vzctl 4.11 reading)', () => {
  it('reads KEY="value" with offsets for key, =, value and quotes', () => {
    const file = parseVzConf('# head\nPRIVVMPAGES="65536:69632"\n');
    assert.strictEqual(file.assignments.length, 1);
    const [assignment] = file.assignments;
    assert.strictEqual(assignment.key.name, 'PRIVVMPAGES');
    assert.strictEqual(slice(file, assignment.key.span), 'PRIVVMPAGES');
    assert.strictEqual(slice(file, assignment.equals), '=');
    assert.strictEqual(assignment.value.text, '65536:69632');
    assert.strictEqual(slice(file, assignment.value.span), '"65536:69632"');
    assert.strictEqual(slice(file, assignment.value.open!.span), '"');
    assert.strictEqual(assignment.value.close!.span.start, file.text.lastIndexOf('"'));
    assert.strictEqual(assignment.line, 1);
  });

  it('keeps comments (own-line and trailing) with their text', () => {
    const file = parseVzConf('# one\nA="1" # two\n');
    assert.deepStrictEqual(file.comments.map((c) => [c.text, c.ownLine]), [[' one', true], [' two', false]]);
  });

  it('a quoted value runs to the LAST quote on the line; the rest is dropped', () => {
    const file = parseVzConf('DESCRIPTION="a "b" c" tail\n');
    assert.strictEqual(file.assignments[0].value.text, 'a "b" c');
  });

  it('an unquoted value keeps a trailing # comment as part of the value, and marks where it starts', () => {
    const file = parseVzConf('NAMESERVER=inherit # Copy from host\n');
    const { value } = file.assignments[0];
    assert.strictEqual(value.text, 'inherit # Copy from host');
    assert.strictEqual(value.commentInValueAt, 8);
  });

  it('keeps the blank before = in the key name, as vzctl does', () => {
    const file = parseVzConf('KEY ="v"\n');
    assert.strictEqual(file.assignments[0].key.name, 'KEY ');
  });

  it('flags an unmatched quote and a line without =', () => {
    const file = parseVzConf('A="open\nno equals here\n');
    assert.strictEqual(file.assignments[0].value.unmatchedQuote, true);
    assert.deepStrictEqual(file.badLines.map((bad) => [bad.line, slice(file, bad.span)]), [[1, 'no equals here']]);
  });

  it('keeps single quotes in the value (legacy has no special handling)', () => {
    assert.strictEqual(parseVzConf("A='x'\n").assignments[0].value.text, "'x'");
  });

  it('removes backslashes and maps value offsets past them to the document', () => {
    const file = parseVzConf('A="x\\"y"\n');
    const { value } = file.assignments[0];
    assert.strictEqual(value.text, 'x"y');
    assert.strictEqual(file.text[value.toDocument(2)], 'y');
  });

  it('handles CRLF line ends and a missing final newline', () => {
    const file = parseVzConf('A="1"\r\nB="2"');
    assert.deepStrictEqual(file.assignments.map((a) => [a.key.name, a.value.text, a.line]), [['A', '1', 0], ['B', '2', 1]]);
  });

  it('splits pairs, lists and fields with document spans inside the quotes', () => {
    const file = parseVzConf('NUMPROC="240:250"\nIP_ADDRESS="10.0.0.1  10.0.0.2"\nNETIF="ifname=eth0,mac=00:11:22:33:44:55"\n');
    const pair = splitPair(file.assignments[0].value);
    assert.strictEqual(slice(file, pair.barrier.span), '240');
    assert.strictEqual(slice(file, pair.limit!.span), '250');
    assert.strictEqual(slice(file, pair.colon!), ':');
    const items = splitItems(file.assignments[1].value, ' \t');
    assert.deepStrictEqual(items.map((item) => slice(file, item.span)), ['10.0.0.1', '10.0.0.2']);
    const netif = file.assignments[2].value;
    const fields = splitFields(netif, splitItems(netif, ';')[0], ',');
    assert.deepStrictEqual(fields.map((field) => slice(file, field.span)), ['ifname=eth0', 'mac=00:11:22:33:44:55']);
  });

  it('a single-value pair has no limit part', () => {
    const pair = splitPair(parseVzConf('NUMPROC="240"\n').assignments[0].value);
    assert.strictEqual(pair.barrier.text, '240');
    assert.strictEqual(pair.limit, undefined);
  });
});

describe('vz-conf parser (Virtuozzo 7 reading)', () => {
  const vz7 = { dialect: 'vz7' as const };

  it('strips single quotes and drops a shell comment after the value', () => {
    const file = parseVzConf("HOSTNAME='web1' # the web box\n", vz7);
    assert.strictEqual(file.assignments[0].value.text, 'web1');
    assert.strictEqual(slice(file, file.assignments[0].value.span), "'web1'");
  });

  it('keeps a # inside quotes and in the middle of a word', () => {
    const file = parseVzConf('DESCRIPTION="a # b"\nX=a#b\n', vz7);
    assert.deepStrictEqual(file.assignments.map((a) => a.value.text), ['a # b', 'a#b']);
  });

  it('never reports an unmatched quote (it only drops one leading and one trailing quote)', () => {
    assert.strictEqual(parseVzConf('A="open\n', vz7).assignments[0].value.unmatchedQuote, false);
  });
});

describe('vz-conf grammar', () => {
  it('passes chevrotain\'s own grammar checks', () => {
    assert.doesNotThrow(() => validateVzGrammar());
  });
});
