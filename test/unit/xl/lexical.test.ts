import * as assert from 'assert';
import { parse } from '../../../server/src/xl/parse';
import { BAD_ESCAPE_MESSAGE, dequote, HEX_ESCAPE_MESSAGE, OCTAL_ESCAPE_MESSAGE } from '../../../server/src/xl/dequote';
import type { XlString } from '../../../server/src/xl/ast';
import { codesOf, errorsOf, messagesOf, statementsOf } from './helpers';

describe('xl lexer: keys (reference §1.1)', () => {
  it('accepts lower-case keys with digits, dots and underscores', () => {
    const file = parse('a.b_c9 = 1\nx = 2\n');
    assert.deepStrictEqual(file.errors, []);
    assert.deepStrictEqual(file.assignments.map((a) => a.key.name), ['a.b_c9', 'x']);
  });

  it('reports an upper-case key on the whole key, with xl’s near text', () => {
    const text = 'Name = "x"\nmemKey = 1\n';
    assert.deepStrictEqual(errorsOf(text), ['xl/uppercase-key @ Name', 'xl/uppercase-key @ memKey']);
    assert.strictEqual(messagesOf(text)[1], "config parsing error near `Key': lexical error (keys are lower case: memkey)");
    assert.deepStrictEqual(parse(text).assignments, [], 'no assignment for a key xl rejects');
  });

  it('reports a hyphenated key as python-ish', () => {
    const file = parse("on-crash = 'restart'\n");
    assert.deepStrictEqual(file.errors.map((e) => [e.code, file.text.slice(e.span.start, e.span.end), e.pythonish]), [
      ['xl/hyphenated-key', 'on-crash', true],
    ]);
    assert.match(file.errors[0].message, /on_crash/);
  });

  it('rejects keys starting with _ and non-ASCII keys as generic lexical errors', () => {
    assert.deepStrictEqual(codesOf('_a = 1\n'), ['xl/lexical-error']);
    assert.deepStrictEqual(errorsOf('café = 1\n'), ['xl/lexical-error @ é']);
  });

  it('does not stop the next statement after a bad key', () => {
    assert.deepStrictEqual(statementsOf(parse('Bad = 1\ngood = 2\n')), ['good = 2']);
  });
});

