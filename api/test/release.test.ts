import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { writeRelease } from '../export/release';
import { seedCorpus } from '../ingestion/seed-corpus';
import { freshDatabase, type TestDatabase } from './harness';

// `npm run release` on the seeds: every file listed with its rows and checksum, and the same checksums twice.

let db: TestDatabase;
let dirs: string[] = [];

beforeAll(async () => {
  db = await freshDatabase();
  await seedCorpus(db.orm.em);
});
afterAll(async () => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  await db.drop();
});

const tmp = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'release-'));
  dirs.push(dir);
  return dir;
};

describe('release', () => {
  it('writes every export, the codebook and a manifest, and gives the same checksums twice', async () => {
    const [a, b] = [tmp(), tmp()];
    const first = await writeRelease(db.orm.em.fork(), a, '2026-12-01');
    const second = await writeRelease(db.orm.em.fork(), b, '2026-12-01');
    expect(second).toEqual(first);
    const exports = ['agencies', 'directives', 'measures', 'panel', 'references', 'slogans', 'targets'].flatMap((kind) => [`${kind}.csv`, `${kind}.json`]);
    expect(first.files.map((f) => f.name)).toEqual(['agencies.csv', 'agencies.json', 'codebook.json', ...exports.slice(2)]);
    expect(fs.readdirSync(a).sort()).toEqual([...first.files.map((f) => f.name), 'manifest.json'].sort());
    // Five seed texts, four directives: 370-TB/TU is held as a portal article and a scan.
    expect(first.corpus).toMatchObject({ directives: 4, renditions: 5, provinces: 2 });

    for (const file of first.files) {
      const bytes = fs.readFileSync(path.join(a, file.name));
      expect(bytes.length).toBe(file.bytes);
      if (file.name.endsWith('.csv')) expect(parse(bytes, { bom: true, columns: true })).toHaveLength(file.rows!);
      if (file.name.endsWith('.json') && file.rows !== null) expect(JSON.parse(bytes.toString('utf8'))).toHaveLength(file.rows);
    }
    // The panel covers every province with documents, from the first to the last dated one, by week.
    const panel: Record<string, string>[] = parse(fs.readFileSync(path.join(a, 'panel.csv')), { bom: true, columns: true });
    expect(new Set(panel.map((r) => r.province_code))).toEqual(new Set(first.panel.provinces));
    expect(panel[0].period_start).toBe(first.panel.from);
    const codebook = JSON.parse(fs.readFileSync(path.join(a, 'codebook.json'), 'utf8'));
    expect(codebook.indicators).toHaveLength(14);
    const targets = first.files.find((f) => f.name === 'targets.csv')!;
    expect(targets.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
