/**
 * xl's string dequoting (xlu__cfgl_dequote, reference §1.1). Supported escapes
 * become their character; `\x..`, octal and unknown escapes are reported with
 * xl's own messages (its "backlash" typo included) and left as written.
 */

export interface EscapeProblem {
  /** offsets inside the raw token text (quotes included) */
  readonly start: number;
  readonly end: number;
  readonly message: string;
  /** xl accepts the escape but silently drops what it encodes */
  readonly warning?: boolean;
}

export interface Dequoted {
  readonly value: string;
  /** raw offset (inside the token) of each value character, plus one entry for the closing quote */
  readonly rawOffsets?: Int32Array;
  readonly problems: readonly EscapeProblem[];
}

export const HEX_ESCAPE_MESSAGE = 'invalid digit after backslash hexnumerical character escape in quoted string';
export const OCTAL_ESCAPE_MESSAGE = 'invalid digit after backslash octalnumerical character escape in quoted string';
export const BAD_ESCAPE_MESSAGE = 'invalid character after backlash in quoted string';

const simpleEscapes: Readonly<Record<string, string>> = {
  '"': '"', "'": "'", '\\': '\\', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

const noProblems: readonly EscapeProblem[] = [];

/** `raw` is the whole token, both quotes included. */
export function dequote(raw: string): Dequoted {
  const last = raw.length - 1;
  if (raw.indexOf('\\') < 0) return { value: raw.slice(1, last), problems: noProblems };
  const chars: string[] = [];
  const offsets: number[] = [];
  const problems: EscapeProblem[] = [];
  let index = 1;
  while (index < last) {
    const char = raw[index];
    if (char !== '\\' || index + 1 >= last) {
      chars.push(char);
      offsets.push(index);
      index++;
      continue;
    }
    const next = raw[index + 1];
    const simple = simpleEscapes[next];
    if (simple !== undefined) {
      chars.push(simple);
      offsets.push(index);
      index += 2;
    } else if (next === 'x') {
      let end = index + 2;
      while (end < last && end < index + 4 && /[0-9a-fA-F]/.test(raw[end])) end++;
      problems.push({ start: index, end, message: HEX_ESCAPE_MESSAGE });
      keepAsWritten(raw, index, end, chars, offsets);
      index = end;
    } else if (next >= '0' && next <= '7') {
      index = octal(raw, index, last, chars, offsets, problems);
    } else {
      problems.push({ start: index, end: index + 2, message: BAD_ESCAPE_MESSAGE });
      keepAsWritten(raw, index, index + 2, chars, offsets);
      index += 2;
    }
  }
  offsets.push(last);
  return { value: chars.join(''), rawOffsets: Int32Array.from(offsets), problems };
}

/** Three octal digits are accepted and dropped by xl; fewer are an error. */
function octal(raw: string, index: number, last: number, chars: string[], offsets: number[], problems: EscapeProblem[]): number {
  let end = index + 1;
  while (end < last && end < index + 4 && raw[end] >= '0' && raw[end] <= '7') end++;
  const written = raw.slice(index, end);
  if (end - index === 4) {
    problems.push({
      start: index, end, warning: true,
      message: `octal escape ${written} is accepted by xl but produces nothing: the character is silently dropped`,
    });
    return end;
  }
  problems.push({ start: index, end, message: OCTAL_ESCAPE_MESSAGE });
  keepAsWritten(raw, index, end, chars, offsets);
  return end;
}

function keepAsWritten(raw: string, start: number, end: number, chars: string[], offsets: number[]): void {
  for (let at = start; at < end; at++) {
    chars.push(raw[at]);
    offsets.push(at);
  }
}
