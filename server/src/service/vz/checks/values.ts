import type { VzCheck } from './check';

/** Reports what reading each value found (bad numbers, suffixes, ranges, words, list items). */
export const valuesCheck: VzCheck = {
  name: 'values',
  run(ctx) {
    for (const bound of ctx.model.assignments) {
      for (const problem of bound.problems) {
        ctx.report({ code: problem.code, span: problem.span, message: problem.message, data: problem.data });
      }
    }
  },
};
