import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { runningClusterUrl, startEmbeddedPostgres } from './embedded-postgres';
import { repoRoot } from '../repo-root';

export interface DatabaseHandle {
  url: string;
  /** For the start-up log: which PostgreSQL this is. */
  description: string;
  /** True when this process started PostgreSQL itself and must stop it. */
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * DATABASE_URL when it is set; otherwise the embedded PostgreSQL, with its data kept in .data/postgres
 * (git-ignored) so that a restart finds what was loaded before. When another process of ours already
 * runs that cluster, this one shares it and leaves stopping it to its owner. `running` is called as soon as
 * the caller may get on with other work: at once, or once the embedded PostgreSQL runs (before it is ready).
 */
export async function provideDatabase(log: (line: string) => void = () => undefined, running: () => void = () => undefined): Promise<DatabaseHandle> {
  const external = process.env.DATABASE_URL;
  if (external) {
    running();
    return { url: external, description: 'PostgreSQL of DATABASE_URL', embedded: false, stop: async () => undefined };
  }
  const dataDir = process.env.EMBEDDED_POSTGRES_DIR ?? path.join(repoRoot(), '.data', 'postgres');
  const shared = runningClusterUrl(dataDir);
  if (shared) {
    running();
    return { url: shared, description: 'the embedded PostgreSQL another process runs', embedded: false, stop: async () => undefined };
  }
  const port = process.env.EMBEDDED_POSTGRES_PORT ? Number(process.env.EMBEDDED_POSTGRES_PORT) : undefined;
  // Supervised: this process owns the cluster, so it restarts it should it die.
  const db = await startEmbeddedPostgres({ dataDir, port, log, supervise: true, running });
  const where = `port ${new URL(db.url).port}, data in ${path.relative(process.cwd(), dataDir) || '.'}`;
  return { url: db.url, description: `embedded PostgreSQL (${where})`, embedded: true, stop: db.stop };
}

// Socket errors and SQLSTATEs that mean "PostgreSQL is not there (now)", as opposed to a bad statement:
// class 08 (connection exception), admin/crash shutdown, "starting up", too many connections.
const UNREACHABLE_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
// node-postgres and knex report a dropped or never-opened connection without any code.
// "Query read timeout": the client's query_timeout (api/db/orm.ts) ran out on a PostgreSQL that did not answer.
const LOST_CONNECTION = /Connection terminated|Connection ended unexpectedly|timeout expired|Client has encountered a connection error|Query read timeout/i;

/**
 * Why an error means the database cannot be reached (an errno such as ECONNREFUSED, a SQLSTATE such as
 * 57P01, POOL_TIMEOUT or CONNECTION_LOST), or null when it is some other failure. Follows the
 * wrappers that GraphQL, MikroORM and Node put around the driver's error.
 */
export function connectionErrorCode(error: unknown, depth = 0): string | null {
  if (!error || typeof error !== 'object' || depth > 5) return null;
  const { code, name, message } = error as { code?: unknown; name?: unknown; message?: unknown };
  if (typeof code === 'string' && (UNREACHABLE_ERRNOS.has(code) || UNAVAILABLE_SQLSTATES.has(code) || /^08/.test(code))) return code;
  // knex's own error, or MikroORM's DriverException carrying only its message.
  if (name === 'KnexTimeoutError' || (typeof message === 'string' && /Timeout acquiring a connection/.test(message))) return 'POOL_TIMEOUT';
  if (typeof message === 'string' && LOST_CONNECTION.test(message)) return 'CONNECTION_LOST';
  // thrownValue: graphql-js wraps what is thrown that is not an Error (knex's query builder rejects with
  // the socket's plain error object) in a NonErrorThrown that keeps it there.
  const inner = error as { originalError?: unknown; cause?: unknown; errors?: unknown; thrownValue?: unknown };
  const nested = [inner.originalError, inner.cause, inner.thrownValue, ...(Array.isArray(inner.errors) ? inner.errors : [])];
  for (const candidate of nested) {
    const found = connectionErrorCode(candidate, depth + 1);
    if (found) return found;
  }
  return null;
}

export interface WaitOptions {
  log?: (line: string) => void;
  /** First pause between attempts; it doubles up to maxRetryMs. */
  retryMs?: number;
  maxRetryMs?: number;
  /** How long one connection attempt may take (a host that drops packets never refuses). */
  connectTimeoutMs?: number;
  /** Aborts the wait, e.g. on SIGTERM during start-up. */
  signal?: AbortSignal;
}

/**
 * Resolves once PostgreSQL at `url` answers `select 1`. While it cannot be reached it logs why and tries
 * again, with a bounded backoff, for as long as it takes: a server started before its database (a
 * container, a restart) then comes up by itself. Errors that waiting cannot fix (a wrong password, a
 * missing database) are thrown at once.
 */
export async function waitForDatabase(url: string, options: WaitOptions = {}): Promise<void> {
  const { log = () => undefined, retryMs = 2000, maxRetryMs = 30_000, connectTimeoutMs = 5000, signal } = options;
  const { hostname, port } = new URL(url);
  const where = `${hostname}:${port || 5432}`; // never the credentials of the URL
  for (let delay = retryMs; ; delay = Math.min(delay * 2, maxRetryMs)) {
    signal?.throwIfAborted();
    const client = new Client({ connectionString: url, connectionTimeoutMillis: connectTimeoutMs });
    client.on('error', () => undefined); // a failed connect also rejects below; this only keeps it from crashing us
    try {
      await client.connect(); // a failed connect closes its own socket
      try {
        await client.query('select 1');
      } finally {
        await client.end().catch(() => undefined);
      }
      return;
    } catch (error) {
      const code = connectionErrorCode(error);
      if (!code) throw error;
      log(`database not reachable at ${where} (${code}), retrying in ${delay / 1000} s`);
    }
    await sleep(delay, undefined, { signal });
  }
}
