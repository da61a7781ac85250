import fs from 'node:fs';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash } from 'node:crypto';
import { Rendition } from '../db/entities';
import { repoRoot } from '../repo-root';
import { ingest, type IngestResult } from './ingest';
import { readSourceText } from './source';

export const CORPUS_DIR = 'seeds/corpus';

/**
 * Ingests every .txt of seeds/corpus in name order; files already held are left as they are. Which are held is
 * asked once for all, by their checksums, before any analysis: a warm start reads five files and runs one query.
 */
export async function seedCorpus(em: EntityManager): Promise<{ file: string; result: IngestResult }[]> {
  const dir = path.join(repoRoot(), CORPUS_DIR);
  const seeds = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const bytes = fs.readFileSync(path.join(dir, file));
      // The checksum ingestion gives a rendition: of the source text as read (NFC, LF line ends).
      return { file, bytes, checksum: createHash('sha256').update(readSourceText(bytes).text, 'utf8').digest('hex') };
    });
  const held = new Map(
    (await em.fork().find(Rendition, { checksum: { $in: seeds.map((s) => s.checksum) } }, { populate: ['directive'] })).map((r) => [r.checksum, r]),
  );
  const results = [];
  for (const { file, bytes, checksum } of seeds) {
    const rendition = held.get(checksum);
    const result: IngestResult = rendition ? { outcome: 'UNCHANGED', directive: rendition.directive, rendition } : await ingest(em, bytes, { origin: `${CORPUS_DIR}/${file}` });
    results.push({ file, result });
  }
  return results;
}
