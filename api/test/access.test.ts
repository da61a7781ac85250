import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { keysCommand } from '../cli/keys';
import { ApiKey } from '../db/entities';
import { ingest } from '../ingestion/ingest';
import { repoRoot } from '../repo-root';
import { freshDatabase, rowCounts, startServer, type TestDatabase, type TestServer } from './harness';

// Access control against the real server: reads are public, writes need an editor key, and a key is
// printed once at creation and nowhere else (console output is captured throughout).

const corpus = (file: string) => fs.readFileSync(path.join(repoRoot(), 'seeds/corpus', file), 'utf8');
const CV_402 = '004_218e12ecb44d83c2.txt';

let db: TestDatabase;
let server: TestServer;
const logged: string[] = [];
const keys: Record<'editor' | 'reader' | 'revoked' | 'limited', { id: number; secret: string }> = {} as never;

const gql = (query: string, variables: Record<string, unknown> = {}, authorization?: string) => server.post(query, variables, authorization);
const bearer = (secret: string) => `Bearer ${secret}`;

/** Runs `npm run keys -- ...` in-process, printing through console as the command does. */
async function keysCli(...args: string[]): Promise<{ code: number; out: string[] }> {
  const out: string[] = [];
  const code = await keysCommand(db.orm.em, args, {
    out: (line) => (out.push(line), console.log(line)),
    err: (line) => (out.push(line), console.error(line)),
  });
  return { code, out };
}

async function createKey(name: string, role: string) {
  const { code, out } = await keysCli('create', name, '--role', role);
  expect(code).toBe(0);
  return { id: Number(/#(\d+)/.exec(out[0])![1]), secret: out[1] };
}

beforeAll(async () => {
  // Everything the process prints, from here on, is kept to search for keys.
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => void logged.push(format(...args)));
  }
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    jest.spyOn(stream, 'write').mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
      logged.push(String(chunk));
      return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as never);
  }
  db = await freshDatabase();
  for (const file of ['000_a3b2abe26640b73b.txt', '001_c0365480307932db.txt']) await ingest(db.orm.em, fs.readFileSync(path.join(repoRoot(), 'seeds/corpus', file)));
  server = await startServer(db.orm);
  keys.editor = await createKey('Editor Eve', 'editor');
  keys.reader = await createKey('Reader Rob', 'reader');
  keys.revoked = await createKey('Former Fay', 'editor');
  keys.limited = await createKey('Busy Bea', 'editor');
  expect((await keysCli('revoke', String(keys.revoked.id))).code).toBe(0);
});

afterAll(async () => {
  await server.close();
  await db.drop();
  jest.restoreAllMocks();
});

const INGEST = `mutation($text: String!, $origin: String) {
  ingestDocument(text: $text, origin: $origin) {
    outcome factsFromThisText
    facts { measures targets sloganMentions agencyMentions references }
    directive { number targets { metric value } }
    rendition { origin format }
  }
}`;
const CORRECT = `mutation($id: ID!, $value: Float, $reason: String!) { correctTarget(id: $id, value: $value, reason: $reason) { value corrected } }`;

async function firstTargetId(): Promise<string> {
  const { body } = await gql('{ targets(first: 1) { edges { node { id value } } } }');
  return body.data.targets.edges[0].node.id;
}

describe('without an editor key', () => {
  const denied: [string, () => string | undefined, string][] = [
    ['no key', () => undefined, 'UNAUTHENTICATED'],
    ['an empty header', () => '', 'UNAUTHENTICATED'],
    ['a header that is not Bearer', () => `Basic ${Buffer.from('eve:secret').toString('base64')}`, 'UNAUTHENTICATED'],
    ['a wrong key', () => bearer('dcp_' + 'x'.repeat(43)), 'UNAUTHENTICATED'],
    ['a malformed key', () => bearer('letmein'), 'UNAUTHENTICATED'],
    ['a revoked key', () => bearer(keys.revoked.secret), 'UNAUTHENTICATED'],
    ['a reader key', () => bearer(keys.reader.secret), 'FORBIDDEN'],
  ];

  it.each(denied)('refuses ingestDocument with %s, writing nothing', async (_what, header, code) => {
    const before = await rowCounts(db.orm);
    const { status, body } = await gql(INGEST, { text: corpus(CV_402) }, header());
    expect(status).toBe(200);
    expect(body.data).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].extensions.code).toBe(code);
    expect(body.errors![0].message).toMatch(/key|Authorization/);
    expect(await rowCounts(db.orm)).toEqual(before);
  });

  it.each(denied)('refuses correctTarget with %s, writing nothing', async (_what, header, code) => {
    const id = await firstTargetId();
    const before = await rowCounts(db.orm);
    const { status, body } = await gql(CORRECT, { id, value: 1, reason: 'testing access' }, header());
    expect(status).toBe(200);
    expect(body.errors![0].extensions.code).toBe(code);
    expect(await rowCounts(db.orm)).toEqual(before);
  });

  it('still checks the key before the arguments: no hint about ids to anonymous callers', async () => {
    const { body } = await gql(CORRECT, { id: 'not-an-id', value: -1, reason: '' });
    expect(body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('serves reads to anyone, with or without a (bad) key', async () => {
    for (const header of [undefined, bearer('nonsense'), bearer(keys.revoked.secret), bearer(keys.reader.secret)]) {
      const { status, body } = await gql('{ directives { totalCount } targets(first: 1) { edges { node { value corrected } } } }', {}, header);
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data.directives.totalCount).toBe(1);
    }
  });
});

