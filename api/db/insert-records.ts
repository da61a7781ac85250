import type { EntityManager } from '@mikro-orm/postgresql';
import { boundQuery } from './bound-query';

/** Rows of one table, for insertRecordSets. */
export interface RecordSet {
  table: string;
  columns: readonly string[];
  records: readonly Record<string, unknown>[];
  /**
   * The set's `column` holds the position of a record of the set at `set` (earlier in the list), not an
   * id: that row's id is drawn from its table's sequence in the statement and written in its place.
   */
  refersTo?: { column: string; set: number };
}

/**
 * Inserts the rows of several tables in one statement (one round trip), the rows of each travelling as one
 * bound JSON parameter. MikroORM's insertMany writes every value into the SQL text; at ingestion, escaping
 * the quotes of thousands of passages cost more than PostgreSQL's insert itself. Records are keyed by
 * column name; a column a record leaves out is stored as null. The statement joins the caller's
 * transaction (`em` inside transactional()).
 * The tables' inserts see the same snapshot: none may read what another writes, except the ids of the
 * rows a set refers to (refersTo), drawn before any row is written. Foreign keys are checked at the end.
 */
export async function insertRecordSets(em: EntityManager, sets: readonly RecordSet[]): Promise<void> {
  const referenced = new Set(sets.flatMap((s) => (s.refersTo ? [s.refersTo.set] : [])));
  const ctes: string[] = [];
  const bindings: string[] = [];
  sets.forEach((s, i) => {
    if (s.records.length === 0) return;
    bindings.push(JSON.stringify(s.records));
    const list = s.columns.map((c) => `"${c}"`).join(', ');
    if (referenced.has(i)) {
      ctes.push(
        `drawn_${i} as materialized (select nextval(pg_get_serial_sequence('"${s.table}"', 'id')) as id, r.row, r.n - 1 as position
           from json_array_elements(?::json) with ordinality as r(row, n))`,
        `written_${i} as (insert into "${s.table}" ("id", ${list}) select d.id, ${s.columns.map((c) => `x."${c}"`).join(', ')}
           from drawn_${i} d cross join lateral json_populate_record(null::"${s.table}", d.row) x)`,
      );
    } else if (s.refersTo) {
      const { column, set } = s.refersTo;
      const values = s.columns.map((c) => (c === column ? 'd.id' : `x."${c}"`)).join(', ');
      ctes.push(
        `written_${i} as (insert into "${s.table}" (${list}) select ${values}
           from json_populate_recordset(null::"${s.table}", ?::json) x join drawn_${set} d on d.position = x."${column}")`,
      );
    } else {
      ctes.push(`written_${i} as (${insertStatement(s.table, s.columns)})`);
    }
  });
  if (ctes.length === 0) return;
  await boundQuery(em, `with ${ctes.join(',\n')} select 1`, bindings);
}

function insertStatement(table: string, columns: readonly string[]): string {
  const list = columns.map((c) => `"${c}"`).join(', ');
  return `insert into "${table}" (${list}) select ${list} from json_populate_recordset(null::"${table}", ?::json)`;
}
