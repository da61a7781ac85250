import fs from 'node:fs';
import path from 'node:path';
import { getOperationAST, parse } from 'graphql';
import { buildDirectiveSchema } from '../graphql/schema';
import { seedCorpus } from '../ingestion/seed-corpus';
import { repoRoot } from '../repo-root';
import type { AddressInfo } from 'node:net';
import { createApp } from '../server/app';
import { operationCost } from '../server/cost';
import { LIMITS } from '../server/limits';
import { freshDatabase, startServer, type TestDatabase, type TestServer } from './harness';

// Hostile requests against the real server: each is refused with its code and a message naming the
// limit, before a single SQL statement runs, and the server answers normally afterwards.

let db: TestDatabase;
let server: TestServer;
/** Every statement this test's ORM sends, whatever answer (if any) exposes a count. */
let statements = 0;

beforeAll(async () => {
  db = await freshDatabase();
  await seedCorpus(db.orm.em);
  server = await startServer(db.orm);
  db.orm.em.getConnection().getKnex().on('query', () => statements++);
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

async function post(body: string): Promise<{ status: number; json: any }> {
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: response.status, json: await response.json() };
}

/** Sends `body` and checks it is refused with `code`, with no SQL statement run. */
async function expectRefused(body: string, code: string, status = 400): Promise<string> {
  const before = statements;
  const { status: got, json } = await post(body);
  expect(json.errors?.[0]?.extensions?.code).toBe(code);
  expect(got).toBe(status);
  expect(json.data).toBeUndefined();
  expect(statements - before).toBe(0);
  if (json.extensions?.sqlStatements !== undefined) expect(json.extensions.sqlStatements).toBe(0);
  expect(JSON.stringify(json)).not.toMatch(/stacktrace|at .*\.(ts|js):\d+/);
  return json.errors[0].message;
}

const query = (text: string, variables?: Record<string, unknown>) => JSON.stringify({ query: text, variables });

describe('refused before execution', () => {
  it('deep nesting: directive -> renditions -> directive -> ...', async () => {
    let selection = 'id';
    for (let i = 0; i < 8; i++) selection = `renditions { directive { ${selection} } }`;
    const message = await expectRefused(query(`{ directive(number: "370-TB/TU") { ${selection} } }`), 'DEPTH_LIMIT_EXCEEDED');
    expect(message).toMatch(`depth limit of ${LIMITS.depth} exceeded`);
  });

  it('an alias flood: 500 aliases', async () => {
    const aliases = Array.from({ length: 500 }, (_, i) => `a${i}: __typename`).join(' ');
    const message = await expectRefused(query(`{ ${aliases} }`), 'ALIAS_LIMIT_EXCEEDED');
    expect(message).toBe(`Aliases limit of ${LIMITS.aliases} exceeded, found 500.`);
  });

  it('aliases that each run a resolver', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `p${i}: provinces { code }`).join(' ');
    await expectRefused(query(`{ ${aliases} }`), 'ALIAS_LIMIT_EXCEEDED');
  });

  it('a huge page: first: 100000, also through a variable, and first: 101 beside other fields', async () => {
    const message = await expectRefused(query('{ directives(first: 100000) { edges { node { id number } } } }'), 'BAD_USER_INPUT');
    expect(message).toBe('"first" of directives must be between 0 and 100, not 100000');
    await expectRefused(query('query($n: Int!) { directives(first: $n) { edges { node { id } } } }', { n: 100000 }), 'BAD_USER_INPUT');
    // Refused before the other fields run, not after.
    await expectRefused(query('{ provinces { code } measures(first: 101) { totalCount } }'), 'BAD_USER_INPUT');
  });

  it('a NUL character in a string argument, literal or variable', async () => {
    const message = await expectRefused(query('{ search(query: "x\\u0000y") { totalCount } }'), 'BAD_USER_INPUT');
    expect(message).toBe('"query" of search contains a NUL character');
    await expectRefused(query('query($p: [String!]) { directives(provinces: $p) { totalCount } }', { p: ['VN-13\u0000'] }), 'BAD_USER_INPUT');
  });

  it('a date outside the years 1900-2100', async () => {
    const message = await expectRefused(query('{ directives(from: "0000-01-01") { totalCount } }'), 'BAD_USER_INPUT');
    expect(message).toContain('0000-01-01 is outside the years 1900-2100');
    await expectRefused(query('query($d: LocalDate) { directives(from: $d) { totalCount } }', { d: '0000-01-01' }), 'BAD_USER_INPUT');
  });

  it('a list of 20,000 provinces, and variables nested 200,000 deep', async () => {
    const names = Array.from({ length: 20_000 }, (_, i) => `VN-${i}`);
    const message = await expectRefused(query('query($p: [String!]!) { compare(provinces: $p) { sharedPassageCount } }', { p: names }), 'BAD_USER_INPUT');
    expect(message).toBe('a list in the variables has 20000 items; at most 100');
    const deep = `{"query":"query($p: [String!]) { directives(provinces: $p) { totalCount } }","variables":{"p":${'['.repeat(200_000)}"x"${']'.repeat(200_000)}}}`;
    const refused = await post(deep);
    expect(refused.status).toBe(400);
    expect(refused.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a cost that multiplies pages: every directive of every province with its clauses', async () => {
    const text = `{ provinces { code directives(first: 100) { edges { node { number renditions { clauses { label text } } } } } } }`;
    const message = await expectRefused(query(text), 'QUERY_TOO_COMPLEX');
    // 63 provinces x 100 directives x their renditions x their clauses
    expect(Number(/cost (\d+)/.exec(message)![1])).toBeGreaterThan(10 * LIMITS.cost);
  });

  it('a query over the token limit', async () => {
    const fields = Array.from({ length: LIMITS.tokens }, () => 'code').join(' ');
    const message = await expectRefused(query(`{ provinces { ${fields} } }`), 'TOKEN_LIMIT_EXCEEDED');
    expect(message).toBe(`Token limit of ${LIMITS.tokens} exceeded.`);
  });

  it('a query over the character limit', async () => {
    const padding = '#'.repeat(LIMITS.queryCharacters) + '\n';
    const message = await expectRefused(query(`${padding}{ provinces { code } }`), 'QUERY_TOO_LONG');
    expect(message).toMatch(`limit of ${LIMITS.queryCharacters} characters exceeded`);
  });

  it('a directive flood', async () => {
    const fields = Array.from({ length: LIMITS.directives + 1 }, () => 'code @include(if: true)').join(' ');
    await expectRefused(query(`{ provinces { ${fields} } }`), 'DIRECTIVE_LIMIT_EXCEEDED');
  });

  it('a syntax error: still GRAPHQL_PARSE_FAILED once the token counter has parsed it too', async () => {
    await expectRefused(query('{ provinces { code }'), 'GRAPHQL_PARSE_FAILED');
  });

  it('a fragment cycle', async () => {
    const text = '{ ...A } fragment A on Query { provinces { code } ...B } fragment B on Query { ...A }';
    await expectRefused(query(text), 'GRAPHQL_VALIDATION_FAILED');
  });

  it('batching abuse: a JSON array of 50 operations', async () => {
    const batch = JSON.stringify(Array.from({ length: 50 }, () => ({ query: '{ provinces { code directives { totalCount } } }' })));
    await expectRefused(batch, 'BAD_REQUEST');
  });

  it('a 2 MB body, answered as a GraphQL error with 413', async () => {
    const body = query('query($text: String) { provinces { code } }', { text: 'x'.repeat(2 * 1024 * 1024) });
    const message = await expectRefused(body, 'PAYLOAD_TOO_LARGE', 413);
    expect(message).toBe('The request body exceeds the limit of 1 MiB.');
  });

  it('a body that is not JSON, answered as a GraphQL error', async () => {
    await expectRefused('{"query": "{ provinces { code } }"', 'BAD_REQUEST');
  });
});

