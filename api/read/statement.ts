import type { EntityManager } from '@mikro-orm/postgresql';
import type { ClientBase } from 'pg';

// How the read path sends its statements: straight to a pg client of the ORM's pool for the request's
// database (the primary or its replica), without knex or MikroORM in between. Through them a statement
// cost 0.5 ms of CPU (a raw query builder, bindings rewritten, the result transformed) where the driver
// alone costs 0.1 ms, and a read sends one to five per request. The pool, its limits and timeouts, the
// driver's type parsers (dates stay text) and the statement counter (the knex 'query' event) are the ORM's,
// as before; MikroORM stays for writes, migrations and the unit of work.

/** The part of knex's client the read path uses: its pool, and its 'query' event (statement-counter.ts). */
interface PoolClient {
  acquireConnection(): Promise<ClientBase>;
  releaseConnection(connection: ClientBase): Promise<void>;
  emit(event: 'query', query: { sql: string; bindings: readonly unknown[] }): boolean;
}

/** `?, ?, ?` for a list of keys: `where t.id in (${placeholders(ids)})`. */
export const placeholders = (keys: readonly unknown[]): string => keys.map(() => '?').join(', ');

const numbered = new Map<string, string>();
/** Bounds the cache of numbered statements: the read path's texts are a few hundred shapes, lists of keys aside. */
const NUMBERED_MAX = 2000;

/**
 * `?` placeholders as PostgreSQL's `$1, $2…`, outside quoted strings and identifiers. The read path writes
 * `?` (as the ORM's own statements do) and never uses PostgreSQL's `?` operators.
 */
export function numberPlaceholders(sql: string): string {
  const known = numbered.get(sql);
  if (known !== undefined) return known;
  let out = '';
  let n = 0;
  let quote: string | null = null;
  for (const c of sql) {
    if (quote) {
      if (c === quote) quote = null;
      out += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      out += c;
    } else out += c === '?' ? `$${++n}` : c;
  }
  if (numbered.size >= NUMBERED_MAX) numbered.clear();
  numbered.set(sql, out);
  return out;
}

/**
 * A statement's failure as the ORM's own exceptions (ConnectionException, ...), as its finds throw them: the
 * API tells a database that is down (DATABASE_UNAVAILABLE) from a bug by them, not by the driver's raw errors.
 */
async function converted<T>(em: EntityManager, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw em.getDriver().convertException(error as Error);
  }
}

/** Plain SQL on the read connection (`?` placeholders, a value each: arrays go to `= any(?)`), rows as the driver gives them. */
export function execute<T>(em: EntityManager, sql: string, params: readonly unknown[] = []): Promise<T> {
  return converted(em, async () => {
    const client = em.getConnection('read').getKnex().client as unknown as PoolClient;
    const connection = await client.acquireConnection();
    try {
      client.emit('query', { sql, bindings: params });
      const result = await connection.query({ text: numberPlaceholders(sql), values: params as unknown[] });
      return result.rows as T;
    } finally {
      await client.releaseConnection(connection);
    }
  });
}
