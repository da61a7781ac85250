import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net, { type AddressInfo } from 'node:net';
import { Client } from 'pg';
import { waitForDatabase } from '../db/database';
import { freePort, type EmbeddedDatabase } from '../db/embedded-postgres';
import { DATABASE_TIMEOUTS, openOrm, type Orm } from '../db/orm';
import { seedCorpus } from '../ingestion/seed-corpus';
import { loadReferenceData } from '../reference/load-reference-data';
import express from 'express';
import { createApp, type AppOptions } from '../server/app';
import { requestTimeout } from '../server/timeout';
import { startDedicatedPostgres } from './dedicated-postgres';
import { startServer, type TestServer } from './harness';

// Faults against a PostgreSQL of this test's own (the shared one must stay up for the other files):
// slow statements, a hung request, internal errors in production mode, then PostgreSQL stopped and
// started again under a running server that is never restarted.

/** What the supervisor of the dedicated PostgreSQL logged (a crash, each restart). */
const supervisorLog: string[] = [];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'directives-faults-'));
const dataDir = path.join(dir, 'pg');
const STATEMENT_TIMEOUT_MS = 2000;
let port: number;
let pg: EmbeddedDatabase;
let orm: Orm;
let server: TestServer;

beforeAll(async () => {
  port = await freePort();
  pg = await startDedicatedPostgres(dataDir, port, (line) => supervisorLog.push(line));
  orm = await openOrm(pg.url, { ...DATABASE_TIMEOUTS, statementTimeoutMs: STATEMENT_TIMEOUT_MS });
  await loadReferenceData(orm.em);
  await seedCorpus(orm.em);
  server = await startServer(orm);
}, 300_000);
afterAll(async () => {
  await server?.close();
  await orm?.close();
  await pg?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const QUERY = '{ provinces { code } directive(number: "370-TB/TU") { number province { code } } }';

/** POSTs a query; a hang fails the test after 10 s instead of blocking it. */
async function ask(base: string, query = QUERY): Promise<{ status: number; body: any }> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(10_000),
  });
  return { status: response.status, body: await response.json() };
}

const probe = (name: 'health' | 'ready') =>
  fetch(`${server.url}/${name}`, { signal: AbortSignal.timeout(10_000) }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));

function expectCorrectAnswer(body: any): void {
  expect(body.errors).toBeUndefined();
  expect(body.data.provinces).toHaveLength(63);
  expect(body.data.directive).toEqual({ number: '370-TB/TU', province: { code: 'VN-13' } });
}

