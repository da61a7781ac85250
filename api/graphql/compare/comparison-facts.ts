import type { EntityManager } from '@mikro-orm/postgresql';

// The facts of a comparison, chosen in SQL: a cell's newest few facts and how many it holds in all. What
// reaches the ORM and the answer is then bounded by the cells shown, not by how many directives the
// compared provinces issued (a few at 100 directives, nearly a thousand at 30,000).

/** Which directives a comparison covers. */
export interface ComparisonScope {
  /** ISO codes, in the column order asked. */
  provinces: string[];
  categories: string[] | null;
  from: string | null;
  to: string | null;
  /** Facts shown per cell. */
  perCell: number;
  /** Shared passages shown. */
  maxPassages: number;
}

/** One fact of a cell, with its place in the cell and the cell's size. */
export interface RankedFact {
  id: number;
  /** The row: a metric, a category or a slogan id. */
  row: string;
  province: string;
  /** How many facts the cell holds, shown or not. */
  total: number;
}

type FactTable = { table: 'target'; row: 'metric' } | { table: 'measure'; row: 'category' } | { table: 'slogan_mention'; row: 'slogan_id' };

/** SQL condition: directive `d` is one of the scope's provinces' and dated within its window (`dated_from`). */
export function directivesIn(scope: Pick<ComparisonScope, 'provinces' | 'from' | 'to'>, d: string): { sql: string; params: unknown[] } {
  const dates = datedWithin(scope, d);
  return { sql: [`${d}.province_code in (?)`, ...dates.sql].join(' and '), params: [scope.provinces, ...dates.params] };
}

function datedWithin(scope: Pick<ComparisonScope, 'from' | 'to'>, d: string): { sql: string[]; params: unknown[] } {
  const sql: string[] = [];
  const params: unknown[] = [];
  if (scope.from) sql.push(`${d}.dated_from >= ?`), params.push(scope.from);
  if (scope.to) sql.push(`${d}.dated_from <= ?`), params.push(scope.to);
  return { sql, params };
}

/**
 * The newest `perCell` facts of every (row, province) cell, newest directive first (undated last), with
 * each cell's total; `rows` restricts the rows (null: all). Ordered by row, province, then newest first.
 *
 * Two steps, so that no step sorts every fact of the compared provinces. The totals: directive by
 * directive (the lateral subquery, kept apart by offset 0, so that the planner does not read every fact
 * of the rows asked and join them to the provinces' directives), through the covering (directive_id,
 * row, id) indexes, hashed into cells. Then, per cell, the province's directives newest first (the order
 * of directive_province_list_order_index), stopping at the `perCell`-th fact of that row.
 */
export async function rankedFacts(em: EntityManager, { table, row }: FactTable, scope: ComparisonScope, rows: readonly string[] | null): Promise<RankedFact[]> {
  if (rows?.length === 0) return [];
  const all = directivesIn(scope, 'd');
  const dated = datedWithin(scope, 'newer');
  const sql = `with cells as (
      select f.${row} as row, d.province_code as province, count(*)::int as total
        from directive d
        cross join lateral (
          select f.${row} from ${table} f where f.directive_id = d.id${rows ? ` and f.${row} in (?)` : ''} offset 0
        ) f
       where ${all.sql}
       group by 1, 2
    )
    select newest.id, cells.row::text as row, cells.province, cells.total
      from cells
      cross join lateral (
        select f.id, newer.dated_on, newer.id as directive_id
          from directive newer join ${table} f on f.directive_id = newer.id and f.${row} = cells.row
         where newer.province_code = cells.province${dated.sql.map((c) => ` and ${c}`).join('')}
         order by newer.dated_on desc nulls last, newer.id desc, f.id
         limit ?
      ) newest
     order by 2, 3, newest.dated_on desc nulls last, newest.directive_id desc, newest.id`;
  return em.getConnection().execute(sql, [...(rows ? [rows] : []), ...all.params, ...dated.params, scope.perCell]);
}

/**
 * Passages a directive of one compared province shares with a directive of another, each pair once (rows
 * are stored from both sides), the most similar first, at most `maxPassages`; with categories, only
 * passages overlapping a measure of those categories on either side. Also how many there are in all.
 */
export async function crossProvincePassages(em: EntityManager, scope: ComparisonScope): Promise<{ ids: number[]; total: number }> {
  const mine = directivesIn(scope, 'a');
  const theirs = directivesIn(scope, 'b');
  const carries = scope.categories
    ? `and exists (select 1 from measure m where m.category in (?) and (
         (m.directive_id = sp.directive_id and m.start_offset < sp.end_offset and m.end_offset > sp.start_offset) or
         (m.directive_id = sp.other_id and m.start_offset < sp.other_end and m.end_offset > sp.other_start)))`
    : '';
  const [answer]: { ids: number[]; total: number }[] = await em.getConnection().execute(
    `with matching as (
       select sp.id, sp.similarity
         from shared_passage sp
         join directive a on a.id = sp.directive_id
         join directive b on b.id = sp.other_id
        where ${mine.sql} and ${theirs.sql} and sp.directive_id < sp.other_id and a.province_code <> b.province_code ${carries}
     )
     select array(select id from matching order by similarity desc, id limit ?) as ids, (select count(*) from matching)::int as total`,
    [...mine.params, ...theirs.params, ...(scope.categories ? [scope.categories] : []), scope.maxPassages],
  );
  return answer;
}
