import type { VzCheck } from './check';

/** Lines vzctl cannot read as written (reference openvz.md §1.2, §5). */
export const syntaxCheck: VzCheck = {
  name: 'syntax',
  run(ctx) {
    const { model } = ctx;
    for (const bad of model.file.badLines) {
      ctx.report({ code: 'vz/missing-equals', span: bad.span, message: "No '=' on this line: vzctl cannot parse it and skips it." });
    }
    for (const bound of model.assignments) {
      const { node } = bound;
      const name = node.key.name;
      if (name !== name.trimEnd() && name.trim() !== '') {
        const trimmed = name.trimEnd();
        let end = node.equals.end;
        while (model.file.text[end] === ' ' || model.file.text[end] === '\t') end++;
        ctx.report({
          code: 'vz/space-around-equals',
          span: { start: node.key.span.start + trimmed.length, end },
          message: `Blank before '=': vzctl looks up the key '${name}' (with the blank) and ignores the line. Write ${trimmed}=… with no blanks.`,
          data: { key: trimmed },
        });
      }
      if (node.value.unmatchedQuote && node.value.open) {
        ctx.report({ code: 'vz/unmatched-quote', span: node.value.open.span, message: 'This quote is never closed: vzctl reports "unmatched quotes" and skips the line.' });
      }
      if (model.dialect === 'legacy' && node.value.text.startsWith("'") && !node.value.open) {
        ctx.report({
          code: 'vz/single-quoted',
          span: node.value.span,
          message: 'vzctl 4.11 does not strip single quotes: they become part of the value. Use double quotes (Virtuozzo 7 accepts both).',
          data: /^'[^'"]*'$/.test(node.value.text) ? { replacement: `"${node.value.text.slice(1, -1)}"` } : undefined,
        });
      }
      if (model.dialect === 'legacy' && node.value.commentInValueAt !== undefined && bound.def) {
        const at = node.value.commentInValueAt;
        ctx.report({
          code: 'vz/comment-in-value',
          span: { start: node.value.toDocument(at), end: node.value.span.end },
          message: 'vzctl 4.11 keeps this comment as part of the unquoted value. Quote the value, or put the comment on its own line.',
        });
      }
    }
  },
};
