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
 * Ingests every .txt of seeds/corpus in name order; files already held are left as they are, and are known
 * by their checksum before any analysis (a warm start reads five files and runs one query each, no extraction).
 */
export async function seedCorpus(em: EntityManager): Promise<{ file: string; result: IngestResult }[]> {
  const dir = path.join(repoRoot(), CORPUS_DIR);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const results = [];
  for (const file of files) {
    const bytes = fs.readFileSync(path.join(dir, file));
    // The checksum ingestion gives a rendition: of the source text as read (NFC, LF line ends).
    const checksum = createHash('sha256').update(readSourceText(bytes).text, 'utf8').digest('hex');
    const held = await em.fork().findOne(Rendition, { checksum }, { populate: ['directive'] });
    const result: IngestResult = held ? { outcome: 'UNCHANGED', directive: held.directive, rendition: held } : await ingest(em, bytes, { origin: `${CORPUS_DIR}/${file}` });
    results.push({ file, result });
  }
  return results;
}
