import { paramsOf } from '../../../schema/vz';
import { closest } from '../values/problem';
import type { VzCheck } from './check';

const DIALECT_NAME = { legacy: 'vzctl 4.11 (legacy OpenVZ)', vz7: 'Virtuozzo 7' } as const;

/** Unknown, ignored, deprecated and repeated keys (reference openvz.md §1.2 items 6–8, §1.6). */
export const keysCheck: VzCheck = {
  name: 'keys',
  run(ctx) {
    const { model } = ctx;
    const candidates = paramsOf(model.dialect).map((param) => param.name);
    for (const bound of model.assignments) {
      const { node } = bound;
      const name = node.key.name.trimEnd();
      if (name === '') {
        ctx.report({ code: 'vz/unknown-key', span: node.equals, message: "The line starts with '=': there is no key, so vzctl ignores it." });
        continue;
      }
      if (!bound.def) {
        if (name !== node.key.name) continue; // the blank before '=' is reported by the syntax check
        const span = node.key.span;
        if (bound.otherDialectDef) {
          const other = model.dialect === 'legacy' ? 'vz7' : 'legacy';
          const suggestion = closest(name, candidates.filter((c) => c !== name));
          ctx.report({
            code: 'vz/unknown-key', span,
            message: `${name} is a ${DIALECT_NAME[other]} parameter; ${DIALECT_NAME[model.dialect]} does not read it.${suggestion ? ` Did you mean ${suggestion}?` : ''}`,
            data: suggestion ? { replacement: suggestion } : undefined,
          });
          continue;
        }
        const suggestion = closest(name, candidates);
        const ignored = model.dialect === 'legacy' ? 'vzctl ignores it' : 'libvzctl keeps it but does not act on it';
        ctx.report({
          code: 'vz/unknown-key', span,
          message: `Unknown parameter ${name}: ${ignored}.${suggestion ? ` Did you mean ${suggestion}?` : ''}`,
          data: suggestion ? { replacement: suggestion } : undefined,
        });
        continue;
      }
      const def = bound.def;
      if (bound.support === 'deprecated') {
        ctx.report({ code: 'vz/deprecated-key', span: node.key.span, tags: [2], message: `${name} is deprecated: ${def.deprecated?.note ?? 'vzctl warns when it reads it.'}` });
      } else if (bound.support === 'no-effect' && ctx.fileKind !== 'global') {
        ctx.report({ code: 'vz/ignored-key', span: node.key.span, tags: [1], message: `${name} has no effect in ${DIALECT_NAME[model.dialect]}.${def.vz7Note && model.dialect === 'vz7' ? ` ${def.vz7Note}` : ''}` });
      } else if (bound.support === 'ignored' && ctx.fileKind === 'container') {
        ctx.report({ code: 'vz/ignored-key', span: node.key.span, tags: [1], message: `vzctl knows ${name} but ignores it; only the service scripts read it, from vz.conf.` });
      }
      if (bound.duplicateOf) {
        const firstLine = bound.duplicateOf.node.line + 1;
        const message = model.dialect === 'legacy'
          ? `${name} is already set on line ${firstLine}: vzctl keeps the first value and ignores this one.`
          : `${name} is already set on line ${firstLine}: only one of them takes effect.`;
        ctx.report({
          code: 'vz/duplicate-key', span: node.key.span, message, data: { firstLine },
          related: [{ span: bound.duplicateOf.node.span, message: `${name} first set here` }],
        });
      }
    }
  },
};
