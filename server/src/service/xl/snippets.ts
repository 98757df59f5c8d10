import type { XlKeyDef } from '../../schema/xl/key-def';

/** Escapes text for a snippet body (`$`, `}` and `\` are special). */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (char) => `\\${char}`);
}

function escapeChoice(text: string): string {
  return text.replace(/[\\$}|,]/g, (char) => `\\${char}`);
}

/** The value part of the schema's example line (`memory = 2048` → `2048`). */
export function exampleValue(def: XlKeyDef): string | undefined {
  const match = /^\s*[a-z][._0-9a-z]*\s*\+?=\s*(.*)$/.exec(def.example.split('\n')[0] ?? '');
  const value = match?.[1]?.trim();
  return value && value.length > 0 ? value : undefined;
}

function unquoted(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const match = /^(["'])(.*)\1$/.exec(value);
  return match ? match[2] : value;
}

/** A snippet for the value of a key, shaped as xl wants it. */
export function valueSnippet(def: XlKeyDef): string {
  const example = exampleValue(def);
  const shape = def.shape;
  switch (shape.kind) {
    case 'integer': {
      const number = example && /^[0-9][0-9a-fx]*$/.test(example) ? example : String(shape.min ?? 0);
      return `\${1:${escapeSnippet(number)}}`;
    }
    case 'boolean':
      return '${1|1,0|}';
    case 'enum':
      if (shape.values.length === 0) return '"${1}"';
      return `"\${1|${shape.values.map((value) => escapeChoice(value.value)).join(',')}|}"`;
    case 'string':
    case 'spec': {
      const inner = unquoted(example);
      return inner !== undefined && !inner.startsWith('[') ? `"\${1:${escapeSnippet(inner)}}"` : '"${1}"';
    }
    case 'list': {
      if (shape.item === 'list') return "[ [ '${1}' ] ]";
      if (shape.item === 'integer') return '[ ${1} ]';
      return "[ '${1}' ]";
    }
    default:
      return '${1}';
  }
}

/** `key = value` as a snippet; the key alone when an operator already follows. */
export function assignmentSnippet(def: XlKeyDef, operatorFollows: boolean): string {
  return operatorFollows ? def.name : `${def.name} = ${valueSnippet(def)}`;
}
