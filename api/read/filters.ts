import { PlatformError } from '../errors';
import { defaultLexicons } from '../ingestion/lexicons';
import { canonicalNumber } from '../ingestion/lexicons/document-kinds';
import { knownCodes, type CodeKind } from './codes';

// The filters of the read path as SQL, written once for the GraphQL lists and the exports alike, so that the
// same filter gives the same rows everywhere. Plain parameterised SQL over the read's alias `t`: MikroORM's
// query builder took 2.7 ms to write the targets' filter (a join to the directive's province), more than
// PostgreSQL takes to run it. Lists of values are one array parameter each (`= any(?)`), so that a filter's
// text does not change with the number of values.

/** A condition over a read's alias `t`: SQL with `?` placeholders, and their values in order. */
export interface Condition {
  readonly sql: string;
  readonly params: readonly unknown[];
}

export const ALWAYS: Condition = { sql: 'true', params: [] };

/** Every condition holds. */
export function allOf(...conditions: Condition[]): Condition {
  const some = conditions.filter((c) => c !== ALWAYS && c.sql !== 'true');
  if (some.length === 0) return ALWAYS;
  if (some.length === 1) return some[0];
  return { sql: some.map((c) => `(${c.sql})`).join(' and '), params: some.flatMap((c) => c.params) };
}

/** A window of days given the wrong way round is the client's mistake, whichever field it filters. */
export function checkWindow(from: string | null | undefined, to: string | null | undefined): void {
  if (from && to && from > to) throw new PlatformError('BAD_USER_INPUT', `"from" (${from}) is after "to" (${to})`);
}

/** Which directives: the filters every list of directives or of their facts takes. */
export interface DirectiveScope {
  /** ISO 3166-2 codes, any case or spacing. */
  provinces?: readonly string[] | null;
  kinds?: readonly string[] | null;
  /** Days (YYYY-MM-DD) bounding the directive's datedFrom: its date, or for an undated one the earliest day it can have been issued. */
  from?: string | null;
  to?: string | null;
}

const provinceCodes = (codes: readonly string[]) => knownCodes('province', codes);

/** The scope on the directive row `alias`; checks the window. */
export function directiveScope(scope: DirectiveScope, alias = 't'): Condition {
  checkWindow(scope.from, scope.to);
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => void (where.push(sql), params.push(value));
  if (scope.provinces) add(`${alias}.province_code = any(?)`, provinceCodes(scope.provinces));
  if (scope.kinds) add(`${alias}.kind = any(?)`, [...scope.kinds]);
  if (scope.from) add(`${alias}.dated_from >= ?`, scope.from);
  if (scope.to) add(`${alias}.dated_from <= ?`, scope.to);
  return where.length ? { sql: where.join(' and '), params } : ALWAYS;
}

/** Facts (rows of `t` with a directive_id) of directives in the scope. */
export function ofDirectives(scope: DirectiveScope): Condition {
  const directive = directiveScope(scope, 'd');
  return directive === ALWAYS ? ALWAYS : { sql: `t.directive_id in (select d.id from directive d where ${directive.sql})`, params: directive.params };
}

/** `t.<column>` is one of `values` (no condition when they are not given). */
function oneOf(column: string, values: readonly unknown[] | null | undefined): Condition {
  return values ? { sql: `t.${column} = any(?)`, params: [[...values]] } : ALWAYS;
}

/** `t.<column>` holds one of these codes, each checked against its vocabulary. */
const oneOfCodes = (column: string, kind: CodeKind, values: readonly string[] | null | undefined): Condition =>
  oneOf(column, values && knownCodes(kind, values));

export interface TargetFilter extends DirectiveScope {
  metrics?: readonly string[] | null;
  units?: readonly string[] | null;
}

export interface MeasureFilter extends DirectiveScope {
  categories?: readonly string[] | null;
  oxcgrtCodes?: readonly string[] | null;
  strengths?: readonly string[] | null;
  /** Canonical names of agencies the measure assigns. */
  agencies?: readonly string[] | null;
}

export interface ReferenceFilter extends DirectiveScope {
  numbers?: readonly string[] | null;
}

/** Fact filters never take kinds of directive: a fact's `kinds` (of slogan) is its own. */
const factScope = ({ provinces, from, to }: DirectiveScope) => ofDirectives({ provinces, from, to });

export function targetCondition(filter: TargetFilter): Condition {
  return allOf(factScope(filter), oneOfCodes('metric', 'metric', filter.metrics), oneOfCodes('unit', 'unit', filter.units));
}

export function measureCondition(filter: MeasureFilter): Condition {
  // A sub-select on the pivot keeps one row per measure however many of the agencies match.
  const assigned: Condition = filter.agencies
    ? { sql: 't.id in (select ma.measure_id from measure_agency ma join agency a on a.id = ma.agency_id where a.canonical_name = any(?))', params: [[...filter.agencies]] }
    : ALWAYS;
  return allOf(
    factScope(filter),
    oneOfCodes('category', 'category', filter.categories),
    oneOfCodes('oxcgrt_code', 'oxcgrt', filter.oxcgrtCodes),
    oneOf('strength', filter.strengths),
    assigned,
  );
}

/** A number is matched in its canonical spelling ("1699/CD-TTg" is "1699/CĐ-TTg"). */
export function referenceCondition(filter: ReferenceFilter): Condition {
  const numbers = filter.numbers?.map((n) => canonicalNumber(defaultLexicons().documentKinds, n));
  return allOf(factScope(filter), oneOf('number', numbers));
}

/** Slogan mentions of directives in the scope, of slogans of these kinds. */
export function sloganMentionCondition(filter: DirectiveScope & { kinds?: readonly string[] | null }): Condition {
  const kinds: Condition = filter.kinds ? { sql: 't.slogan_id in (select s.id from slogan s where s.kind = any(?))', params: [[...filter.kinds]] } : ALWAYS;
  return allOf(factScope(filter), kinds);
}

/** Agency mentions of directives in the scope, of agencies of these tiers. */
export function agencyMentionCondition(filter: DirectiveScope & { levels?: readonly string[] | null }): Condition {
  const levels: Condition = filter.levels ? { sql: 't.agency_id in (select a.id from agency a where a.level = any(?))', params: [[...filter.levels]] } : ALWAYS;
  return allOf(factScope(filter), levels);
}

/** Rows of `t` (slogans, agencies) mentioned by directives of these provinces, through the mention table. */
export function mentionedIn(mentions: 'slogan_mention' | 'agency_mention', provinces: readonly string[] | null | undefined): Condition {
  if (!provinces) return ALWAYS;
  const key = mentions === 'slogan_mention' ? 'slogan_id' : 'agency_id';
  return {
    sql: `t.id in (select m.${key} from ${mentions} m join directive d on d.id = m.directive_id where d.province_code = any(?))`,
    params: [provinceCodes(provinces)],
  };
}
