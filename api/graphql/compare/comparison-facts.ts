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

function directivesIn(scope: ComparisonScope, d: string): { sql: string; params: unknown[] } {
  const sql = [`${d}.province_code in (?)`];
  const params: unknown[] = [scope.provinces];
  if (scope.from) sql.push(`${d}.dated_on >= ?`), params.push(scope.from);
  if (scope.to) sql.push(`${d}.dated_on <= ?`), params.push(scope.to);
  return { sql: sql.join(' and '), params };
}

/**
 * The newest `perCell` facts of every (row, province) cell, newest directive first (undated last), with
 * each cell's total; `rows` restricts the rows (null: all). Ordered by row, province, then newest first.
 */
export async function rankedFacts(em: EntityManager, { table, row }: FactTable, scope: ComparisonScope, rows: readonly string[] | null): Promise<RankedFact[]> {
  if (rows?.length === 0) return [];
  const where = directivesIn(scope, 'd');
  const sql = `select id, row, province, total::int from (
      select f.id, f.${row}::text as row, d.province_code as province,
             count(*) over cell as total,
             row_number() over (cell order by d.dated_on desc nulls last, d.id desc, f.id) as rank
        from ${table} f join directive d on d.id = f.directive_id
       where ${where.sql}${rows ? ` and f.${row} in (?)` : ''}
      window cell as (partition by f.${row}, d.province_code)
    ) ranked
    where rank <= ?
    order by row, province, rank`;
  return em.getConnection().execute(sql, [...where.params, ...(rows ? [rows] : []), scope.perCell]);
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
