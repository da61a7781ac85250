import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createApiKey } from '../auth/keys';
import { freePort } from '../db/embedded-postgres';
import { openOrm } from '../db/orm';
import { fromGlobalId } from '../graphql/node/global-id';
import { CACHE_HEADER } from '../server/response-cache';
import { startReplicatedCluster, type ReplicatedCluster } from './replication';
import { startServerProcess, type ServerProcess } from './server-process';

// Past one machine, measured: one PostgreSQL primary, one streaming replica (both real embedded PostgreSQL
// processes) and two API instances, each the real server in a process of its own, as `npm start` runs it
// with DATABASE_URL and DATABASE_REPLICA_URLS. What one instance does, the other sees.

const MAX_LAG_MS = 1500;
const RATE_PER_MINUTE = 4;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'directives-replicas-'));
let cluster: ReplicatedCluster;
let a: ServerProcess;
let b: ServerProcess;
const keys: Record<'editor' | 'ingester', string> = { editor: '', ingester: '' };

beforeAll(async () => {
  cluster = await startReplicatedCluster(dir);
  const env = async () => ({
    DATABASE_URL: cluster.primaryUrl,
    DATABASE_REPLICA_URLS: cluster.replicaUrl,
    DATABASE_REPLICA_MAX_LAG_MS: String(MAX_LAG_MS),
    INGEST_RATE_PER_MINUTE: String(RATE_PER_MINUTE),
    PORT: String(await freePort()),
  });
  // One after the other: the first migrates and loads the seed corpus, the second finds it there.
  a = await startServerProcess(await env());
  b = await startServerProcess(await env());
  const orm = await openOrm(cluster.primaryUrl);
  try {
    keys.editor = (await createApiKey(orm.em, 'Editor Eve', 'editor')).secret;
    keys.ingester = (await createApiKey(orm.em, 'Busy Bea', 'editor')).secret;
  } finally {
    await orm.close();
  }
}, 180_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await cluster?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function post(server: ServerProcess, query: string, variables: Record<string, unknown> = {}, key?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (key) headers.authorization = `Bearer ${key}`;
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(15_000) });
  return { cache: response.headers.get(CACHE_HEADER), body: (await response.json()) as { data?: any; errors?: any[] } };
}

