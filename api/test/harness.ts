import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { openOrm, type Orm } from '../db/orm';
import { seedCorpus } from '../ingestion/seed-corpus';
import { loadReferenceData } from '../reference/load-reference-data';
import { createApp } from '../server/app';

function adminUrl(): string {
  const url = process.env.TEST_ADMIN_DATABASE_URL;
  if (!url) throw new Error('no test database: run the suite with `npm test` (NO_DB=1 is for unit tests only)');
  return url;
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  orm: Orm;
  url: string;
  /** Closes the ORM and drops the database. */
  drop(): Promise<void>;
}

/** A new, empty database with migrations applied and the province reference data loaded. */
export async function freshDatabase(options: { referenceData?: boolean } = {}): Promise<TestDatabase> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  const orm = await openOrm(url.toString());
  if (options.referenceData !== false) await loadReferenceData(orm.em);
  return {
    orm,
    url: url.toString(),
    async drop() {
      await orm.close();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/**
 * Row counts of every table: proof that a failed operation wrote nothing. A key's ingestion allowance
 * (ingest_budget) is left out: a refused document spends a token too, on purpose.
 */
export async function rowCounts(orm: Orm): Promise<Record<string, number>> {
  const rows: { table_name: string }[] = await orm.em.getConnection().execute(
    `select table_name from information_schema.tables where table_schema = 'public' and table_name not in ('mikro_orm_migrations', 'ingest_budget') order by table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of rows) {
    const [{ n }] = await orm.em.getConnection().execute(`select count(*)::int as n from "${table_name}"`);
    counts[table_name] = n;
  }
  return counts;
}

export interface TestServer {
  url: string;
  /** POSTs a GraphQL request and returns the parsed body. */
  query<T = any>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: any[]; extensions?: any }>;
  /** POSTs a GraphQL request with an Authorization header (none when undefined); the status, headers and parsed body. */
  post(query: string, variables?: Record<string, unknown>, authorization?: string): Promise<{ status: number; headers: Headers; body: { data?: any; errors?: any[]; extensions?: any } }>;
  close(): Promise<void>;
}

/** The real HTTP server on an ephemeral loopback port, statement counts exposed. */
/**
 * The real app on a free port. Its response cache is off unless asked for: tests write to the database
 * directly and read right after, faster than the cache hears of the commit (response-cache.test.ts
 * covers that path).
 */
export async function startServer(orm: Orm, options: { responseCache?: boolean } = {}): Promise<TestServer> {
  const { httpServer, apollo } = await createApp(orm, { exposeStatementCount: true, responseCache: options.responseCache ?? false });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  return {
    url,
    async query(query, variables) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return response.json() as Promise<any>;
    },
    async post(query, variables = {}, authorization) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (authorization !== undefined) headers.authorization = authorization;
      const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      return { status: response.status, headers: response.headers, body: (await response.json()) as any };
    },
    close: () => apollo.stop(),
  };
}

/** A fresh database holding the seed corpus and a server over it: what most integration tests start from. */
export async function seededServer(): Promise<{ db: TestDatabase; server: TestServer }> {
  const db = await freshDatabase();
  await seedCorpus(db.orm.em);
  return { db, server: await startServer(db.orm) };
}

/** Stops the server, then drops its database. */
export async function stopSeededServer({ db, server }: { db: TestDatabase; server: TestServer }): Promise<void> {
  await server.close();
  await db.drop();
}
