// `npm run ingest -- FILE...`: ingests documents through the same path as the start-up seeding and the
// GraphQL mutation. Prints one line per file; exits 1 if any file was rejected.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { provideDatabase } from '../db/database';
import { openOrm } from '../db/orm';
import { IngestionError } from '../ingestion/errors';
import { ingest } from '../ingestion/ingest';
import { loadReferenceData } from '../reference/load-reference-data';

const OUTCOME_WORDS = { NEW_DIRECTIVE: 'new directive', NEW_RENDITION: 'new rendition of', UNCHANGED: 'already held:' };

async function main(files: string[]): Promise<number> {
  if (files.length === 0) {
    console.error('usage: npm run ingest -- FILE...');
    return 2;
  }
  const database = await provideDatabase();
  const orm = await openOrm(database.url);
  let failures = 0;
  try {
    await loadReferenceData(orm.em);
    for (const file of files) {
      try {
        const bytes = fs.readFileSync(file);
        const { outcome, directive } = await ingest(orm.em, bytes, { origin: path.basename(file) });
        console.log(`${file}: ${OUTCOME_WORDS[outcome]} ${directive.number ?? `(unnumbered directive #${directive.id})`}`);
      } catch (error) {
        failures++;
        const reason = error instanceof IngestionError || (error as NodeJS.ErrnoException).code === 'ENOENT' ? (error as Error).message : `unexpected error: ${(error as Error).message}`;
        console.error(`${file}: rejected: ${reason}`);
      }
    }
  } finally {
    await orm.close();
    await database.stop();
  }
  return failures ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error('ingest failed:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