describe('with an editor key', () => {
  it('ingests a document and answers what it did', async () => {
    const auth = bearer(keys.editor.secret);
    const first = await gql(INGEST, { text: corpus(CV_402), origin: 'thanhhoa.dcs.vn/402' }, auth);
    expect(first.body.errors).toBeUndefined();
    const payload = first.body.data.ingestDocument;
    expect(payload).toMatchObject({ outcome: 'NEW_DIRECTIVE', factsFromThisText: true, directive: { number: '402-CV/TU' }, rendition: { origin: 'thanhhoa.dcs.vn/402' } });
    expect(payload.facts.targets).toBe(3);
    expect(payload.facts.measures).toBeGreaterThan(10);
    expect(payload.directive.targets).toContainEqual({ metric: 'RT_PCR_SINGLE_SAMPLES', value: 8000 });

    const again = await gql(INGEST, { text: corpus(CV_402) }, auth);
    expect(again.body.data.ingestDocument).toMatchObject({ outcome: 'UNCHANGED', rendition: { origin: 'thanhhoa.dcs.vn/402' } });
  });

  it.each([
    ['an empty text', '', 'EMPTY'],
    ['whitespace', ' \n\t\n', 'EMPTY'],
    ['binary data', 'PNG\u0000\u0001\u0002IHDR', 'NOT_TEXT'],
    ['prose that is no directive', 'Hôm nay trời đẹp. Chúng tôi đi chơi công viên và ăn kem.\n', 'NOT_A_DIRECTIVE'],
    ['a text over 512 KB', 'a'.repeat(600 * 1024), 'TOO_LARGE'],
  ])('rejects %s as UNPROCESSABLE_DOCUMENT, writing nothing', async (_what, text, reason) => {
    const before = await rowCounts(db.orm);
    const { status, body } = await gql(INGEST, { text }, bearer(keys.editor.secret));
    expect(status).toBe(200);
    expect(body.errors![0].extensions).toEqual({ code: 'UNPROCESSABLE_DOCUMENT', reason });
    expect(body.errors![0].message.length).toBeGreaterThan(10);
    expect(await rowCounts(db.orm)).toEqual(before);
  });

  it('corrects a fact', async () => {
    const id = await firstTargetId();
    const { body } = await gql(CORRECT, { id, value: 16000, reason: 'the signed copy says 16.000' }, bearer(keys.editor.secret));
    expect(body.errors).toBeUndefined();
    expect(body.data.correctTarget).toEqual({ value: 16000, corrected: true });
  });

  it('limits each key to 30 documents a minute, with a retry delay', async () => {
    const auth = bearer(keys.limited.secret);
    for (let i = 0; i < 30; i++) {
      const { body } = await gql(INGEST, { text: '' }, auth);
      expect(body.errors![0].extensions.code).toBe('UNPROCESSABLE_DOCUMENT');
    }
    const { status, body } = await gql(INGEST, { text: corpus(CV_402) }, auth);
    expect(status).toBe(200);
    expect(body.errors![0].extensions.code).toBe('RATE_LIMITED');
    expect(body.errors![0].extensions.retryAfter).toBeGreaterThanOrEqual(1);
    expect(body.errors![0].extensions.retryAfter).toBeLessThanOrEqual(2);
    // Other keys keep their own allowance.
    expect((await gql(INGEST, { text: '' }, bearer(keys.editor.secret))).body.errors![0].extensions.code).toBe('UNPROCESSABLE_DOCUMENT');
  });

  it('stops working the moment the key is revoked', async () => {
    const extra = await createKey('Temporary Tam', 'editor');
    const auth = bearer(extra.secret);
    expect((await gql(INGEST, { text: '' }, auth)).body.errors![0].extensions.code).toBe('UNPROCESSABLE_DOCUMENT');
    expect((await keysCli('revoke', String(extra.id))).code).toBe(0);
    expect((await gql(INGEST, { text: '' }, auth)).body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('keys', () => {
  it('are listed and revoked from the command line, without their secrets', async () => {
    const { code, out } = await keysCli('list');
    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(/#1\teditor\tactive\t.*Editor Eve/);
    expect(out.join('\n')).toMatch(/#3\teditor\trevoked .*Former Fay/);
    expect((await keysCli('revoke', '999')).code).toBe(1);
    expect((await keysCli('create', 'No Role')).code).toBe(2);
    expect((await keysCli('create', 'Bad Role', '--role', 'admin')).code).toBe(2);
  });

  it('are stored only as SHA-256 hashes', async () => {
    const rows = await db.orm.em.fork().find(ApiKey, {});
    const stored = JSON.stringify(await db.orm.em.getConnection().execute('select * from api_key'));
    for (const { secret } of Object.values(keys)) expect(stored).not.toContain(secret);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.hash))).toBe(true);
  });

  it('appear in the output once, when created, and never in any log', () => {
    const everything = logged.join('\n');
    for (const { secret } of Object.values(keys)) {
      expect(everything.split(secret).length - 1).toBe(1);
      // Not even the random part without its prefix.
      expect(everything.split(secret.slice(4)).length - 1).toBe(1);
    }
  });
});

describe('key names', () => {
  it('refuses a name with a line break or a terminal escape, which `keys list` would print as forged rows', async () => {
    const before = await db.orm.em.fork().count(ApiKey, {});
    for (const name of ['Eve\n#99 editor active forged', 'Eve\u001b[2J']) {
      await expect(keysCli('create', name, '--role', 'editor')).rejects.toThrow('a key name cannot hold control characters');
    }
    expect(await db.orm.em.fork().count(ApiKey, {})).toBe(before);
  });
});
