// `npm run release`: one folder a paper can cite. Every export in CSV and JSON (directives, targets, measures,
// slogans, agencies, references and the whole panel by week), the codebook, and a manifest with each file's
// rows, bytes and SHA-256. Nothing in a file depends on when it was written (no timestamps; rows in a fixed order), so the same database gives
// the same checksums twice; the release's name is its date, given or today's.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { codebookData } from '../panel/codebook';
import { repoRoot } from '../repo-root';
import { FACT_KINDS, type ExportRequest } from './filters';
import { FORMATS, type FormatName } from './formats';
import { openExport } from './query';
import type { Row } from './rows';

export interface ReleaseFile {
  name: string;
  /** Data rows (without a CSV header); null for the codebook. */
  rows: number | null;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  release: string;
  platformVersion: string;
  /** What the exports were read from. */
  corpus: { directives: number; renditions: number; provinces: number; firstDay: string | null; lastDay: string | null };
  panel: { granularity: 'WEEK'; from: string | null; to: string | null; provinces: string[] };
  files: ReleaseFile[];
}

async function* counted(rows: AsyncIterable<Row>, count: { rows: number }): AsyncGenerator<Row> {
  for await (const row of rows) {
    count.rows++;
    yield row;
  }
}

async function writeExport(dir: string, name: string, format: FormatName, columns: readonly string[], rows: AsyncIterable<Row>): Promise<number> {
  const count = { rows: 0 };
  const file = path.join(dir, name);
  await FORMATS[format].write(columns, counted(rows, count), fs.createWriteStream(file));
  return count.rows;
}

/** The panel of every province with documents, province by province (each within the panel's own limits). */
function wholePanel(em: EntityManager, provinces: string[], from: string, to: string): { columns: readonly string[]; rows: AsyncIterable<Row> } {
  const request = (p: string): ExportRequest => ({ kind: 'panel', filter: { provinces: [p], from, to, granularity: ['WEEK'] } });
  const columns = openExport(em, request(provinces[0])).columns;
  async function* rows(): AsyncGenerator<Row> {
    for (const p of provinces) yield* openExport(em, request(p)).rows;
  }
  return { columns, rows: rows() };
}

function describe(dir: string, name: string, rows: number | null): ReleaseFile {
  const bytes = fs.readFileSync(path.join(dir, name));
  return { name, rows, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

export async function writeRelease(em: EntityManager, dir: string, release: string): Promise<Manifest> {
  fs.mkdirSync(dir, { recursive: true });
  const [corpus]: Manifest['corpus'][] = await em.getConnection().execute(
    `select (select count(*)::int from directive) as directives, (select count(*)::int from rendition) as renditions,
            (select count(distinct province_code)::int from directive) as provinces,
            (select to_char(min(dated_from), 'YYYY-MM-DD') from directive) as "firstDay", (select to_char(max(dated_from), 'YYYY-MM-DD') from directive) as "lastDay"`,
  );
  const held: { code: string }[] = await em
    .getConnection()
    .execute(`select distinct province_code as code from directive where province_code is not null and dated_from is not null order by 1`);
  const provinces = held.map((r) => r.code);

  const files: ReleaseFile[] = [];
  for (const format of Object.keys(FORMATS) as FormatName[]) {
    for (const kind of FACT_KINDS.filter((k) => k !== 'panel')) {
      const { columns, rows } = openExport(em, { kind, filter: {} } as ExportRequest);
      const name = `${kind}.${format}`;
      files.push(describe(dir, name, await writeExport(dir, name, format, columns, rows)));
    }
    if (provinces.length && corpus.firstDay) {
      const { columns, rows } = wholePanel(em, provinces, corpus.firstDay, corpus.lastDay!);
      const name = `panel.${format}`;
      files.push(describe(dir, name, await writeExport(dir, name, format, columns, rows)));
    }
  }
  fs.writeFileSync(path.join(dir, 'codebook.json'), `${JSON.stringify(codebookData(), null, 2)}\n`);
  files.push(describe(dir, 'codebook.json', null));

  const version = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'package.json'), 'utf8')).version as string;
  const manifest: Manifest = {
    release,
    platformVersion: version,
    corpus,
    panel: { granularity: 'WEEK', from: corpus.firstDay, to: corpus.lastDay, provinces },
    files: files.sort((a, b) => a.name.localeCompare(b.name)),
  };
  fs.writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
