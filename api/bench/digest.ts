// What ingestion stored, as counts and digests that do not depend on generated ids: `node
// dist/api/bench/digest.js <size>` prints them for the bench database of that size (.data/bench-<size>).
// Two loads of one corpus, by two versions of the ingestion code, must print the same lines; a change made
// for speed is checked this way. Load with one lane (sizes under 1,000): with several, which candidates a
// document is compared with depends on which other documents were already in, and so do shared passages.
import pg from 'pg';
import { startEmbeddedPostgres } from '../db/embedded-postgres';
import { benchDataDir } from './database';

/** How a foreign key column is written in a digest: the referenced row's natural key. */
const KEY_OF = {
  directive: 'directive_key',
  rendition: 'rendition_key',
  agency: 'agency_key',
  slogan: 'slogan_key',
  issuer: 'issuer_key',
  text: 'text_key',
  measure: 'measure_key',
  clause: 'clause_key',
} as const;
type Referenced = keyof typeof KEY_OF;

// A directive is known by its first text's origin, a rendition by its origin, a catalogue row by its name
// (an issuer by its name and province).
const KEYS = `
  create temporary table rendition_key as select id, origin as key from rendition;
  create temporary table directive_key as select directive_id as id, min(origin) as key from rendition group by directive_id;
  create temporary table agency_key as select id, canonical_name as key from agency;
  create temporary table slogan_key as select id, canonical as key from slogan;
  create temporary table issuer_key as select id, name || '|' || coalesce(province_code, '') as key from issuer;
  create temporary table text_key as select id, md5(text) as key from passage_text;
  create temporary table clause_key as select c.id, r.origin || '#' || c.ordinal as key from clause c join rendition r on r.id = c.rendition_id;
`;

/** Each table, with its ids replaced by keys and columns that vary from run to run left out. */
const TABLES: { table: string; drop?: string[]; refs?: Record<string, Referenced> }[] = [
  { table: 'directive', drop: ['created_at'], refs: { id: 'directive', issuer_id: 'issuer' } },
  { table: 'rendition', drop: ['ingested_at'], refs: { id: 'rendition', directive_id: 'directive' } },
  { table: 'clause', refs: { id: 'clause', rendition_id: 'rendition', parent_id: 'clause' } },
  { table: 'issuer', refs: { id: 'issuer' } },
  { table: 'agency', refs: { id: 'agency' } },
  { table: 'slogan', refs: { id: 'slogan' } },
  { table: 'measure', refs: { id: 'measure', directive_id: 'directive', rendition_id: 'rendition' } },
  { table: 'measure_agency', refs: { measure_id: 'measure', agency_id: 'agency' } },
  { table: 'target', drop: ['id'], refs: { directive_id: 'directive', rendition_id: 'rendition' } },
  { table: 'slogan_mention', drop: ['id'], refs: { directive_id: 'directive', rendition_id: 'rendition', slogan_id: 'slogan' } },
  { table: 'agency_mention', drop: ['id'], refs: { directive_id: 'directive', rendition_id: 'rendition', agency_id: 'agency' } },
  { table: 'reference', drop: ['id'], refs: { directive_id: 'directive', rendition_id: 'rendition', cited_id: 'directive' } },
  { table: 'passage_text', drop: ['search'], refs: { id: 'text' } },
  { table: 'passage', drop: ['id'], refs: { directive_id: 'directive', rendition_id: 'rendition', text_id: 'text' } },
  {
    table: 'shared_passage',
    drop: ['id'],
    refs: { directive_id: 'directive', rendition_id: 'rendition', other_id: 'directive', other_rendition_id: 'rendition' },
  },
  { table: 'directive_fingerprint', refs: { directive_id: 'directive' } },
  { table: 'fingerprint_hash' },
];

// A measure's key is its row without ids (measure_agency points at it).
const MEASURE_KEY = `create temporary table measure_key as select id, md5((${row('measure', ['id'], { directive_id: 'directive', rendition_id: 'rendition' })})::text) as key from measure t;`;

function row(table: string, drop: string[], refs: Record<string, Referenced>): string {
  const replaced = Object.entries(refs).map(([column, to]) => `'${column}', (select k.key from ${KEY_OF[to]} k where k.id = t.${column})`);
  return `to_jsonb(t) - array[${drop.map((c) => `'${c}'`).join(', ')}]::text[]${replaced.length ? ` || jsonb_build_object(${replaced.join(', ')})` : ''}`;
}

// Every row looks its keys up by id: without an index each lookup would scan the key table.
async function indexKeys(client: pg.Client, referenced: Referenced[]): Promise<void> {
  for (const r of referenced) await client.query(`alter table ${KEY_OF[r]} add primary key (id); analyze ${KEY_OF[r]}`);
}

export async function digestTables(url: string): Promise<Record<string, string>> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    await client.query('begin');
    await client.query(KEYS);
    await indexKeys(client, ['rendition', 'directive', 'agency', 'slogan', 'issuer', 'text', 'clause']);
    await client.query(MEASURE_KEY);
    await indexKeys(client, ['measure']);
    const out: Record<string, string> = {};
    for (const { table, drop = [], refs = {} } of TABLES) {
      const { rows } = await client.query<{ n: string; digest: string | null }>(
        `select count(*) as n, md5(string_agg(h, '' order by h)) as digest from (select md5((${row(table, drop, refs)})::text) as h from ${table} t) rows`,
      );
      out[table] = `${rows[0].n} rows, ${rows[0].digest ?? '-'}`;
    }
    await client.query('rollback'); // the key tables are temporary
    return out;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const size = Number(process.argv[2]);
  if (!Number.isInteger(size) || size < 1) throw new Error('usage: node dist/api/bench/digest.js <size>');
  const db = await startEmbeddedPostgres({ dataDir: benchDataDir(size) });
  try {
    for (const [table, line] of Object.entries(await digestTables(db.url))) console.log(`${table}: ${line}`);
  } finally {
    await db.stop();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
