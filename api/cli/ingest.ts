// `npm run ingest -- FILE...`: ingests documents (text files, PDFs, page images) through the same path as the
// start-up seeding and the GraphQL mutation, several files at a time in one transaction (ingestMany). Prints
// one line per file; exits 1 if any file was rejected.
// Progress of reading a PDF or an image goes to standard error, one line per page.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { provideDatabase } from '../db/database';
import { openOrm } from '../db/orm';
import { IngestionError } from '../ingestion/errors';
import { ingestMany, type IngestOutcome } from '../ingestion/ingest';
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
  return (await ingestFiles(em, [file]))[0];
}

/** Files stored together (ingestMany: one transaction, one lock); each gets its outcome, as ingestFile gives it. */
export async function ingestFiles(em: EntityManager, files: string[]): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  const readable: { file: string; bytes: Buffer; at: number }[] = [];
  for (const file of files) {
    try {
      readable.push({ file, bytes: fs.readFileSync(file), at: outcomes.length });
      outcomes.push({ ok: false, line: '' });
    } catch (error) {
      outcomes.push(rejected(file, error));
    }
  }
  const inputs = readable.map(({ file, bytes }) => ({ input: bytes, options: { origin: path.basename(file), onProgress: (line: string) => console.error(`${file}: ${line}`) } }));
  const settled = await ingestMany(em, inputs);
  settled.forEach((s, i) => {
    const { file, at } = readable[i];
    if (!s.ok) outcomes[at] = rejected(file, s.error);
    else {
      const { outcome, directive } = s.result;
      outcomes[at] = { ok: true, outcome, line: `${file}: ${OUTCOME_WORDS[outcome]} ${directive.number ?? `(unnumbered directive #${directive.id})`}` };
    }
  });
  return outcomes;
}

function rejected(file: string, error: unknown): FileOutcome {
  const reason = error instanceof IngestionError || (error as NodeJS.ErrnoException).code === 'ENOENT' ? (error as Error).message : `unexpected error: ${(error as Error).message}`;
  return { ok: false, line: `${file}: rejected: ${reason}` };
}

/** Files stored together: enough to share the ingestion lock's round trips, few enough to hold few PDFs at once. */
const FILES_TOGETHER = 8;

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
    for (let i = 0; i < files.length; i += FILES_TOGETHER) {
      for (const { ok, line } of await ingestFiles(orm.em, files.slice(i, i + FILES_TOGETHER))) {
        if (ok) console.log(line);
        else {
          failures++;
          console.error(line);
        }
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