describe('after all that', () => {
  it('still answers a normal query correctly', async () => {
    const { status, json } = await post(query('{ provinces { code } province(code: "VN-13") { name } directives(provinces: ["VN-13"]) { totalCount } }'));
    expect(status).toBe(200);
    expect(json.errors).toBeUndefined();
    expect(json.data.provinces).toHaveLength(63);
    expect(json.data.province.name).toBe('Quảng Ninh');
    expect(json.data.directives.totalCount).toBe(3);
  });

  it('lets the heaviest legitimate query through: 100 directives with renditions and clauses', async () => {
    const { json } = await post(
      query(`{ directives(first: 100) { edges { node {
        number issuedOn province { code name } issuer { name }
        renditions { format quality clauses { label text parent { label } } }
        clauses { label }
      } } } }`),
    );
    expect(json.errors).toBeUndefined();
    expect(json.data.directives.edges.length).toBeGreaterThan(0);
  });
});

describe('the limits leave room for every example operation', () => {
  const dir = path.join(repoRoot(), 'schema/operations');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.graphql'));
  it.each(files)('%s', (file) => {
    const document = parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    const operation = getOperationAST(document)!;
    const cost = operationCost(buildDirectiveSchema(), document, operation, { provinces: ['VN-13', 'VN-21'] });
    expect(cost).toBeLessThanOrEqual(LIMITS.cost);
  });
});

