// `npm run ingest -- FILE...`: ingests documents (text files, PDFs, page images) through the same path as the
// start-up seeding and the GraphQL mutation. Prints one line per file; exits 1 if any file was rejected.
// Progress of reading a PDF or an image goes to standard error, one line per page.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { provideDatabase } from '../db/database';
import { openOrm } from '../db/orm';
import { IngestionError } from '../ingestion/errors';
import { ingest, type IngestOutcome } from '../ingestion/ingest';
import { loadReferenceData } from '../reference/load-reference-data';

const OUTCOME_WORDS = { NEW_DIRECTIVE: 'new directive', NEW_RENDITION: 'new rendition of', UNCHANGED: 'already held:' };

export interface FileOutcome {
  ok: boolean;
  /** What ingestion did, when it accepted the file. */
  outcome?: IngestOutcome;
  /** The line the command prints for the file. */
  line: string;
}

/** One file's work: never throws, so one bad file cannot stop the others (tests call it in-process). */
export async function ingestFile(em: EntityManager, file: string): Promise<FileOutcome> {
  try {
    const bytes = fs.readFileSync(file);
    const { outcome, directive } = await ingest(em, bytes, { origin: path.basename(file), onProgress: (line) => console.error(`${file}: ${line}`) });
    return { ok: true, outcome, line: `${file}: ${OUTCOME_WORDS[outcome]} ${directive.number ?? `(unnumbered directive #${directive.id})`}` };
  } catch (error) {
    const reason = error instanceof IngestionError || (error as NodeJS.ErrnoException).code === 'ENOENT' ? (error as Error).message : `unexpected error: ${(error as Error).message}`;
    return { ok: false, line: `${file}: rejected: ${reason}` };
  }
}

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
      const { ok, line } = await ingestFile(orm.em, file);
      if (ok) console.log(line);
      else {
        failures++;
        console.error(line);
      }
    }
  } finally {
    await orm.close();
    await database.stop();
  }
  return failures ? 1 : 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error('ingest failed:', error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
