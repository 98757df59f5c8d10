import * as assert from 'assert';
import { parse, validateXlGrammar } from '../../../server/src/xl/parse';
import type { XlList, XlString } from '../../../server/src/xl/ast';
import { codesOf, errorsOf, messagesOf, slice, statementsOf } from './helpers';

describe('xl parser: grammar (reference §1.2)', () => {
  it('passes chevrotain grammar self-checks', () => {
    assert.doesNotThrow(() => validateXlGrammar());
  });

  it('reads a plain config with no errors', () => {
    const text = "name = 'web'\nmemory = 2048\ntype = \"hvm\"\ndisk = [ 'phy:/dev/vg/web,xvda,w' ]\n";
    const file = parse(text);
    assert.deepStrictEqual(file.errors, []);
    assert.deepStrictEqual(statementsOf(file), ['name = "web"', 'memory = 2048', 'type = "hvm"', 'disk = ["phy:/dev/vg/web,xvda,w"]']);
  });

  it('ends statements at ; and accepts blank lines, indentation and ;;', () => {
    const file = parse('a=1; b=2\n\n   c = 3 ;;\n\t\td=4\n');
    assert.deepStrictEqual(file.errors, []);
    assert.deepStrictEqual(statementsOf(file), ['a = 1', 'b = 2', 'c = 3', 'd = 4']);
  });

  it('lets the last statement omit its newline', () => {
    const file = parse('a = 1\nb = "x"');
    assert.deepStrictEqual(file.errors, []);
    assert.deepStrictEqual(statementsOf(file), ['a = 1', 'b = "x"']);
  });

  it('rejects two statements on one line without ; (expecting $end)', () => {
    assert.deepStrictEqual(messagesOf('a = 1 b = 2\n'), ["config parsing error near `b': syntax error, unexpected IDENT, expecting $end"]);
    assert.deepStrictEqual(statementsOf(parse('a = 1 b = 2\n')), ['a = 1']);
  });

  it('has no line continuation: newline between key and =, or = and value', () => {
    assert.deepStrictEqual(messagesOf('a\n= 1\n'), [
      `config parsing error near <newline>: syntax error, unexpected NEWLINE, expecting "+=" or '='`,
      "config parsing error near `=': syntax error, unexpected '=', expecting $end",
    ]);
    assert.deepStrictEqual(messagesOf('b = \\\n 1\n').length, 2);
  });

  it('reports `b = ⏎` near <newline>, expecting a value, on the statement line', () => {
    const text = 'a = 1\nb = \nc = 3\n';
    const file = parse(text);
    assert.deepStrictEqual(file.errors.map((e) => e.message), [
      "config parsing error near <newline>: syntax error, unexpected NEWLINE, expecting STRING or NUMBER or '['",
    ]);
    assert.deepStrictEqual(file.errors[0].span, { start: 10, end: 10 });
    assert.deepStrictEqual(statementsOf(file), ['a = 1', 'b = <none>', 'c = 3']);
  });

  it('accepts newlines and comments anywhere inside brackets', () => {
    const text = "disk = [ # first\n  'a' # after item\n  ,\n  # own line\n  'b'\n  ,\n]\n";
    const file = parse(text);
    assert.deepStrictEqual(file.errors, []);
    assert.deepStrictEqual(statementsOf(file), ['disk = ["a" "b"]']);
    assert.strictEqual(file.comments.length, 3);
  });

  it('accepts [] and one trailing comma', () => {
    const file = parse('a = []\nb = ["a","b",]\nc = [\n]\n');
    assert.deepStrictEqual(file.errors, []);
    assert.deepStrictEqual(statementsOf(file), ['a = []', 'b = ["a" "b"]', 'c = []']);
  });

  it("rejects [ , ] and a doubled comma with unexpected ',', expecting ']'", () => {
    const expected = "config parsing error near `,': syntax error, unexpected ',', expecting ']'";
    assert.deepStrictEqual(messagesOf('a = [ , ]\n'), [expected]);
    assert.deepStrictEqual(messagesOf('a = ["a",,"b"]\n'), [expected]);
    assert.deepStrictEqual(statementsOf(parse('a = ["a",,"b"]\n')), ['a = ["a" "b"]']);
  });

  it('rejects two trailing commas', () => {
    assert.deepStrictEqual(codesOf('a = ["a",,]\n'), ['xl/syntax-error']);
  });

  it('nests lists to any depth and mixes strings, numbers and lists', () => {
    const file = parse("vnuma = [ [ 'pnode=0', 'size=512', [1, [2, [3]]] ], ['x'] ]\n");
    assert.deepStrictEqual(file.errors, []);
    assert.deepStrictEqual(statementsOf(file), ['vnuma = [["pnode=0" "size=512" [1 [2 [3]]]] ["x"]]']);
  });

  it('reports a missing comma between items and keeps both items', () => {
    const file = parse("a = ['a' 'b']\n");
    assert.deepStrictEqual(file.errors.map((e) => e.message), ["config parsing error near `'b'': syntax error, unexpected STRING, expecting ']'"]);
    assert.deepStrictEqual(statementsOf(file), ['a = ["a" "b"]']);
  });

  it('has no bare words: foo, true, false, None', () => {
    assert.deepStrictEqual(messagesOf('a = foo\n'), [
      "config parsing error near `foo': syntax error, unexpected IDENT, expecting STRING or NUMBER or '[' (a bare word is not a value: quote it, 'foo')",
    ]);
    assert.deepStrictEqual(codesOf('a = true\nb = false\nc = None\n'), ['xl/bare-word', 'xl/bare-word', 'xl/bare-word']);
    assert.match(messagesOf('a = true\n')[0], /write 1 or 0/);
  });

  it('reports a bare word inside a list as expecting ]', () => {
    assert.deepStrictEqual(messagesOf("a = [ 'x', foo ]\n"), [
      "config parsing error near `foo': syntax error, unexpected IDENT, expecting ']' (a bare word is not a value: quote it, 'foo')",
    ]);
  });

  it('reports a missing ] at the next key, locates it on the [ and keeps the next statement', () => {
    const text = "disk = [ 'a',\nmemory = 512\n";
    const file = parse(text);
    assert.deepStrictEqual(file.errors.map((e) => [e.code, e.message, slice(text, e.span)]), [
      ['xl/unclosed-list', "config parsing error near `memory': syntax error, unexpected IDENT, expecting ']'", '['],
    ]);
    assert.deepStrictEqual(statementsOf(file), ['disk = ["a"]…', 'memory = 512']);
    assert.strictEqual(file.assignments[1].line, 1);
  });

  it('reports a list left open at the end of the file', () => {
    const file = parse("disk = [ 'a',");
    assert.deepStrictEqual(file.errors.map((e) => e.message), ["config parsing error near `': syntax error, unexpected $end, expecting ']'"]);
    assert.deepStrictEqual(statementsOf(file), ['disk = ["a"]…']);
    const list = file.assignments[0].value as XlList;
    assert.strictEqual(list.close, undefined);
    assert.strictEqual(list.commas.length, 1);
  });

  it('rejects a ; inside a list and resumes after it', () => {
    const file = parse("a = [ 'x'; b = 2\n");
    assert.deepStrictEqual(file.errors.map((e) => e.code), ['xl/unclosed-list']);
    assert.deepStrictEqual(statementsOf(file), ['a = ["x"]…', 'b = 2']);
  });

  it('rejects statements that do not start with a key', () => {
    assert.deepStrictEqual(errorsOf("= 5\n'x'\n]\n5 = 1\n"), [
      'xl/syntax-error @ =', "xl/syntax-error @ 'x'", 'xl/syntax-error @ ]', 'xl/syntax-error @ 5',
    ]);
    assert.deepStrictEqual(parse('= 5\n').assignments, []);
  });

  it('reports a missing operator and keeps the key', () => {
    const file = parse('memory 512\nvcpus\n');
    assert.deepStrictEqual(file.errors.map((e) => e.message), [
      `config parsing error near \`512': syntax error, unexpected NUMBER, expecting "+=" or '='`,
      `config parsing error near <newline>: syntax error, unexpected NEWLINE, expecting "+=" or '='`,
    ]);
    assert.deepStrictEqual(statementsOf(file), ['memory ? 512', 'vcpus ? <none>']);
  });
});

