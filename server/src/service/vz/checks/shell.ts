import type { VzCheck } from './check';

/**
 * Scripts `source` these files (reference openvz.md §1.2, "Shell compatibility"),
 * so each line must also be a plain POSIX assignment: NAME=word, optionally
 * followed by a comment. Returns why a value is not, with the offending offset.
 */
export function shellProblem(valueText: string): { reason: string; at: number } | undefined {
  let i = 0;
  while (i < valueText.length) {
    const ch = valueText[i];
    if (ch === ' ' || ch === '\t') {
      let rest = i;
      while (rest < valueText.length && (valueText[rest] === ' ' || valueText[rest] === '\t')) rest++;
      if (rest === valueText.length || valueText[rest] === '#') return undefined;
      return { reason: 'an unquoted blank ends the assignment, and the shell then runs the rest of the line as a command', at: i };
    }
    if (ch === '\\') { i += 2; continue; }
    if (ch === "'") {
      const close = valueText.indexOf("'", i + 1);
      if (close < 0) return { reason: 'the single quote is never closed', at: i };
      i = close + 1;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      for (; j < valueText.length && valueText[j] !== '"'; j++) {
        if (valueText[j] === '\\') { j++; continue; }
        if (valueText[j] === '`' || (valueText[j] === '$' && valueText[j + 1] === '(')) {
          return { reason: 'command substitution would run a command when the file is sourced', at: j };
        }
      }
      if (j >= valueText.length) return { reason: 'the double quote is never closed', at: i };
      i = j + 1;
      continue;
    }
    if (';&|<>()'.includes(ch)) return { reason: `an unquoted '${ch}' is a shell operator`, at: i };
    if (ch === '`' || (ch === '$' && valueText[i + 1] === '(')) return { reason: 'command substitution would run a command when the file is sourced', at: i };
    i++;
  }
  return undefined;
}

const SHELL_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const shellCheck: VzCheck = {
  name: 'shell',
  run(ctx) {
    const text = ctx.model.file.text;
    for (const { node } of ctx.model.assignments) {
      const name = node.key.name;
      if (name !== name.trimEnd()) continue; // reported as vz/space-around-equals
      if (!SHELL_NAME.test(name)) {
        ctx.report({ code: 'vz/not-shell-safe', span: node.key.span, message: `'${name}' is not a shell variable name, so sourcing this file fails on this line.` });
        continue;
      }
      const lineText = text.slice(node.equals.end, node.span.end);
      const problem = shellProblem(lineText);
      if (!problem) continue;
      const start = node.equals.end + problem.at;
      const simple = !/["'\\]/.test(node.value.text) && !/[`$]/.test(node.value.text);
      ctx.report({
        code: 'vz/not-shell-safe',
        span: { start, end: Math.max(start + 1, node.value.span.end) },
        message: `Not a valid shell assignment: ${problem.reason}. Scripts source this file.`,
        data: simple && !node.value.open ? { valueReplacement: `"${node.value.text}"` } : undefined,
      });
    }
  },
};