describe('xl lexer: numbers and python-ish text', () => {
  it('reports -1 unquoted as python-ish with xl’s message', () => {
    const file = parse('a = -1\nb = 2\n');
    assert.strictEqual(file.errors.length, 1);
    assert.strictEqual(file.errors[0].code, 'xl/unquoted-negative');
    assert.strictEqual(file.errors[0].pythonish, true);
    assert.match(file.errors[0].message, /^config parsing error near `-1': lexical error/);
    assert.deepStrictEqual(statementsOf(file), ['a = <none>', 'b = 2']);
  });

  it('reports 1.5 unquoted on the whole number', () => {
    assert.deepStrictEqual(errorsOf('a = 1.5\n'), ['xl/unquoted-fraction @ 1.5']);
    assert.match(messagesOf('a = 1.5\n')[0], /near `\.5'/);
    assert.deepStrictEqual(errorsOf('a = [ 1, 2.25 ]\n'), ['xl/unquoted-fraction @ 2.25']);
  });

  it('fails 0x1F at the upper-case F, and says why', () => {
    assert.deepStrictEqual(messagesOf('a = 0x1F\n'), ["config parsing error near `F': lexical error (hex digits must be lower case: 0x1f)"]);
  });

  it('explains a unit suffix on a number', () => {
    assert.deepStrictEqual(errorsOf('memory = 2G\n'), ['xl/lexical-error @ 2G']);
    assert.deepStrictEqual(errorsOf('a = [0x1F]\n'), ['xl/lexical-error @ 0x1F']);
    assert.match(messagesOf('memory = 2G\n')[0], /^config parsing error near `G': lexical error \(numbers take no unit suffix/);
  });

  it('marks ( ) : + as python-ish and skips to the next blank like xl', () => {
    const file = parse('a = foo(1)\nb = x:y\nc = (1)\n');
    assert.deepStrictEqual(file.errors.map((e) => [file.text.slice(e.span.start, e.span.end), e.code, e.pythonish]), [
      ['(1)', 'xl/lexical-error', true],
      [':y', 'xl/lexical-error', true],
      ['(1)', 'xl/lexical-error', true],
    ]);
    assert.deepStrictEqual(messagesOf('c = (1) 2\n'), ["config parsing error near `(1)': lexical error"]);
  });

  it('keeps the key of `key: value` (a colon instead of =)', () => {
    const file = parse('memory: 512\n');
    assert.deepStrictEqual(file.errors.map((e) => [e.code, e.pythonish, file.text.slice(e.span.start, e.span.end)]), [['xl/lexical-error', true, ':']]);
    assert.deepStrictEqual(statementsOf(file), ['memory ? 512']);
    assert.deepStrictEqual(statementsOf(parse("name : 'x'\ndisk: ['a']\n")), ['name ? "x"', 'disk ? ["a"]']);
    assert.deepStrictEqual(codesOf('a = x: 1\n'), ['xl/lexical-error'], 'a colon after a value stays a plain lexical error');
  });

  it('reports other characters without the python flag', () => {
    const file = parse('a = @home\n');
    assert.deepStrictEqual(file.errors.map((e) => [e.code, e.pythonish]), [['xl/lexical-error', undefined]]);
    assert.strictEqual(file.errors[0].message, "config parsing error near `@home': lexical error");
  });

  it('reads `+ =` as += after reporting it', () => {
    const text = "extra + = ' quiet'\n";
    const file = parse(text);
    assert.deepStrictEqual(errorsOf(text), ['xl/space-in-plus-equals @ + =']);
    assert.strictEqual(file.errors[0].pythonish, true);
    assert.deepStrictEqual(statementsOf(file), ['extra += " quiet"']);
  });

  it('reports True / None as bare words, also inside a list', () => {
    assert.deepStrictEqual(errorsOf('a = True\nb = None\n'), ['xl/bare-word @ True', 'xl/bare-word @ None']);
    assert.deepStrictEqual(errorsOf('a = [True, False]\n'), ['xl/bare-word @ True', 'xl/bare-word @ False']);
  });
});

describe('xl lexer: blanks, CR, BOM and comments', () => {
  it('reports CRLF once for the file and parses the rest as if CR were blank', () => {
    const text = 'name = "x"\r\nmemory = 512\r\n\r\ndisk = [ "a",\r\n  "b" ]\r\n';
    const file = parse(text);
    assert.deepStrictEqual(file.errors.map((e) => [e.code, e.span]), [['xl/crlf-line-end', { start: 10, end: 11 }]]);
    assert.match(file.errors[0].message, /^config parsing error near `\\r': lexical error/);
    assert.match(file.errors[0].message, /5 lines/);
    assert.deepStrictEqual(statementsOf(file), ['name = "x"', 'memory = 512', 'disk = ["a" "b"]']);
  });

  it('places a missing-value error before the CR of a CRLF line', () => {
    const text = 'memory = \r\nname = "x"\r\n';
    const file = parse(text);
    assert.deepStrictEqual(file.errors.map((e) => [e.code, e.span]), [
      ['xl/syntax-error', { start: 9, end: 9 }],
      ['xl/crlf-line-end', { start: 9, end: 10 }],
    ]);
    assert.deepStrictEqual(statementsOf(file), ['memory = <none>', 'name = "x"']);
  });

  it('treats a CR in the middle of a line as blank after reporting it', () => {
    const file = parse('a = 1\r; b = 2\n');
    assert.deepStrictEqual(file.errors.map((e) => e.code), ['xl/crlf-line-end']);
    assert.deepStrictEqual(statementsOf(file), ['a = 1', 'b = 2']);
  });

  it('numbers lines like the editor when a lone CR breaks a line', () => {
    const file = parse('a = 1;\rb = 2\n# x\ry\nc = 3\r\nd = 4\n');
    assert.deepStrictEqual(file.assignments.map((a) => `${a.key.name}:${a.line}`), ['a:0', 'b:1', 'c:4', 'd:5']);
  });

  it('accepts a CR inside a comment or a string, as xl does', () => {
    assert.deepStrictEqual(codesOf('# comment\r\na = 1\n'), []);
    assert.deepStrictEqual(codesOf('a = "x\ry"\n'), []);
  });

  it('a CRLF comment keeps its CR out of the comment text', () => {
    const [comment] = parse('# hello\r\n').comments;
    assert.strictEqual(comment.text, ' hello');
    assert.deepStrictEqual(comment.span, { start: 0, end: 7 });
  });

  it('keeps a CRLF error with other errors of the same line', () => {
    assert.deepStrictEqual(codesOf('a = foo\r\n'), ['xl/bare-word', 'xl/crlf-line-end']);
  });

  it('reports a BOM and still reads the first statement', () => {
    const file = parse('\ufeffname = "x"\n');
    assert.deepStrictEqual(file.errors.map((e) => [e.code, e.span]), [['xl/bom', { start: 0, end: 1 }]]);
    assert.deepStrictEqual(statementsOf(file), ['name = "x"']);
  });

  it('needs a newline after a comment on the last line', () => {
    const text = 'a = 1\n# the end';
    assert.deepStrictEqual(errorsOf(text), ['xl/comment-at-eof @ # the end']);
    assert.deepStrictEqual(codesOf('a = 1 # the end'), ['xl/comment-at-eof']);
    assert.deepStrictEqual(codesOf('a = 1\n# the end\n'), []);
  });

  it('records comments with their text and whether they stand alone', () => {
    const file = parse('# top\nname = "x" # trailing\n  \t# indented\n');
    assert.deepStrictEqual(file.comments.map((c) => [c.text, c.ownLine]), [[' top', true], [' trailing', false], [' indented', true]]);
  });

  it('does not treat # inside quotes as a comment', () => {
    const file = parse("extra = 'a # b' # real\n");
    assert.strictEqual((file.assignments[0].value as XlString).value, 'a # b');
    assert.deepStrictEqual(file.comments.map((c) => c.text), [' real']);
  });
});

describe('xl lexer: strings and escapes', () => {
  it('treats single and double quotes alike', () => {
    assert.deepStrictEqual(statementsOf(parse(`a = 'x"y'\nb = "x'y"\n`)), ['a = "x\\"y"', `b = "x'y"`]);
  });

  it('rejects a raw newline in a string and a backslash before a newline', () => {
    assert.deepStrictEqual(errorsOf("a = 'abc\nb = 1\n"), ["xl/unterminated-string @ 'abc"]);
    assert.deepStrictEqual(codesOf('a = "abc\\\nb = 1\n'), ['xl/unterminated-string']);
    assert.deepStrictEqual(statementsOf(parse("a = 'abc\nb = 1\n")), ['a = <none>', 'b = 1']);
  });

  it('allows UTF-8 inside strings', () => {
    const file = parse('name = "gäst-ü"\n');
    assert.deepStrictEqual(file.errors, []);
    assert.strictEqual((file.assignments[0].value as XlString).value, 'gäst-ü');
  });

  it('turns the supported escapes into their characters', () => {
    assert.strictEqual(dequote(`"\\" \\' \\\\ \\a \\b \\f \\n \\r \\t \\v"`).value, `" ' \\ \x07 \b \f \n \r \t \v`);
    assert.deepStrictEqual(dequote(`"\\n"`).problems, []);
  });

  it('rejects \\x escapes with xl’s message and keeps them as written', () => {
    const result = dequote('"a\\x41b"');
    assert.strictEqual(result.value, 'a\\x41b');
    assert.deepStrictEqual(result.problems.map((p) => [p.start, p.end, p.message]), [[2, 6, HEX_ESCAPE_MESSAGE]]);
  });

  it('rejects short octal escapes, and warns that a full one is dropped', () => {
    assert.deepStrictEqual(dequote('"\\1"').problems.map((p) => [p.message, p.warning]), [[OCTAL_ESCAPE_MESSAGE, undefined]]);
    const full = dequote('"\\101z"');
    assert.strictEqual(full.value, 'z', 'xl parses the digits and stores nothing');
    assert.deepStrictEqual(full.problems.map((p) => p.warning), [true]);
  });

  it('rejects unknown escapes with the "backlash" message', () => {
    assert.strictEqual(BAD_ESCAPE_MESSAGE, 'invalid character after backlash in quoted string');
    assert.deepStrictEqual(dequote('"\\q"').problems.map((p) => p.message), [BAD_ESCAPE_MESSAGE]);
  });

  it('reports escape problems on the escape itself, with the code xl/bad-escape', () => {
    const text = 'extra = "a\\qb\\x4"\nb = "\\101"\n';
    const file = parse(text);
    assert.deepStrictEqual(file.errors.map((e) => [e.code, text.slice(e.span.start, e.span.end), e.severity]), [
      ['xl/bad-escape', '\\q', undefined],
      ['xl/bad-escape', '\\x4', undefined],
      ['xl/bad-escape', '\\101', 'warning'],
    ]);
    assert.strictEqual(file.errors[0].message, `config parsing error near \`"a\\qb\\x4"': ${BAD_ESCAPE_MESSAGE}`);
  });
});

describe('xl lexer: token boundaries', () => {
  it('needs no blanks around operators and brackets', () => {
    const file = parse("a=1;b+='x';c=['y',2,[]]\n");
    assert.deepStrictEqual(file.errors, []);
    assert.deepStrictEqual(statementsOf(file), ['a = 1', 'b += "x"', 'c = ["y" 2 []]']);
  });

  it('splits a number glued to a key-like word only where xl does', () => {
    assert.deepStrictEqual(statementsOf(parse('a = 12ab\n')), ['a = 12ab']);
    assert.deepStrictEqual(codesOf('a = 12g\n'), ['xl/syntax-error']);
  });

  it('splits a string glued to the next token', () => {
    assert.deepStrictEqual(codesOf("a = 'x''y'\n"), ['xl/syntax-error']);
    assert.deepStrictEqual(statementsOf(parse("a = ['x','y']\n")), ['a = ["x" "y"]']);
  });
});
