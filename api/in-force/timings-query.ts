import type { EntityManager } from '@mikro-orm/postgresql';
import type { Direction, Strength } from '../domain/facts';
import type { CitedSpan, FactTiming } from './periods';

// The rows periods.ts works on, read with explicit columns and no entities: one union over targets and
// measures, so a panel, a field resolver and an export read the same timing of a fact.

/** A stored citation's four columns (`column` prefix) as `as`_start, `as`_end, `as`_quote, `as`_rule. */
const span = (alias: string, column: string, as: string) =>
  ['start_offset', 'end_offset', 'quote', 'rule'].map((c) => `${alias}.${column}${c} as ${as}_${c.replace('_offset', '')}`).join(', ');

/** A date column as "2021-09-28", in SQL: the rows carry days, never driver Date objects. */
const iso = (column: string, as: string) => `to_char(${column}, 'YYYY-MM-DD') as ${as}`;

const columns = (alias: string) => `${alias}.id, ${alias}.directive_id, d.number as directive_number, ${alias}.rendition_id, d.province_code,
  ${iso('d.dated_on', 'dated_on')},
  case when i.level = 'DISTRICT' then i.district end as district,
  ${iso(`${alias}.period_from_date`, 'period_from_date')}, ${iso(`${alias}.period_to_date`, 'period_to_date')}, ${alias}.period_days,
  coalesce(${alias}.period_until_further_notice, false) as until_further_notice,
  ${iso(`coalesce(${alias}.deadline_date, ${alias}.deadline_period_end)`, 'deadline_end')},
  ${span(alias, 'period_citation_', 'period_citation')}, ${span(alias, 'citation_', 'deadline_citation')}, ${span(alias, '', 'fact')}`;

/** Every fact as a timing row; `key` is what replaces what (periods.ts). */
const FACT_TIMINGS = `
  select 'TARGET' as kind, case when t.metric = 'OTHER' then null else 'metric:' || t.metric end as key, ${columns('t')},
         t.metric, t.value, t.unit, null as oxcgrt_code, null as strength, null as direction
    from target t join directive d on d.id = t.directive_id left join issuer i on i.id = d.issuer_id
  union all
  select 'MEASURE' as kind, 'indicator:' || coalesce(m.oxcgrt_code, m.category) as key, ${columns('m')},
         null as metric, null as value, null as unit, m.oxcgrt_code, m.strength, m.direction
    from measure m join directive d on d.id = m.directive_id left join issuer i on i.id = d.issuer_id`;

interface Row {
  kind: 'TARGET' | 'MEASURE';
  key: string | null;
  id: number;
  directive_id: number;
  rendition_id: number;
  province_code: string | null;
  dated_on: string | null;
  district: string | null;
  period_from_date: string | null;
  period_to_date: string | null;
  period_days: number | null;
  until_further_notice: boolean;
  deadline_end: string | null;
  directive_number: string | null;
  metric: string | null;
  value: number | null;
  unit: string | null;
  oxcgrt_code: string | null;
  strength: Strength | null;
  direction: Direction | null;
  [span: string]: unknown;
}

function cited(row: Row, prefix: string): CitedSpan | null {
  if (row[`${prefix}_start`] === null || row[`${prefix}_start`] === undefined) return null;
  return {
    renditionId: row.rendition_id,
    start: row[`${prefix}_start`] as number,
    end: row[`${prefix}_end`] as number,
    quote: row[`${prefix}_quote`] as string,
    rule: row[`${prefix}_rule`] as string,
  };
}

function timing(row: Row): FactTiming {
  return {
    kind: row.kind,
    id: row.id,
    key: row.key,
    directiveId: row.directive_id,
    provinceCode: row.province_code,
    district: row.district,
    datedOn: row.dated_on,
    periodFrom: row.period_from_date,
    periodTo: row.period_to_date,
    periodDays: row.period_days,
    untilFurtherNotice: row.until_further_notice,
    periodCitation: cited(row, 'period_citation'),
    deadlineEnd: row.deadline_end,
    deadlineCitation: cited(row, 'deadline_citation'),
    citation: cited(row, 'fact')!,
    directiveNumber: row.directive_number,
    metric: row.metric,
    value: row.value,
    unit: row.unit,
    oxcgrtCode: row.oxcgrt_code,
    strength: row.strength,
    direction: row.direction,
  };
}

/** Every fact of the provinces: what a panel bounds and places on days. */
export async function timingsOfProvinces(em: EntityManager, provinces: string[]): Promise<FactTiming[]> {
  const rows: Row[] = await em.getConnection().execute(`select * from (${FACT_TIMINGS}) f where f.province_code in (?) order by f.kind, f.id`, [provinces]);
  return rows.map(timing);
}

/** The facts asked for, and every fact that may replace one of them (same province and key). */
export async function timingsAround(em: EntityManager, facts: { kind: FactTiming['kind']; id: number }[]): Promise<FactTiming[]> {
  if (facts.length === 0) return [];
  // The driver expands a list into "(?, ?, ...)"; ids start at 1, so [0] stands for none.
  const wanted = (kind: FactTiming['kind']) => {
    const ids = facts.filter((f) => f.kind === kind).map((f) => f.id);
    return ids.length ? ids : [0];
  };
  const rows: Row[] = await em.getConnection().execute(
    `with facts as (${FACT_TIMINGS}),
       wanted as (select * from facts where (kind = 'TARGET' and id in (?)) or (kind = 'MEASURE' and id in (?)))
     select * from wanted
     union
     select f.* from facts f join wanted w on f.province_code = w.province_code and f.key = w.key
     order by kind, id`,
    [wanted('TARGET'), wanted('MEASURE')],
  );
  return rows.map(timing);
}
