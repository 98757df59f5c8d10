import * as fc from 'fast-check';

/** one xl value as text, always valid */
export const validValue: fc.Arbitrary<string> = fc.letrec<{ value: string; list: string; atom: string }>((tie) => ({
  atom: fc.oneof(
    fc.stringMatching(/^[0-9][0-9a-fx]{0,5}$/),
    fc.stringMatching(/^'(?:[^'\\\n\r]|\\[nt'"\\])*'$/).filter((s) => s.length < 30),
    fc.stringMatching(/^"(?:[^"\\\n\r]|\\[nt'"\\])*"$/).filter((s) => s.length < 30),
  ),
  list: fc.tuple(
    fc.array(tie('value'), { maxLength: 4 }),
    fc.boolean(),
    fc.constantFrom(' ', '', '\n  ', ' # c\n  '),
  ).map(([items, trailing, gap]) => `[${gap}${items.join(`,${gap}`)}${trailing && items.length > 0 ? ',' : ''}${gap}]`),
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('atom'), tie('list')),
})).value;

export const validKey = fc.stringMatching(/^[a-z][._0-9a-z]{0,8}$/);

const blanks = fc.constantFrom('', ' ', '  ', '\t');

export interface GeneratedStatement {
  readonly key: string;
  readonly value: string;
}

export interface GeneratedConfig {
  readonly text: string;
  readonly statements: readonly GeneratedStatement[];
}

const statement = fc.record({ before: blanks, key: validKey, around: blanks, after: blanks, value: validValue, end: blanks });

type Line = { kind: 'statements'; parts: { before: string; key: string; around: string; after: string; value: string; end: string }[] } | { kind: 'other'; text: string };

/** a config xl accepts (only `=`, so no `+=` mixing), with what it contains */
export const validConfigWithStatements: fc.Arbitrary<GeneratedConfig> = fc.array(
  fc.oneof(
    fc.array(statement, { minLength: 1, maxLength: 2 }).map((parts): Line => ({ kind: 'statements', parts })),
    fc.constantFrom('', '# comment', '   # indented comment', ';').map((text): Line => ({ kind: 'other', text })),
  ),
  { maxLength: 12 },
).map((lines) => {
  const statements: GeneratedStatement[] = [];
  const text = lines.map((line) => {
    if (line.kind === 'other') return line.text;
    return line.parts.map((p) => {
      statements.push({ key: p.key, value: p.value });
      return `${p.before}${p.key}${p.around}=${p.after}${p.value}${p.end}`;
    }).join('; ');
  });
  return { text: lines.length > 0 ? `${text.join('\n')}\n` : '', statements };
});

export const validConfig = validConfigWithStatements.map((config) => config.text);

/** fragments that break things, to splice into near-valid configs */
const breakage = fc.constantFrom(
  '\r', '\ufeff', '-1', '1.5', 'True', 'foo', 'Name', 'my-key', '+ =', "'open", '"\\x41"', '"\\1"', '[', ']', ',', ',,',
  '=', '+=', ';', '#', '\n', '(', ')', ':', '\\', '@', 'é', '0x1F', "['a' 'b']", '[ , ]',
);

/** a valid config with a few fragments inserted at random places, and maybe cut short */
export const nearValidConfig = fc.tuple(validConfig, fc.array(fc.tuple(fc.nat(), breakage), { maxLength: 4 }), fc.option(fc.nat()))
  .map(([text, inserts, cut]) => {
    let result = text;
    for (const [where, fragment] of inserts) {
      const at = result.length === 0 ? 0 : where % (result.length + 1);
      result = result.slice(0, at) + fragment + result.slice(at);
    }
    return cut === null ? result : result.slice(0, cut % (result.length + 1));
  });
