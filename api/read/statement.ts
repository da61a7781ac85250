import type { EntityManager } from '@mikro-orm/postgresql';
import type { ClientBase } from 'pg';
import { statementName, usePrepared } from './prepared';

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

/** A statement as sent: `?` numbered as PostgreSQL's `$1, $2…`, and the name it is prepared under, if it is (prepared.ts). */
interface Sent {
  text: string;
  name: string;
}

const sent = new Map<string, Sent>();
/** Bounds the cache of statements as sent: the read path's texts are a few hundred shapes at most. */
const SENT_MAX = 2000;

/**
 * `sql` as sent: `?` placeholders as PostgreSQL's `$1, $2…`, outside quoted strings and identifiers (the read path
 * writes `?`, as the ORM's own statements do, and never uses PostgreSQL's `?` operators), and its name.
 */
function asSent(sql: string): Sent {
  const known = sent.get(sql);
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
  if (sent.size >= SENT_MAX) sent.clear();
  const made = { text: out, name: statementName(out) };
  sent.set(sql, made);
  return made;
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

export interface ExecuteOptions {
  /** Rows as arrays of values in the SELECT list's order, not objects by column name: no object built per row. */
  arrays?: boolean;
  /**
   * Prepared (prepared.ts): true where the plan cannot depend on the parameters' values, a lookup by key; a
   * statement without parameters always is. A filter's generic plan can be much worse than the plan made for its
   * values (the targets of two provinces: 3.4 ms against 1.9), so a statement filtered by values is planned anew.
   */
  prepared?: boolean;
}

/**
 * Plain SQL on the read connection (`?` placeholders, a value each: a list of keys is one array, `= any(?)`), rows
 * as the driver gives them.
 */
export function execute<T>(em: EntityManager, sql: string, params: readonly unknown[] = [], options: ExecuteOptions = {}): Promise<T> {
  return converted(em, async () => {
    const client = em.getConnection('read').getKnex().client as unknown as PoolClient;
    const connection = await client.acquireConnection();
    try {
      client.emit('query', { sql, bindings: params });
      const { text, name } = asSent(sql);
      const prepared = options.prepared ?? params.length === 0;
      if (prepared) usePrepared(connection, name);
      const result = await connection.query({
        ...(prepared ? { name } : {}),
        text,
        values: params as unknown[],
        ...(options.arrays ? { rowMode: 'array' } : {}),
      });
      return result.rows as T;
    } finally {
      await client.releaseConnection(connection);
    }
  });
}
