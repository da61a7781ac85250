import fs from 'node:fs';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { repoRoot } from '../repo-root';
import { ingest, type IngestResult } from './ingest';

export const CORPUS_DIR = 'seeds/corpus';

/** Ingests every .txt of seeds/corpus in name order; files already held are left as they are. */
export async function seedCorpus(em: EntityManager): Promise<{ file: string; result: IngestResult }[]> {
  const dir = path.join(repoRoot(), CORPUS_DIR);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const results = [];
  for (const file of files) {
    const result = await ingest(em, fs.readFileSync(path.join(dir, file)), { origin: `${CORPUS_DIR}/${file}` });
    results.push({ file, result });
  }
  return results;
}