describe('xl parser: error recovery', () => {
  it('reports several errors, one per line, and keeps every good statement', () => {
    const text = 'a = foo\nb = 1\nc = [ , ]\nd = "ok"\ne = 1 2 3\nf = 6\n';
    const file = parse(text);
    assert.deepStrictEqual(file.errors.map((e) => e.code), ['xl/bare-word', 'xl/syntax-error', 'xl/syntax-error']);
    assert.deepStrictEqual(statementsOf(file), ['a = <none>', 'b = 1', 'c = []', 'd = "ok"', 'e = 1', 'f = 6']);
    assert.deepStrictEqual(file.assignments.map((a) => a.line), [0, 1, 2, 3, 4, 5]);
  });

  it('keeps at most one syntax error per line', () => {
    assert.deepStrictEqual(codesOf('a = 1 2 3 4\n'), ['xl/syntax-error']);
    assert.deepStrictEqual(codesOf('= = = =\n'), ['xl/syntax-error']);
  });

  it('adds no syntax error on a line that has a lexical error', () => {
    assert.deepStrictEqual(codesOf('a = -1 foo bar\n'), ['xl/unquoted-negative']);
  });

  it('keeps key and operator of a partially typed line', () => {
    const file = parse('name = "x"\nmemory = ');
    assert.deepStrictEqual(statementsOf(file), ['name = "x"', 'memory = <none>']);
    const memory = file.assignments[1];
    assert.deepStrictEqual(memory.key.span, { start: 11, end: 17 });
    assert.deepStrictEqual(memory.op?.span, { start: 18, end: 19 });
    assert.deepStrictEqual(memory.span, { start: 11, end: 19 });
    assert.deepStrictEqual(file.errors.map((e) => e.span), [{ start: 20, end: 20 }]);
  });

  it('keeps a partial list while typing', () => {
    const file = parse("disk = [ 'a',\n");
    assert.deepStrictEqual(statementsOf(file), ['disk = ["a"]…']);
    assert.deepStrictEqual(file.errors.map((e) => e.code), ['xl/unclosed-list']);
  });

  it('an unclosed list followed by blank lines and comments still ends before the next key', () => {
    const file = parse("disk = [ 'a',\n\n# note\n\nname = 'x'\n");
    assert.deepStrictEqual(statementsOf(file), ['disk = ["a"]…', 'name = "x"']);
    assert.deepStrictEqual(file.assignments.map((a) => a.line), [0, 4]);
  });

  it('a bare word at the start of a line inside a list does not end the list', () => {
    const file = parse("disk = [ 'a',\n  foo,\n  'b' ]\n");
    assert.deepStrictEqual(statementsOf(file), ['disk = ["a" "b"]']);
    assert.deepStrictEqual(codesOf("disk = [ 'a',\n  foo,\n  'b' ]\n"), ['xl/bare-word']);
  });
});

