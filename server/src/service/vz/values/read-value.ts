import type { VzDialect, VzValue } from '../../../vz/ast';
import { innerSpan, splitItems } from '../../../vz/parts';
import type { VzParamDef, VzShape } from '../../../schema/vz/param-def';
import { checkSpecial } from './compound';
import { checkItem } from './items';
import { readPair, type PairFacts } from './pair';
import { closest, ProblemSink } from './problem';

export interface ValueReading {
  readonly sink: ProblemSink;
  /** for `ub` and `quota` shapes, when vzctl can read the value */
  readonly pair?: PairFacts;
}

const NAME_CHARS = /^[A-Za-z0-9 \-+_.]*$/;
const UUID = /^\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}?$/;

function checkScalar(shape: VzShape, def: VzParamDef, value: VzValue, sink: ProblemSink): void {
  const text = value.text;
  switch (shape.kind) {
    case 'integer': {
      if (text === 'unlimited') { sink.add('vz/unlimited-not-allowed', innerSpan(value), `${def.name} takes a plain number; vzctl rejects \`unlimited\` here.`); return; }
      if (!/^-?\d+$/.test(text)) { sink.add('vz/invalid-number', innerSpan(value), `${def.name}: '${text}' is not a whole number.`); return; }
      const number = Number(text);
      if ((shape.min !== undefined && number < shape.min) || (shape.max !== undefined && number > shape.max)) {
        const range = shape.max !== undefined ? `${shape.min ?? 0}..${shape.max}` : `at least ${shape.min}`;
        sink.add('vz/out-of-range', innerSpan(value), `${def.name} must be ${range}; vzctl skips ${text}.`, { min: shape.min, max: shape.max });
      }
      return;
    }
    case 'float':
      if (!/^(?:\d+(?:\.\d*)?|\.\d+)$/.test(text)) sink.add('vz/invalid-number', innerSpan(value), `${def.name}: '${text}' is not a number.`);
      return;
    case 'enum': {
      const values = shape.values.map((v) => v.value);
      const matches = shape.caseInsensitive ? values.some((v) => v.toLowerCase() === text.toLowerCase()) : values.includes(text);
      if (!matches) {
        const suggestion = closest(text, values);
        sink.add('vz/invalid-enum', innerSpan(value), `${def.name} must be ${values.map((v) => `'${v}'`).join(', ')}; vzctl skips '${text}'.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
          suggestion ? { replacement: suggestion } : undefined);
      }
      return;
    }
    case 'string':
      if (shape.format === 'name' && !NAME_CHARS.test(text)) {
        sink.add('vz/invalid-value', innerSpan(value), `${def.name} may only hold letters, digits, space and - + _ .`);
      } else if (shape.format === 'uuid' && !UUID.test(text)) {
        sink.add('vz/invalid-value', innerSpan(value), `${def.name}: '${text}' is not a UUID.`);
      }
      return;
    default:
      return;
  }
}

/** Reads a value by its parameter's grammar in a dialect, collecting problems. */
export function readValue(def: VzParamDef, shape: VzShape, value: VzValue, dialect: VzDialect): ValueReading {
  const sink = new ProblemSink();
  switch (shape.kind) {
    case 'ub': case 'quota':
      return { sink, pair: readPair(value, def, shape.unitClass, dialect, sink) };
    case 'list':
      for (const item of splitItems(value, shape.separators)) checkItem(shape.item, value, item, dialect, sink, def.name);
      return { sink };
    case 'special':
      checkSpecial(shape.grammar, value, dialect, sink);
      return { sink };
    default:
      checkScalar(shape, def, value, sink);
      return { sink };
  }
}
