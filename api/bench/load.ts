import type { EntityManager } from '@mikro-orm/postgresql';
import type { Orm } from '../db/orm';
import { IngestionError } from '../ingestion/errors';
import { ingest, ingestMany, type IngestOutcome, type IngestSettled } from '../ingestion/ingest';
import { recordStages, STAGES, type Stage } from '../ingestion/stage-timer';
import { corpusDocuments, laneOf } from './generate';

// Loads a corpus through the real ingestion path (ingest.ts), in batches of documents stored together as the
// command line stores several files (ingestMany), skipping documents a previous run already stored (their
// origin is in the database), and times every stage. Persist is what ingestion spends beyond the pure stages
// and text reuse. Large corpora load in parallel lanes (load-lanes.ts), each running this loop on its share.

export interface LoadReport {
  size: number;
  /** Loaders that ran side by side (processes); 1 is the command line's own pace. */
  lanes: number;
  /** Documents ingested by this run (the others were there already). */
  loaded: number;
  seconds: number;
  documentsPerSecond: number;
  /** Mean wall-clock milliseconds per document loaded, by stage. */
  perStage: Record<Stage, number>;
  slowestStage: Stage | null;
  outcomes: Partial<Record<IngestOutcome | 'REJECTED', number>>;
  /** Why documents were rejected, first few. */
  rejections: string[];
}

async function loadedOrigins(em: EntityManager): Promise<Set<string>> {
  const rows: { origin: string }[] = await em.getConnection().execute(`select origin from rendition where origin like 'bench:%' or origin like 'seed:%'`);
  return new Set(rows.map((r) => r.origin));
}

export interface LoadOptions {
  /** Stop after this many documents (the next run resumes). */
  limit?: number;
  /** Load only the documents of this lane (laneOf), out of `lanes`. */
  lane?: { index: number; of: number };
  /** Documents stored together, in one transaction (ingestMany); 1 stores them one by one. */
  batch?: number;
}

/** Documents stored together by default: enough to share the lock's round trips, few enough not to hold it long. */
export const DEFAULT_BATCH = 8;

// What another lane's transaction can cause: both creating the same new agency or slogan (unique
// violation), or both counting the same fingerprint hashes (deadlock). The loser rolled back whole and
// is simply ingested again.
const RETRIED_SQL_STATES = new Set(['23505', '40P01', '40001']);
const MAX_ATTEMPTS = 3;

function sqlState(error: unknown): string | undefined {
  const e = error as { code?: unknown; cause?: { code?: unknown } } | null;
  const code = e?.code ?? e?.cause?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A batch, then each document the batch lost to another lane's transaction again, alone. */
async function ingestRetrying(orm: Orm, docs: { text: string; origin: string }[]): Promise<IngestSettled[]> {
  const settled = await ingestMany(orm.em, docs.map((d) => ({ input: d.text, options: { origin: d.origin } })));
  for (const [i, s] of settled.entries()) if (!s.ok && retried(s.error)) settled[i] = await ingestAlone(orm, docs[i].text, docs[i].origin, 2);
  return settled;
}

async function ingestAlone(orm: Orm, text: string, origin: string, attempt: number): Promise<IngestSettled> {
  try {
    return { ok: true, result: await ingest(orm.em, text, { origin }) };
  } catch (error) {
    if (attempt >= MAX_ATTEMPTS || !retried(error)) return { ok: false, error };
    return ingestAlone(orm, text, origin, attempt + 1);
  }
}

function retried(error: unknown): boolean {
  return RETRIED_SQL_STATES.has(sqlState(error) ?? '');
}

/** Loads what is missing of the corpus of `size` (or of one lane of it). */
export async function loadCorpus(orm: Orm, size: number, seed: number, log: (line: string) => void, options: LoadOptions = {}): Promise<LoadReport> {
  const limit = options.limit ?? Infinity;
  const batchSize = Math.max(1, options.batch ?? DEFAULT_BATCH);
  const done = await loadedOrigins(orm.em.fork());
  const sums = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  const outcomes: LoadReport['outcomes'] = {};
  const rejections: string[] = [];
  let loaded = 0;
  let measured = 0;
  const started = performance.now();
  let lastLog = started;
  const loadBatch = async (docs: { text: string; origin: string }[]) => {
    const stages = new Map<Stage, number>();
    const stop = recordStages((stage, wall) => stages.set(stage, (stages.get(stage) ?? 0) + wall));
    const t = performance.now();
    let settled: IngestSettled[];
    try {
      settled = await ingestRetrying(orm, docs);
    } finally {
      stop();
    }
    settled.forEach((s, i) => {
      if (s.ok) outcomes[s.result.outcome] = (outcomes[s.result.outcome] ?? 0) + 1;
      else {
        if (!(s.error instanceof IngestionError)) throw s.error;
        outcomes.REJECTED = (outcomes.REJECTED ?? 0) + 1;
        if (rejections.length < 5) rejections.push(`${docs[i].origin}: ${s.error.message}`);
      }
    });
    const total = performance.now() - t;
    const accounted = [...stages.values()].reduce((a, b) => a + b, 0);
    stages.set('persist', Math.max(0, total - accounted));
    for (const [stage, ms] of stages) sums[stage] += ms;
    measured += docs.length;
    loaded += docs.length;
    if (performance.now() - lastLog > 10_000) {
      lastLog = performance.now();
      log(`  ${loaded} documents loaded, ${(loaded / ((lastLog - started) / 1000)).toFixed(1)} documents/s`);
    }
  };
  let batch: { text: string; origin: string }[] = [];
  for (const doc of corpusDocuments(size, seed)) {
    if (done.has(doc.origin)) continue;
    if (options.lane && laneOf(doc, options.lane.of) !== options.lane.index) continue;
    if (loaded + batch.length >= limit) break;
    batch.push(doc);
    if (batch.length === batchSize) {
      await loadBatch(batch);
      batch = [];
    }
  }
  if (batch.length) await loadBatch(batch);
  const seconds = (performance.now() - started) / 1000;
  const perStage = Object.fromEntries(STAGES.map((s) => [s, measured ? sums[s] / measured : 0])) as Record<Stage, number>;
  const slowestStage = measured ? STAGES.reduce((a, b) => (perStage[b] > perStage[a] ? b : a)) : null;
  return { size, lanes: 1, loaded, seconds, documentsPerSecond: loaded / Math.max(seconds, 1e-9), perStage, slowestStage, outcomes, rejections };
}

/** The report of a run that loaded nothing (--no-load). */
export function nothingLoaded(size: number): LoadReport {
  const perStage = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  return { size, lanes: 0, loaded: 0, seconds: 0, documentsPerSecond: 0, perStage, slowestStage: null, outcomes: {}, rejections: [] };
}