describe('xl parser: spans', () => {
  it('gives exact spans for key, operator, value and statement', () => {
    const text = '  memory   +=   "512"   # c\n';
    const [assignment] = parse(text).assignments;
    assert.strictEqual(slice(text, assignment.key.span), 'memory');
    assert.strictEqual(assignment.op?.text, '+=');
    assert.strictEqual(slice(text, assignment.op!.span), '+=');
    assert.strictEqual(slice(text, assignment.value!.span), '"512"');
    assert.strictEqual(slice(text, assignment.span), 'memory   +=   "512"');
  });

  it('gives exact spans for list items, commas and brackets', () => {
    const text = "disk = [ 'a' ,\n  \"b\", [ 1 ] , ]\n";
    const list = parse(text).assignments[0].value as XlList;
    assert.deepStrictEqual(list.items.map((item) => slice(text, item.span)), ["'a'", '"b"', '[ 1 ]']);
    assert.deepStrictEqual(list.commas.map((comma) => comma.start), [13, 20, 28]);
    assert.strictEqual(slice(text, list.open), '[');
    assert.strictEqual(list.close && list.close.start, 30);
    assert.strictEqual(slice(text, list.span), text.slice(7, 31));
  });

  it('records the zero-based line of each key', () => {
    const file = parse("a = 1\n\nb = [\n 1,\n 2]\nc = 3; d = 4\n");
    assert.deepStrictEqual(file.assignments.map((a) => `${a.key.name}:${a.line}`), ['a:0', 'b:2', 'c:5', 'd:5']);
  });

  it('maps dequoted string offsets back into the document, escapes included', () => {
    const text = 'extra = "a\\tb\\\\c"\n';
    const value = parse(text).assignments[0].value as XlString;
    assert.strictEqual(value.value, 'a\tb\\c');
    assert.strictEqual(value.quote, '"');
    assert.strictEqual(value.raw, '"a\\tb\\\\c"');
    const documentOffsets = [...Array(value.value.length + 1).keys()].map((i) => value.valueOffsetToDocument(i));
    assert.deepStrictEqual(documentOffsets, [9, 10, 12, 13, 15, 16]);
    assert.strictEqual(text[value.valueOffsetToDocument(value.value.length)], '"');
  });

  it('maps plain string offsets with the quote skipped', () => {
    const text = "disk = [ 'phy:/dev/x,xvda,w' ]\n";
    const item = (parse(text).assignments[0].value as XlList).items[0] as XlString;
    const comma = item.value.indexOf(',');
    assert.strictEqual(text[item.valueOffsetToDocument(comma)], ',');
    assert.strictEqual(item.valueOffsetToDocument(0), 10);
  });
});

