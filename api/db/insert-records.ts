import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Inserts many rows of `table` in one statement, the rows travelling as one JSON parameter. MikroORM's
 * insertMany writes every value into the SQL text; at ingestion, escaping the quotes of thousands of
 * passages cost more than PostgreSQL's insert itself. Records are keyed by column name; the statement
 * joins the caller's transaction (`em` inside transactional()).
 */
export async function insertRecords(em: EntityManager, table: string, columns: readonly string[], records: readonly Record<string, unknown>[]): Promise<void> {
  if (records.length === 0) return;
  const list = columns.map((c) => `"${c}"`).join(', ');
  const query = em
    .getKnex()
    .raw(`insert into "${table}" (${list}) select ${list} from json_populate_recordset(null::"${table}", ?::json)`, [JSON.stringify(records)]);
  const transaction = em.getTransactionContext();
  if (transaction) query.transacting(transaction);
  await query;
}
