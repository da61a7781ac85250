import { Router } from 'express';
import type { Orm } from '../db/orm';
import { Client } from 'pg';
import { connectionErrorCode } from '../db/database';
import { pendingMigrations } from '../db/migrator';
import type { ReadReplicas } from '../db/replicas';

/** How long /ready waits for the database before calling it unavailable. */
const READY_TIMEOUT_MS = 3000;

function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`no answer within ${ms / 1000} s`), { code: 'ETIMEDOUT' })), ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

/**
 * A new connection answers `select 1`. The pool's idle connections can keep answering while PostgreSQL
 * refuses every new one (a shutdown in progress: "the database system is shutting down"), and then most
 * queries fail: readiness is what a query that needs a connection would get.
 */
async function freshConnection(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: READY_TIMEOUT_MS });
  client.on('error', () => undefined); // a connection dropped after the check: nothing to report here
  try {
    await client.connect();
    await client.query('select 1');
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Null when the server can answer queries; otherwise why not, in words for an operator. */
async function notReadyBecause(orm: Orm): Promise<string | null> {
  try {
    await within(READY_TIMEOUT_MS, freshConnection(orm.config.getClientUrl()));
    await within(READY_TIMEOUT_MS, orm.em.getConnection().execute('select 1'));
    const pending = await within(READY_TIMEOUT_MS, pendingMigrations(orm));
    if (pending.length) return `${pending.length} migration(s) pending: ${pending.join(', ')}`;
    return null;
  } catch (error) {
    const code = connectionErrorCode(error);
    if (code) return `database not reachable (${code})`;
    console.error('[ready] check failed:', error);
    return 'database check failed';
  }
}

/**
 * GET /health: the process is alive and serving HTTP (liveness; never touches the database).
 * GET /ready: a new connection and the pool both answer `select 1`, and no migration is pending (readiness), else 503.
 * With replicas, each one's lag and whether reads go to it (as last measured, every poll): a replica
 * left out does not make the instance unready, since its reads go to the primary meanwhile.
 */
export function healthRoutes(orm: Orm, replicas: ReadReplicas | null = null): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/ready', async (_req, res) => {
    const reason = await notReadyBecause(orm);
    const replication = replicas?.count ? { replicas: replicas.status() } : {};
    if (reason) res.status(503).json({ status: 'unavailable', reason, ...replication });
    else res.json({ status: 'ready', ...replication });
  });
  return router;
}