describe('xl parser: value semantics (reference §1.3)', () => {
  it('keeps numbers as their text and strings as their value', () => {
    const file = parse('a = 0x10\nb = 010\nc = 1x2\nd = 9a\ne = 0x\n');
    assert.deepStrictEqual(file.errors, [], 'odd numbers lex fine; conversion is the validator’s job');
    assert.deepStrictEqual(statementsOf(file), ['a = 0x10', 'b = 010', 'c = 1x2', 'd = 9a', 'e = 0x']);
  });

  it('+= of a list onto a string (or the reverse) is an error', () => {
    const text = "extra = 'a'\nextra += ['b']\ndisk = ['a']\ndisk += 'b'\n";
    const file = parse(text);
    assert.deepStrictEqual(file.errors.map((e) => [e.code, e.message, slice(text, e.span)]), [
      ['xl/plus-equals-mixed', `can't add [list] to "string" or vice versa`, "['b']"],
      ['xl/plus-equals-mixed', `can't add [list] to "string" or vice versa`, "'b'"],
    ]);
  });

  it('+= of like kinds, and += with no earlier value, are fine', () => {
    assert.deepStrictEqual(codesOf("extra = 'a'\nextra += ' b'\ndisk = ['a']\ndisk += ['b', 'c']\nnew += 'x'\nmemory = 512\nmemory += 1\n"), []);
  });

  it('+= compares with the latest assignment of the key', () => {
    assert.deepStrictEqual(codesOf("a = 'x'\na = ['y']\na += ['z']\n"), []);
    assert.deepStrictEqual(codesOf("a = ['x']\na = 'y'\na += ['z']\n"), ['xl/plus-equals-mixed']);
  });
});

describe('xl parser: hostile input', () => {
  it('reads lists nested 100 deep', () => {
    const depth = 99;
    const file = parse(`a = [${'['.repeat(depth)}${']'.repeat(depth)}]\n`);
    assert.deepStrictEqual(file.errors, []);
  });

  it('skips what is nested deeper than 100 with a warning, without running out of stack', () => {
    for (const depth of [101, 5000, 200000]) {
      const text = `a = [${'['.repeat(depth)}\n${']'.repeat(depth)}, 5]\nb = 1\n`;
      const file = parse(text);
      assert.deepStrictEqual(file.errors.map((e) => [e.code, e.severity, e.span.start]), [['xl/nesting-too-deep', 'warning', 104]]);
      assert.deepStrictEqual(file.assignments.map((a) => `${a.key.name}:${a.line}`), ['a:0', 'b:2']);
    }
  });

  it('keeps the next statement after an unclosed over-deep list', () => {
    const file = parse(`a = ${'['.repeat(3000)}\n\nb = 1\n`);
    assert.deepStrictEqual(statementsOf(file).slice(1), ['b = 1']);
  });

  it('handles a megabyte on one line and a long run of rejected characters', () => {
    assert.doesNotThrow(() => parse(`extra = "${'x'.repeat(1 << 20)}"\n`));
    const junk = parse(`a = ${'@'.repeat(100000)}\nb = 1\n`);
    assert.deepStrictEqual(junk.errors.map((e) => e.code), ['xl/lexical-error']);
    assert.deepStrictEqual(statementsOf(junk), ['a = <none>', 'b = 1']);
  });
});
