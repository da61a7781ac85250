import type { EntityManager } from '@mikro-orm/postgresql';
import { boundQuery } from './bound-query';

/**
 * Inserts many rows of `table` in one statement, the rows travelling as one JSON parameter. MikroORM's
 * insertMany writes every value into the SQL text; at ingestion, escaping the quotes of thousands of
 * passages cost more than PostgreSQL's insert itself. Records are keyed by column name; the statement
 * joins the caller's transaction (`em` inside transactional()).
 */
export async function insertRecords(em: EntityManager, table: string, columns: readonly string[], records: readonly Record<string, unknown>[]): Promise<void> {
  if (records.length === 0) return;
  await boundQuery(em, insertStatement(table, columns), [JSON.stringify(records)]);
}

/**
 * insertRecords, answering the generated ids in the records' order: PostgreSQL returns the rows of an
 * insert from a single set-returning function in the order it produced them, as it does for VALUES (on
 * which MikroORM's own batch inserts rely).
 */
export async function insertRecordsReturningIds(em: EntityManager, table: string, columns: readonly string[], records: readonly Record<string, unknown>[]): Promise<number[]> {
  if (records.length === 0) return [];
  const rows = await boundQuery<{ id: number }>(em, `${insertStatement(table, columns)} returning id`, [JSON.stringify(records)]);
  return rows.map((r) => r.id);
}

/** Rows of one table, for insertRecordSets. */
export interface RecordSet {
  table: string;
  columns: readonly string[];
  records: readonly Record<string, unknown>[];
}

/**
 * Inserts the rows of several tables in one statement (one round trip), as insertRecords does each.
 * The tables' inserts see the same snapshot: none may read what another writes.
 */
export async function insertRecordSets(em: EntityManager, sets: readonly RecordSet[]): Promise<void> {
  const written = sets.filter((s) => s.records.length > 0);
  if (written.length === 0) return;
  const inserts = written.map((s, i) => `written_${i} as (${insertStatement(s.table, s.columns)})`);
  await boundQuery(em, `with ${inserts.join(',\n')} select 1`, written.map((s) => JSON.stringify(s.records)));
}

function insertStatement(table: string, columns: readonly string[]): string {
  const list = columns.map((c) => `"${c}"`).join(', ');
  return `insert into "${table}" (${list}) select ${list} from json_populate_recordset(null::"${table}", ?::json)`;
}