async function ready(server: ServerProcess): Promise<{ status: number; body: any }> {
  const response = await fetch(`${server.url}/ready`, { signal: AbortSignal.timeout(10_000) });
  return { status: response.status, body: await response.json() };
}

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function onReplica<T>(sql: string): Promise<T[]> {
  const client = new Client({ connectionString: cluster.replicaUrl });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Index and sequential scans of the data's tables the replica itself has served (its own statistics). */
const replicaScans = async () =>
  (await onReplica<{ scans: number }>(`select coalesce(sum(seq_scan + coalesce(idx_scan, 0)), 0)::int as scans from pg_stat_user_tables where relname in ('directive', 'target', 'province')`))[0].scans;

const TARGET = '{ targets(first: 1) { edges { node { id value } } } }';
const CORRECT = 'mutation($id: ID!, $value: Float) { correctTarget(id: $id, value: $value, reason: "The signed copy says otherwise.") { value } }';
const INGEST = 'mutation($text: String!) { ingestDocument(text: $text) { outcome } }';

it('both instances are ready and report the replica, streaming, within the lag bound', async () => {
  for (const server of [a, b]) {
    const { status, body } = await ready(server);
    expect(status).toBe(200);
    expect(body.replicas).toHaveLength(1);
    expect(body.replicas[0]).toMatchObject({ inUse: true });
    expect(body.replicas[0].lagMs).toBeLessThanOrEqual(MAX_LAG_MS);
    expect(body.replicas[0].name).not.toMatch(/replicator|postgres:/); // never the credentials
  }
});

it('serves reads from the replica', async () => {
  const before = await replicaScans();
  const all = (await post(a, '{ directives(first: 100) { edges { node { id } } } }')).body.data.directives.edges.length;
  for (let first = 1; first <= 6; first++) {
    // Different pages: every answer is computed, none comes from the response cache.
    const { body } = await post(first % 2 ? a : b, 'query($first: Int) { directives(first: $first) { edges { node { number province { code } } } } }', { first });
    expect(body.errors).toBeUndefined();
    expect(body.data.directives.edges).toHaveLength(Math.min(first, all));
  }
  // Statistics reach the view within a second or so of a statement (PostgreSQL flushes them when idle).
  await until('the replica counts the reads', async () => (await replicaScans()) > before);
});

it('a correction through one instance is read back at once by its author through the other, and invalidates its cache', async () => {
  const { body: first } = await post(b, TARGET);
  const { id, value } = first.data.targets.edges[0].node;
  await until('instance B caches the answer', async () => (await post(b, TARGET)).cache === 'hit');
  const valueOf = (answer: { body: { data?: any } }) => answer.body.data.targets.edges[0].node.value;

  // The replica stops replaying for a moment (within the lag bound, so it stays in use).
  await onReplica('select pg_wal_replay_pause()');
  const corrected = value + 111;
  try {
    const { body } = await post(a, CORRECT, { id, value: corrected }, keys.editor);
    expect(body.errors).toBeUndefined();
    expect(body.data.correctTarget.value).toBe(corrected);
    // Read-your-writes through the other instance, with no wait: the replica has not replayed the key's last
    // write, so B reads it from the primary.
    expect(valueOf(await post(b, TARGET, {}, keys.editor))).toBe(corrected);
    // B's cache was cleared by PostgreSQL's notification; what B reads meanwhile from the lagging replica is
    // never kept: no answer with the old value comes from the cache.
    await until('instance B forgets its cached answer', async () => (await post(b, TARGET)).cache === 'miss');
    const meanwhile = await post(b, TARGET);
    expect(meanwhile.cache === 'hit' ? valueOf(meanwhile) : corrected).toBe(corrected);
  } finally {
    await onReplica('select pg_wal_replay_resume()');
  }
  await until('instance B serves the corrected value to anonymous readers', async () => valueOf(await post(b, TARGET)) === corrected, 5000);
  await until('and caches it again', async () => (await post(b, TARGET)).cache === 'hit');
  expect(valueOf(await post(b, TARGET))).toBe(corrected);
});

it(`holds one key to ${RATE_PER_MINUTE} documents a minute across both instances`, async () => {
  for (let i = 0; i < RATE_PER_MINUTE; i++) {
    const { body } = await post(i % 2 ? b : a, INGEST, { text: '' }, keys.ingester);
    expect(body.errors![0].extensions.code).toBe('UNPROCESSABLE_DOCUMENT');
  }
  // In memory, each instance would still allow half the budget; in PostgreSQL, it is spent.
  for (const server of [a, b]) {
    const { body } = await post(server, INGEST, { text: '' }, keys.ingester);
    expect(body.errors![0].extensions.code).toBe('RATE_LIMITED');
    expect(body.errors![0].extensions.retryAfter).toBeGreaterThanOrEqual(1);
  }
  // Another key keeps its own budget.
  expect((await post(b, INGEST, { text: '' }, keys.editor)).body.errors![0].extensions.code).toBe('UNPROCESSABLE_DOCUMENT');
});

it('leaves out a replica that lags past the bound, reading from the primary meanwhile, and takes it back once it has caught up', async () => {
  await onReplica('select pg_wal_replay_pause()');
  try {
    const { body: first } = await post(a, TARGET);
    const { id, value } = first.data.targets.edges[0].node;
    expect((await post(a, CORRECT, { id, value: value + 1 }, keys.editor)).body.errors).toBeUndefined();

    const left = await until('instance B leaves the replica out', async () => {
      const { status, body } = await ready(b);
      return status === 200 && !body.replicas[0].inUse ? body.replicas[0] : null;
    });
    expect(left.lagMs).toBeGreaterThan(MAX_LAG_MS);
    expect(left.reason).toBe(`lag over ${MAX_LAG_MS} ms`);
    // The replica still holds the old value; anonymous readers get the new one from the primary.
    const [{ value: onReplicaNow }] = await onReplica<{ value: number }>(`select value from target where id = ${Number(fromGlobalId(id).key)}`);
    expect(onReplicaNow).toBe(value);
    expect((await post(b, TARGET)).body.data.targets.edges[0].node.value).toBe(value + 1);
  } finally {
    await onReplica('select pg_wal_replay_resume()');
  }
  await until('instance B takes the replica back', async () => (await ready(b)).body.replicas[0].inUse);
});
