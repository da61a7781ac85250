import type { EntityManager, Knex } from '@mikro-orm/postgresql';

/**
 * Runs `sql` with its `?` parameters bound (sent apart from the statement's text), inside `em`'s
 * transaction when it has one, and answers the rows. MikroORM's execute() writes every parameter into
 * the text, quoted and escaped in JavaScript: for the JSON of a document's passages or shared passages
 * (hundreds of kilobytes) that cost more than the statement. An array parameter is not spread into a
 * list: it is sent as one PostgreSQL array.
 */
export async function boundQuery<T = Record<string, unknown>>(em: EntityManager, sql: string, bindings: readonly Knex.RawBinding[]): Promise<T[]> {
  const query = em.getKnex().raw(sql, bindings);
  const transaction = em.getTransactionContext();
  if (transaction) query.transacting(transaction);
  const result = (await query) as { rows: T[] };
  return result.rows;
}
