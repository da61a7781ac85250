import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createApiKey } from '../auth/keys';
import { ingestFile } from '../cli/ingest';
import { seedCorpus } from '../ingestion/seed-corpus';
import { repoRoot } from '../repo-root';
import { freshDatabase, rowCounts, startServer, type TestDatabase, type TestServer } from './harness';

// Malformed documents by the thousand, through the command line's per-file function and through the
// GraphQL mutation: each is ingested or rejected with a message, nothing crashes, and the row counts
// change only by whole directives and renditions. FUZZ_SEED=n reproduces (or varies) a run.

const SEED = Number(process.env.FUZZ_SEED ?? 20210928);
const CLI_DOCUMENTS = 2000;
const HTTP_DOCUMENTS = 200;
// About 40 s on an idle machine; the margin is for a busy one (2000 ingestions took 140 s beside two
// benchmarks on 2 cores). A guard against a hang, not a measure of speed.
const TIMEOUT = 300_000;

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)];
  const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => int(0, 255)));
  return { next, int, pick, bytes };
}
type Rng = ReturnType<typeof generator>;

const seeds = fs
  .readdirSync(path.join(repoRoot(), 'seeds/corpus'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => fs.readFileSync(path.join(repoRoot(), 'seeds/corpus', f)));

// Directive vocabulary, so that some random texts get past the first checks. No document number:
// those make texts acceptable (see skeleton), and acceptance is the slow path.
const WORDS = ['Tỉnh ủy', 'Quảng Ninh', 'THÔNG BÁO', 'Kính gửi', 'phòng, chống dịch', 'COVID-19', 'xét nghiệm', 'ngày 28 tháng 9 năm 2021', 'Nơi nhận', 'T/M BAN THƯỜNG VỤ', '1.', 'a)', '15.000 mẫu/ngày', 'Điều 1.'];
const SCRIPTS: [number, number][] = [
  [0x41, 0x7a], // Latin
  [0xc0, 0x1ef9], // Latin with diacritics, Vietnamese
  [0x300, 0x36f], // combining marks
  [0x400, 0x4ff], // Cyrillic
  [0x590, 0x6ff], // Hebrew, Arabic
  [0x4e00, 0x4fff], // CJK
  [0x1f300, 0x1f64f], // emoji (surrogate pairs)
  [0x200b, 0x200f], // zero-width and direction marks
  [0xd800, 0xdfff], // lone surrogates: not encodable, UTF-8 writes U+FFFD for them
];

function mixedScripts(rng: Rng): string {
  let out = '';
  const length = rng.int(1, 1500);
  while (out.length < length) {
    if (rng.next() < 0.1) out += rng.pick(WORDS);
    else if (rng.next() < 0.1) out += rng.pick(['\n', '\n\n', ' ', '\t', '\r\n', '\u2028']);
    else {
      const [lo, hi] = rng.pick(SCRIPTS);
      out += String.fromCodePoint(rng.int(lo, hi));
    }
  }
  return out;
}

function html(rng: Rng): string {
  const body = Array.from({ length: rng.int(0, 40) }, () => `<${rng.pick(['p', 'div', 'span', 'td', 'li'])} class="x${rng.int(0, 9)}">${rng.pick(WORDS)} ${mixedScripts(rng).slice(0, rng.int(0, 80))}</p>`).join('\n');
  const inner = rng.next() < 0.2 ? seeds[rng.int(0, seeds.length - 1)].toString('utf8').slice(0, rng.int(0, 3000)) : '';
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${rng.pick(WORDS)}</title><script>var a = "</p>";</script></head><body>${body}${inner}</body></html>`;
}

/** A seed's bytes cut inside a multi-byte character: never valid UTF-8. */
function truncatedUtf8(rng: Rng): Buffer {
  const bytes = rng.pick(seeds);
  for (;;) {
    const cut = rng.int(1, bytes.length - 1);
    if ((bytes[cut] & 0xc0) === 0x80) return bytes.subarray(0, cut);
  }
}

function binary(rng: Rng): Buffer {
  const magic = rng.pick([Buffer.from('%PDF-1.7\n'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('PK\u0003\u0004'), Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(0)]);
  return Buffer.concat([magic, rng.bytes(rng.int(1, 4000))]);
}

/** A seed directive with garbage after it. Text garbage makes a new, accepted, rendition: kept rare. */
function seedWithGarbage(rng: Rng): Buffer {
  const base = rng.pick(seeds);
  const roll = rng.next();
  const garbage =
    roll < 0.45 ? rng.bytes(rng.int(1, 500)) : roll < 0.9 ? Buffer.from(Array.from({ length: rng.int(400, 2000) }, () => rng.int(1, 31))) : Buffer.from(`\n${mixedScripts(rng)}`);
  return Buffer.concat([base, garbage]);
}

/** A made-up directive: header, numbered clauses, signature, random words in between. */
function skeleton(rng: Rng): string {
  const clauses = Array.from({ length: rng.int(0, 6) }, (_, i) => `${i + 1}. ${rng.pick(['Yêu cầu', 'Giao', 'Nghiêm cấm', 'Khuyến khích'])} ${rng.pick(WORDS)} ${mixedScripts(rng).slice(0, rng.int(0, 200))}.`);
  return [`TỈNH ỦY ${rng.pick(['QUẢNG NINH', 'THANH HÓA', 'HÀ GIANG', 'ATLANTIS'])}`, `Số ${rng.int(1, 999)}-${rng.pick(['TB', 'CV', 'KH', 'ZZ'])}/TU`, `${rng.pick(['Hạ Long', 'Thanh Hóa'])}, ngày ${rng.int(1, 31)} tháng ${rng.int(1, 13)} năm ${rng.int(2019, 2023)}`, rng.pick(['THÔNG BÁO', 'CÔNG VĂN', '']), ...clauses, rng.pick(['T/M BAN THƯỜNG VỤ', '']), rng.pick(['Nguyễn Văn A', ''])].join('\n');
}

type Kind = 'random bytes' | 'truncated utf-8' | 'html' | 'binary' | 'huge' | 'empty' | 'seed + garbage' | 'mixed scripts' | 'skeleton';

/** One malformed document; huge ones exceed `limit` (the CLI's 2 MiB, the mutation's 512 KiB). */
function documentOf(rng: Rng, limit: number): { kind: Kind; bytes: Buffer } {
  const roll = rng.next();
  if (roll < 0.003) return { kind: 'huge', bytes: Buffer.alloc(limit + rng.int(1, 64 * 1024), rng.pick(['a', 'Tỉnh ủy ', '\n'])) };
  if (roll < 0.013) return { kind: 'seed + garbage', bytes: seedWithGarbage(rng) };
  if (roll < 0.028) return { kind: 'skeleton', bytes: Buffer.from(skeleton(rng)) };
  if (roll < 0.18) return { kind: 'random bytes', bytes: rng.bytes(rng.int(0, 4096)) };
  if (roll < 0.33) return { kind: 'truncated utf-8', bytes: truncatedUtf8(rng) };
  if (roll < 0.48) return { kind: 'html', bytes: Buffer.from(html(rng)) };
  if (roll < 0.63) return { kind: 'binary', bytes: binary(rng) };
  if (roll < 0.7) return { kind: 'empty', bytes: Buffer.from(rng.pick(['', ' ', '\n\n\n', '\uFEFF', '\t \r\n', '\u00a0'])) };
  return { kind: 'mixed scripts', bytes: Buffer.from(mixedScripts(rng)) };
}

let db: TestDatabase;
let server: TestServer;
let tables: string[];

let counter: Client;

/**
 * Every table's row count, in one prepared statement: cheap enough to run after each document. The
 * harness's rowCounts is checked against it now and then.
 */
async function counts(): Promise<Record<string, number>> {
  const { rows } = await counter.query({ name: 'counts', text: `select ${tables.map((t) => `(select count(*)::int from "${t}") as "${t}"`).join(', ')}` });
  return rows[0];
}

/** What may change: only a whole directive (with its first rendition) or a whole rendition. */
function checkDelta(before: Record<string, number>, after: Record<string, number>, outcome: string | undefined): string | null {
  const changed = tables.filter((t) => before[t] !== after[t]);
  if (outcome === undefined || outcome === 'UNCHANGED') return changed.length ? `wrote ${changed.join(', ')}` : null;
  const directives = after.directive - before.directive;
  const renditions = after.rendition - before.rendition;
  const expected = outcome === 'NEW_DIRECTIVE' ? [1, 1] : [0, 1];
  return directives === expected[0] && renditions === expected[1] ? null : `${outcome} but directives +${directives}, renditions +${renditions}`;
}

/** Structural invariants a partial write would break. */
async function orphans(): Promise<number> {
  const [{ n }] = await db.orm.em.getConnection().execute(`select
    (select count(*) from directive d where not exists (select 1 from rendition r where r.directive_id = d.id))
    + (select count(*) from measure m join rendition r on r.id = m.rendition_id where r.directive_id <> m.directive_id)
    + (select count(*) from target t join rendition r on r.id = t.rendition_id where r.directive_id <> t.directive_id) as n`);
  return Number(n);
}

beforeAll(async () => {
  db = await freshDatabase();
  await seedCorpus(db.orm.em);
  server = await startServer(db.orm);
  tables = Object.keys(await rowCounts(db.orm));
  counter = new Client({ connectionString: db.url });
  await counter.connect();
});
afterAll(async () => {
  await counter.end();
  await server.close();
  await db.drop();
});

describe(`fuzzing ingestion (FUZZ_SEED=${SEED})`, () => {
  it(`accepts or rejects ${CLI_DOCUMENTS} malformed files through the command line's function, writing only whole documents`, async () => {
    const rng = generator(SEED);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuzz-'));
    const failures: string[] = [];
    const tally: Record<string, number> = {};
    try {
      let before = await counts();
      expect(before).toEqual(await rowCounts(db.orm));
      for (let i = 0; i < CLI_DOCUMENTS; i++) {
        const { kind, bytes } = documentOf(rng, 2 * 1024 * 1024);
        const file = path.join(dir, `fuzz-${String(i).padStart(5, '0')}.txt`);
        fs.writeFileSync(file, bytes);
        const result = await ingestFile(db.orm.em, file);
        fs.rmSync(file);
        const label = `#${i} (${kind}, ${bytes.length} bytes)`;
        if (!result.ok && !/: rejected: .{10,}/.test(result.line)) failures.push(`${label}: no reason in "${result.line}"`);
        if (/unexpected error/.test(result.line)) failures.push(`${label}: ${result.line}`);
        const after = await counts();
        const wrong = checkDelta(before, after, result.outcome);
        if (wrong) failures.push(`${label}: ${wrong}`);
        before = after;
        const key = `${kind}: ${result.outcome ?? 'rejected'}`;
        tally[key] = (tally[key] ?? 0) + 1;
        if (i % 500 === 499) expect(await rowCounts(db.orm)).toEqual(after);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    expect(failures).toEqual([]);
    expect(await orphans()).toBe(0);
    // Every generator ran, and most documents were refused.
    expect(new Set(Object.keys(tally).map((k) => k.split(':')[0])).size).toBe(9);
    expect(Object.entries(tally).filter(([k]) => k.endsWith('rejected')).reduce((n, [, v]) => n + v, 0)).toBeGreaterThan(CLI_DOCUMENTS * 0.9);
  }, TIMEOUT);

  it(`accepts or rejects ${HTTP_DOCUMENTS} malformed texts through ingestDocument over HTTP, never with a server error`, async () => {
    const rng = generator(SEED + 1);
    // The rate limit is per key (30 a minute): a handful of editors share the load, as a team would.
    const keys = await Promise.all(Array.from({ length: Math.ceil(HTTP_DOCUMENTS / 25) }, (_, i) => createApiKey(db.orm.em, `Fuzzer ${i}`, 'editor')));
    const failures: string[] = [];
    let before = await counts();
    for (let i = 0; i < HTTP_DOCUMENTS; i++) {
      const { kind, bytes } = documentOf(rng, 512 * 1024);
      // JSON carries text, not bytes: bytes go as Latin-1 (NULs and all) or as lossy UTF-8.
      const text = rng.next() < 0.5 ? bytes.toString('latin1') : bytes.toString('utf8');
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${keys[i % keys.length].secret}` },
        body: JSON.stringify({ query: 'mutation($text: String!, $origin: String) { ingestDocument(text: $text, origin: $origin) { outcome directive { id } facts { targets } } }', variables: { text, origin: `fuzz-${i}` } }),
      });
      const label = `#${i} (${kind}, ${text.length} characters)`;
      const body = (await response.json()) as { data?: any; errors?: any[] };
      const error = body.errors?.[0];
      // A text under the mutation's limit can still make a JSON body over the server's (1 MiB: control
      // characters escape to six bytes each): the HTTP layer refuses those, also with a GraphQL error.
      const refusedBody = response.status === 413 && kind === 'huge' && error?.extensions?.code === 'PAYLOAD_TOO_LARGE';
      if (response.status !== 200 && !refusedBody) failures.push(`${label}: HTTP ${response.status} ${JSON.stringify(error)}`);
      else if (refusedBody) {
        /* refused before GraphQL: nothing ran */
      } else if (error && (error.extensions?.code !== 'UNPROCESSABLE_DOCUMENT' || !['EMPTY', 'NOT_TEXT', 'TOO_LARGE', 'NOT_A_DIRECTIVE'].includes(error.extensions.reason) || error.message.length < 10)) {
        failures.push(`${label}: ${JSON.stringify(error)}`);
      } else if (!error && !body.data?.ingestDocument?.outcome) failures.push(`${label}: no outcome`);
      const after = await counts();
      const wrong = checkDelta(before, after, body.data?.ingestDocument?.outcome);
      if (wrong) failures.push(`${label}: ${wrong}`);
      before = after;
    }
    expect(failures).toEqual([]);
    expect(await orphans()).toBe(0);
    expect(await rowCounts(db.orm)).toEqual(before);

    // Still serving.
    expect((await server.query('{ directives { totalCount } }')).data.directives.totalCount).toBeGreaterThanOrEqual(4);
  }, TIMEOUT);
});
