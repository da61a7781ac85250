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

function insertStatement(table: string, columns: readonly string[]): string {
  const list = columns.map((c) => `"${c}"`).join(', ');
  return `insert into "${table}" (${list}) select ${list} from json_populate_recordset(null::"${table}", ?::json)`;
}