describe('bounded answers', () => {
  it('refuses an amplification by the cost of long texts, or by the size of the answer, and keeps serving others meanwhile', async () => {
    const aliases = (n: number, selection: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: directive(number: "370-TB/TU") { ${selection} }`).join(' ')} }`;
    // Rendition texts are priced by their size class: a page of a hundred directives with them passes the cost limit.
    const message = await expectRefused(query('{ directives(first: 100) { edges { node { renditions { text } } } } }'), 'QUERY_TOO_COMPLEX');
    expect(message).toMatch(/^Query cost 2\d{5} exceeds the limit of 50000/);

    // Clause texts are cheap one by one, but 20 copies of a directive's clauses pass a size budget: one error,
    // no data. The budget is lowered to 100,000 characters for the seeds' texts; the server's is 8 million.
    const { httpServer, apollo } = await createApp(db.orm, { responseCache: false, responseTextBudget: 100_000 });
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
    const ask = (text: string) =>
      fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: query(text) }).then(async (r) => ({ status: r.status, json: (await r.json()) as any }));
    try {
      const amplified = () => ask(aliases(20, 'renditions { clauses { text } }'));
      const [a, b, c, health, other] = await Promise.all([
        amplified(),
        amplified(),
        amplified(),
        fetch(`${base}/health`, { signal: AbortSignal.timeout(5000) }),
        ask('{ directive(number: "370-TB/TU") { number } }'),
      ]);
      for (const refused of [a, b, c]) {
        expect(refused.status).toBe(200);
        expect(refused.json).toEqual({ data: null, errors: [{ message: expect.stringContaining('more than 100,000 characters of text'), extensions: { code: 'RESPONSE_TOO_LARGE' } }] });
      }
      expect(health.status).toBe(200);
      expect(other.json.data).toEqual({ directive: { number: '370-TB/TU' } });
      // One copy fits.
      const one = await ask(aliases(1, 'renditions { clauses { text } }'));
      expect(one.json.errors).toBeUndefined();
      expect(one.json.data.a0.renditions[0].clauses.length).toBeGreaterThan(5);
    } finally {
      await apollo.stop();
    }
  });
});

describe('automatic persisted queries', () => {
  it('answers a hash that does not match its query with BAD_REQUEST, not an internal error', async () => {
    const { status, json } = await post(JSON.stringify({ query: '{ provinces { code } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }));
    expect(status).toBe(400);
    expect(json.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(json.errors[0].message).toBe('provided sha does not match query');
  });
});
