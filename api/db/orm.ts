import { MikroORM, type Options, PostgreSqlDriver } from '@mikro-orm/postgresql';
import path from 'node:path';
import type { Client as PgClient } from 'pg';
import { entities } from './entities';
import { applyMigrations, migratorOnFirstUse } from './migrator';
import { countStatement } from './statement-counter';
import { repoRoot } from '../repo-root';

export type Orm = MikroORM;

/** Time limits on database work, so that a slow statement or an absent server fails fast instead of hanging. */
export interface DatabaseTimeouts {
  /** PostgreSQL statement_timeout of every pooled connection (lock waits included): 57014 past it. */
  statementTimeoutMs: number;
  /** How long a request may wait for a pooled connection, including opening a new one. */
  acquireTimeoutMs: number;
  /** How long opening one connection may take (a host that drops packets never refuses). */
  connectTimeoutMs: number;
}

export const DATABASE_TIMEOUTS: DatabaseTimeouts = { statementTimeoutMs: 5000, acquireTimeoutMs: 3000, connectTimeoutMs: 3000 };

/** The ORM configuration for a database URL. Schema changes go through committed migrations only. */
export function ormOptions(clientUrl: string, timeouts: DatabaseTimeouts = DATABASE_TIMEOUTS): Options {
  return {
    driver: PostgreSqlDriver,
    clientUrl,
    entities,
    extensions: [migratorOnFirstUse],
    // Entities declare every column type, so discovery needs no TypeScript metadata at run time.
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    migrations: {
      pathTs: path.join(repoRoot(), 'api/db/migrations'),
      emit: 'ts',
      snapshot: false,
      transactional: true,
      allOrNothing: true,
      silent: true,
    },
    pool: {
      min: 1,
      max: 10,
      acquireTimeoutMillis: timeouts.acquireTimeoutMs,
      // Set on the raw connection, outside knex, so it is neither counted as a statement nor logged. Scans
      // start at the table's first page: search ranks the first matching texts it meets (search.ts RANKED_TEXTS),
      // and a scan joining another one half-way would make a page's and the next page's sets differ.
      afterCreate(connection: PgClient, done: (error: Error | undefined, connection: PgClient) => void) {
        connection.query(`set statement_timeout = ${Math.trunc(timeouts.statementTimeoutMs)}; set synchronize_seqscans = off`, (error) => done(error ?? undefined, connection));
      },
    },
    // query_timeout is the client's own limit, a second past the server's statement_timeout: a PostgreSQL
    // that is frozen (stopped, swapping, a network that drops packets) cannot enforce its own, and a query
    // would otherwise wait for the request's time limit instead of failing as DATABASE_UNAVAILABLE.
    driverOptions: { connection: { connectionTimeoutMillis: timeouts.connectTimeoutMs, query_timeout: Math.trunc(timeouts.statementTimeoutMs) + 1000 } },
    allowGlobalContext: false,
    forceUtcTimezone: true,
  };
}

/** Connects and applies pending migrations. */
export async function openOrm(clientUrl: string, timeouts?: DatabaseTimeouts): Promise<Orm> {
  const orm = await MikroORM.init(ormOptions(clientUrl, timeouts));
  // Every statement is counted so that tests and benchmarks can show queries per request.
  orm.em.getConnection().getKnex().on('query', countStatement);
  await applyMigrations(orm);
  return orm;
}
