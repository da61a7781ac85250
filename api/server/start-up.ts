// What the server needs once its database runs, in one module: main.ts loads it after launching PostgreSQL, so that
// loading it, most of a warm start's work, overlaps PostgreSQL's own start.
export { openOrm } from '../db/orm';
export { ReadReplicas } from '../db/replicas';
export { seedCorpus } from '../ingestion/seed-corpus';
export { indexMissingPassages } from '../search/reindex';
export { loadReferenceData } from '../reference/load-reference-data';
export { createApp } from './app';
