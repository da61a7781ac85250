import fs from 'node:fs';
import path from 'node:path';
import { createApiKey } from '../auth/keys';
import { ingest } from '../ingestion/ingest';
import { repoRoot } from '../repo-root';
import { CACHE_HEADER } from '../server/response-cache';
import { freshDatabase, startServer, type TestDatabase, type TestServer } from './harness';

// The response cache against the real server and PostgreSQL: repeated anonymous reads are answered from
// it without SQL, and any committed write (by this server, or directly in the database as the ingest
// command does) makes the next read fresh.

const corpus = (file: string) => fs.readFileSync(path.join(repoRoot(), 'seeds/corpus', file));
const THANH_HOA_402 = '004_218e12ecb44d83c2.txt';

let db: TestDatabase;
let server: TestServer;
let editor: string;

beforeAll(async () => {
  db = await freshDatabase();
  // The seeds but Thanh Hóa's 402-CV/TU, which a test below adds.
  for (const file of fs.readdirSync(path.join(repoRoot(), 'seeds/corpus')).filter((f) => f.endsWith('.txt') && f !== THANH_HOA_402)) {
    await ingest(db.orm.em, corpus(file), { origin: `test:${file}` });
  }
  editor = (await createApiKey(db.orm.em, 'Editor Eve', 'editor')).secret;
  server = await startServer(db.orm, { responseCache: true });
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

async function post(query: string, variables: Record<string, unknown> = {}, key?: string) {
  const { headers, body } = await server.post(query, variables, key ? `Bearer ${key}` : undefined);
  return { cache: headers.get(CACHE_HEADER), body };
}

const COUNT = '{ directives(first: 1) { totalCount } }';
const TARGETS = 'query($n: String!) { directive(number: $n) { targets { id metric value } } }';

/** Reads until `done` holds: a commit's notification reaches the server a moment after the commit. */
async function readUntil(query: string, variables: Record<string, unknown>, done: (body: any) => boolean) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const answer = await post(query, variables);
    if (done(answer.body)) return answer;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`never saw the change: ${query}`);
}

it('answers a repeated anonymous query from the cache, without SQL', async () => {
  const first = await post(COUNT);
  const second = await post(COUNT);
  expect(first.cache).toBe('miss');
  expect(first.body.extensions?.sqlStatements).toBeGreaterThan(0);
  expect(second.cache).toBe('hit');
  expect(second.body.extensions?.sqlStatements).toBe(0);
  expect(second.body.data).toEqual(first.body.data);
  // The same query with other variables is another answer.
  expect((await post(TARGETS, { n: '370-TB/TU' })).cache).toBe('miss');
  expect((await post(TARGETS, { n: '11-TB/BCĐ' })).cache).toBe('miss');
});

it('serves a document ingested by another process on the next reads', async () => {
  const before = (await post(COUNT)).body.data.directives.totalCount;
  expect((await post(COUNT)).cache).toBe('hit');
  // As `npm run ingest` does: straight into PostgreSQL, not through this server.
  await ingest(db.orm.em, corpus(THANH_HOA_402), { origin: 'test:402' });
  const after = await readUntil(COUNT, {}, (body) => body.data.directives.totalCount === before + 1);
  expect(after.cache).toBe('miss');
  expect((await post(COUNT)).cache).toBe('hit');
});

it("serves a correction made through the API on its author's very next read", async () => {
  await post(TARGETS, { n: '370-TB/TU' });
  const cached = await post(TARGETS, { n: '370-TB/TU' });
  expect(cached.cache).toBe('hit');
  const single = cached.body.data.directive.targets.find((t: any) => t.metric === 'RT_PCR_SINGLE_SAMPLES');
  expect(single.value).toBe(15000);

  const corrected = await post(
    'mutation($id: ID!) { correctTarget(id: $id, value: 16000, reason: "The signed scan reads 16.000.") { value } }',
    { id: single.id },
    editor,
  );
  expect(corrected.body.errors).toBeUndefined();
  const next = await post(TARGETS, { n: '370-TB/TU' });
  expect(next.cache).toBe('miss');
  expect(next.body.data.directive.targets.find((t: any) => t.id === single.id).value).toBe(16000);
});

it('does not cache requests with a key, or answers with errors', async () => {
  await post(COUNT, {}, editor);
  expect((await post(COUNT, {}, editor)).cache).toBeNull();
  const broken = '{ directive(id: "not-an-id") { id } }';
  const first = await post(broken);
  expect(first.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect((await post(broken)).cache).toBe('miss');
});

it('is not emptied by a mutation that writes nothing: an anonymous `mutation { __typename }` or a refused one', async () => {
  await post(COUNT);
  expect((await post(COUNT)).cache).toBe('hit');
  expect((await post('mutation { __typename a: __typename }')).body.data).toEqual({ __typename: 'Mutation', a: 'Mutation' });
  const refused = await post('mutation { correctTarget(id: "VGFyZ2V0OjE=", value: 1, reason: "no key") { id } }');
  expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect((await post(COUNT)).cache).toBe('hit');
});