/** Another server on the same ORM, built with `options` (and NODE_ENV as it is while building). */
async function otherServer(options: AppOptions): Promise<{ url: string; close: () => Promise<void> }> {
  const { httpServer, apollo } = await createApp(orm, { responseCache: false, ...options });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`, close: () => apollo.stop() };
}

/** Runs `work` while another session holds an exclusive lock on the province table. */
async function whileProvincesLocked<T>(work: () => Promise<T>): Promise<T> {
  const locker = new Client({ connectionString: pg.url });
  await locker.connect();
  try {
    await locker.query('begin');
    await locker.query('lock table province in access exclusive mode');
    return await work();
  } finally {
    await locker.query('rollback');
    await locker.end();
  }
}

describe('while PostgreSQL runs', () => {
  it('answers', async () => {
    const { status, body } = await ask(server.url);
    expect(status).toBe(200);
    expectCorrectAnswer(body);
    expect((await probe('ready')).body).toEqual({ status: 'ready' });
  });

  it('cancels a statement past statement_timeout and says TIMEOUT', async () => {
    const { body } = await whileProvincesLocked(() => ask(server.url, '{ provinces { code } }'));
    expect(body.errors[0].extensions.code).toBe('TIMEOUT');
    expect(JSON.stringify(body)).not.toMatch(/select|province"|canceling/i);
  });

  it('answers 503 TIMEOUT when a request outlives the HTTP time limit, instead of hanging', async () => {
    const impatient = await otherServer({ requestTimeoutMs: 300 });
    try {
      const { status, body } = await whileProvincesLocked(() => ask(impatient.url, '{ provinces { code } }'));
      expect(status).toBe(503);
      expect(body.errors[0].extensions.code).toBe('TIMEOUT');
      expect(body.errors[0].message).toMatch('0.3 s');
    } finally {
      await impatient.close();
    }
  });

  it('masks internal errors in production mode: no SQL, no stack, no internal message', async () => {
    const saved = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    const production = await otherServer({}).finally(() => (process.env.NODE_ENV = saved));
    const admin = new Client({ connectionString: pg.url });
    await admin.connect();
    try {
      await admin.query('alter table province rename to province_hidden');
      const { body } = await ask(production.url, '{ provinces { code } }');
      expect(body.errors).toEqual([{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' }, path: ['provinces'], locations: [{ line: 1, column: 3 }] }]);
      expect(JSON.stringify(body)).not.toMatch(/select|relation|province_hidden|stacktrace|\.ts:\d+/i);
    } finally {
      await admin.query('alter table province_hidden rename to province');
      await admin.end();
      await production.close();
    }
  });
});

describe('the HTTP time limit', () => {
  it('cuts off a slow query but lets a slow mutation finish, so its client learns whether it wrote', async () => {
    const app = express();
    // The handler answers once the limit has fired (or after 300 ms), as a slow resolver would.
    app.post('/graphql', requestTimeout(50), express.json(), (_req, res) => {
      const answer = () => void (res.headersSent || res.json({ data: { done: true } }));
      res.once('finish', answer);
      setTimeout(answer, 300);
    });
    const httpServer = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => httpServer.once('listening', resolve));
    const base = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
    try {
      const slowQuery = await ask(base, '{ provinces { code } }');
      expect(slowQuery.status).toBe(503);
      expect(slowQuery.body.errors[0].extensions.code).toBe('TIMEOUT');
      const slowMutation = await ask(base, 'mutation { ingestDocument(text: "x") { outcome } }');
      expect(slowMutation).toEqual({ status: 200, body: { data: { done: true } } });
    } finally {
      await new Promise((resolve) => httpServer.close(resolve));
    }
  });
});

describe('a full pool', () => {
  it('answers DATABASE_UNAVAILABLE to the request that waits past the pool\'s acquire time, and recovers', async () => {
    const small = await openOrm(pg.url, { statementTimeoutMs: 10_000, acquireTimeoutMs: 500, connectTimeoutMs: 3000 });
    const { httpServer, apollo } = await createApp(small, { responseCache: false });
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
    try {
      await whileProvincesLocked(async () => {
        // Ten requests wait on the lock, each holding one of the pool's ten connections...
        const blocked = Array.from({ length: 10 }, () => ask(base, '{ provinces { code } }'));
        await new Promise((resolve) => setTimeout(resolve, 300));
        // ...so the eleventh finds none within the acquire time.
        const { body } = await ask(base, '{ provinces { code } }');
        expect(body.data).toBeNull();
        expect(body.errors.map((e: any) => e.extensions.code)).toEqual(['DATABASE_UNAVAILABLE']);
        return blocked;
      }).then(async (blocked) => {
        for (const answer of await Promise.all(blocked)) expect(answer.body.data.provinces).toHaveLength(63);
      });
    } finally {
      await apollo.stop();
      await small.close();
    }
  }, 30_000);
});

describe('a slow body', () => {
  it('is cut off: a client that announces a body and never sends it does not keep its socket', async () => {
    const slow = await otherServer({ receiveTimeoutMs: 1000 });
    const { port: serverPort } = new URL(slow.url);
    try {
      const socket = net.connect(Number(serverPort), '127.0.0.1');
      await new Promise((resolve) => socket.once('connect', resolve));
      socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":');
      const started = Date.now();
      const answer = await new Promise<string>((resolve) => {
        let got = '';
        socket.on('data', (chunk) => (got += chunk.toString()));
        socket.once('close', () => resolve(got));
      });
      // Node answers 408 Request Timeout and closes, within a few checks of the limit (not minutes).
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      expect(Date.now() - started).toBeLessThan(8000);
    } finally {
      await slow.close();
    }
  }, 20_000);
});

describe('PostgreSQL stops, then comes back', () => {
  it('fails fast with DATABASE_UNAVAILABLE while it is down; /health 200, /ready 503', async () => {
    await pg.stop();
    const { status, body } = await ask(server.url);
    expect(status).toBe(200);
    expect(body.data).toBeNull();
    expect(body.errors.map((e: any) => e.extensions.code)).toContain('DATABASE_UNAVAILABLE');
    expect(body.errors[0].message).toMatch(/database is not available/);
    expect(await probe('health')).toEqual({ status: 200, body: { status: 'ok' } });
    const ready = await probe('ready');
    expect(ready.status).toBe(503);
    expect(ready.body).toEqual({ status: 'unavailable', reason: 'database not reachable (ECONNREFUSED)' });
  });

  it('never reads the failure as "unknown province": compare and coverage answer DATABASE_UNAVAILABLE', async () => {
    for (const query of ['{ compare(provinces: ["VN-13", "VN-21"]) { provinces { code } } }', '{ coverage(provinces: ["VN-13"]) { documents } }']) {
      const { body } = await ask(server.url, query);
      expect(body.data).toBeNull();
      expect(body.errors.map((e: any) => e.extensions.code)).toEqual(['DATABASE_UNAVAILABLE']);
    }
  });

  it('start-up wait: logs that it retries, and returns once PostgreSQL answers', async () => {
    const lines: string[] = [];
    const waiting = waitForDatabase(pg.url, { log: (line) => lines.push(line), retryMs: 200, maxRetryMs: 1000 });
    for (let i = 0; i < 100 && lines.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(lines[0]).toBe(`database not reachable at 127.0.0.1:${port} (ECONNREFUSED), retrying in 0.2 s`);
    pg = await startDedicatedPostgres(dataDir, port, (line) => supervisorLog.push(line));
    await waiting;
  });

  it('answers correctly again, without a server restart', async () => {
    const { status, body } = await ask(server.url);
    expect(status).toBe(200);
    expectCorrectAnswer(body);
    expect(await probe('ready')).toEqual({ status: 200, body: { status: 'ready' } });
  });
});

/** The postmaster's process id, from the pid file PostgreSQL keeps in its data directory. */
const postmaster = () => Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);

async function until(check: () => Promise<boolean>, ms: number): Promise<void> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 200))) {
    if (await check().catch(() => false)) return;
  }
  throw new Error(`not within ${ms / 1000} s`);
}

describe('PostgreSQL dies under a running server', () => {
  it('says not ready while PostgreSQL refuses new connections, though the pool\'s own still answer', async () => {
    expect(await probe('ready')).toEqual({ status: 200, body: { status: 'ready' } });
    const pid = postmaster();
    // SIGTERM is a "smart" shutdown: open sessions go on, every new connection is refused (57P03).
    process.kill(pid, 'SIGTERM');
    await until(async () => (await probe('ready')).status === 503, 10_000);
    expect((await probe('ready')).body).toEqual({ status: 'unavailable', reason: 'database not reachable (57P03)' });
    // Then a fast shutdown: it exits, and the supervisor starts it again on the same data and port.
    process.kill(pid, 'SIGINT');
    await until(async () => (await probe('ready')).status === 200, 60_000);
    expect(supervisorLog.some((line) => line.startsWith('PostgreSQL exited unexpectedly'))).toBe(true);
    expect(supervisorLog.some((line) => line.startsWith('PostgreSQL restarted'))).toBe(true);
    expectCorrectAnswer((await ask(server.url)).body);
  }, 90_000);

  it('gives no wrong answer while PostgreSQL is frozen under load: every failure DATABASE_UNAVAILABLE, /ready 503, then recovery', async () => {
    // Every process of the cluster stopped (SIGSTOP): sockets stay open, nothing answers, not even statement_timeout.
    const pids = [postmaster(), ...execFileSync('ps', ['-o', 'pid=', '--ppid', String(postmaster())], { encoding: 'utf8' }).split('\n').map(Number).filter(Boolean)];
    for (const pid of pids) process.kill(pid, 'SIGSTOP');
    try {
      const answers = await Promise.all(Array.from({ length: 12 }, () => ask(server.url)));
      for (const { body } of answers) {
        // An answer is either right or DATABASE_UNAVAILABLE: never partial data, never another code.
        if (body.errors) for (const e of body.errors) expect(e.extensions.code).toBe('DATABASE_UNAVAILABLE');
        else expectCorrectAnswer(body);
      }
      expect(answers.filter((a) => a.body.errors).length).toBeGreaterThan(0);
      expect((await probe('ready')).status).toBe(503);
    } finally {
      for (const pid of pids) process.kill(pid, 'SIGCONT');
    }
    await until(async () => (await probe('ready')).status === 200, 30_000);
    await until(async () => (await ask(server.url)).body.errors === undefined, 30_000);
    expectCorrectAnswer((await ask(server.url)).body);
  }, 90_000);

  it('restarts a PostgreSQL that was killed outright, and the server answers again without a restart', async () => {
    const before = supervisorLog.length;
    process.kill(postmaster(), 'SIGKILL');
    await until(async () => supervisorLog.slice(before).some((line) => line.startsWith('PostgreSQL restarted')), 60_000);
    await until(async () => (await ask(server.url)).body.errors === undefined, 30_000);
    expectCorrectAnswer((await ask(server.url)).body);
    expect(await probe('ready')).toEqual({ status: 200, body: { status: 'ready' } });
  }, 120_000);
});

describe('start-up wait', () => {
  it('gives up at once on what waiting cannot fix (a database that does not exist)', async () => {
    const url = new URL(pg.url);
    url.pathname = '/no_such_database';
    const lines: string[] = [];
    await expect(waitForDatabase(url.toString(), { log: (line) => lines.push(line), retryMs: 100 })).rejects.toThrow(/does not exist/);
    expect(lines).toEqual([]);
  });

  it('stops waiting when aborted (a signal during start-up)', async () => {
    const controller = new AbortController();
    const waiting = waitForDatabase(`postgresql://postgres:postgres@127.0.0.1:${await freePort()}/x`, { retryMs: 60_000, signal: controller.signal });
    setTimeout(() => controller.abort(), 200);
    await expect(waiting).rejects.toThrow(/abort/i);
  });
});
