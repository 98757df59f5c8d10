import type { VzAssignment, VzDialect, VzFile } from '../../vz/ast';
import { parseVzConf } from '../../vz/parse';
import { canonicalParam, shapeIn, supportIn, vz7OnlyKeys, vzParams, type VzParamDef, type VzSupport } from '../../schema/vz';
import type { ServiceSettings } from '../settings';
import type { PairFacts } from './values/pair';
import type { ValueProblem } from './values/problem';
import { readValue } from './values/read-value';

/** One assignment bound to the schema, with its value read the way vzctl reads it. */
export interface BoundAssignment {
  readonly node: VzAssignment;
  /** the parameter, when this dialect knows the key */
  readonly def?: VzParamDef;
  /** canonical name (aliases resolved) when known */
  readonly canonical?: string;
  readonly support?: VzSupport;
  /** set when only the other dialect knows the key */
  readonly otherDialectDef?: VzParamDef;
  /** the earlier assignment of the same parameter, when this one repeats it */
  readonly duplicateOf?: BoundAssignment;
  readonly problems: readonly ValueProblem[];
  /** vzctl drops the value (unreadable, unmatched quote, quoted wrongly) */
  readonly invalid: boolean;
  readonly pair?: PairFacts;
}

export interface VzModel {
  readonly file: VzFile;
  readonly dialect: VzDialect;
  readonly assignments: readonly BoundAssignment[];
  /** canonical name → the assignment in effect (the first readable one) */
  readonly effective: ReadonlyMap<string, BoundAssignment>;
}

function bindOne(node: VzAssignment, dialect: VzDialect, seen: Map<string, BoundAssignment>): BoundAssignment {
  const known = vzParams.get(node.key.name);
  const support = known ? supportIn(known, dialect) : undefined;
  if (!known || support === undefined) {
    return { node, otherDialectDef: known, problems: [], invalid: true };
  }
  const canonical = canonicalParam(known).name;
  const duplicateOf = seen.get(canonical);
  const legacySingleQuoted = dialect === 'legacy' && node.value.text.startsWith("'") && !node.value.open;
  let problems: ValueProblem[] = [];
  let pair: PairFacts | undefined;
  let invalid = node.value.unmatchedQuote || legacySingleQuoted;
  if (!invalid) {
    const legacyComment = dialect === 'legacy' ? node.value.commentInValueAt : undefined;
    const value = legacyComment === undefined ? node.value : { ...node.value, text: node.value.text.slice(0, legacyComment).trimEnd() };
    const reading = readValue(known, shapeIn(known, dialect), value, dialect);
    problems = reading.sink.problems;
    pair = reading.pair;
    invalid = reading.sink.invalid;
  }
  const bound: BoundAssignment = { node, def: known, canonical, support, duplicateOf, problems, invalid, pair };
  // vzctl only remembers values it could read, so a skipped line does not make the next one a duplicate
  if (!duplicateOf && !invalid) seen.set(canonical, bound);
  return bound;
}

/** Parses and binds a document: the model every vz feature works from. */
export function analyseVz(text: string, settings: ServiceSettings): VzModel {
  const file = parseVzConf(text, { dialect: settings.vzDialect, vz7OnlyKeys });
  const dialect = file.dialect.dialect;
  const seen = new Map<string, BoundAssignment>();
  const assignments = file.assignments.map((node) => bindOne(node, dialect, seen));
  const effective = new Map<string, BoundAssignment>();
  for (const bound of assignments) {
    if (bound.canonical && !bound.duplicateOf && !bound.invalid) effective.set(bound.canonical, bound);
  }
  return { file, dialect, assignments, effective };
}

/** The pair value in effect for a beancounter or quota key, if readable. */
export function pairOf(model: VzModel, name: string): (PairFacts & { readonly at: BoundAssignment }) | undefined {
  const bound = model.effective.get(name);
  return bound?.pair ? { ...bound.pair, at: bound } : undefined;
}
