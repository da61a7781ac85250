import type { EntityManager } from '@mikro-orm/postgresql';
import type { Orm } from '../db/orm';
import { IngestionError } from '../ingestion/errors';
import { ingest, type IngestOutcome } from '../ingestion/ingest';
import { recordStages, STAGES, type Stage } from '../ingestion/stage-timer';
import { corpusDocuments } from './generate';

// Loads a corpus through the real ingestion path (ingest.ts), one document after another as the command
// line does, skipping documents a previous run already stored (their origin is in the database), and
// times every stage. Persist is what ingest() spends beyond the pure stages and text reuse.

export interface LoadReport {
  size: number;
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

/** Loads what is missing of the corpus of `size`; `limit` stops after that many documents (resumed next run). */
export async function loadCorpus(orm: Orm, size: number, seed: number, log: (line: string) => void, limit = Infinity): Promise<LoadReport> {
  const done = await loadedOrigins(orm.em.fork());
  const sums = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  const outcomes: LoadReport['outcomes'] = {};
  const rejections: string[] = [];
  let loaded = 0;
  let measured = 0;
  const started = performance.now();
  let lastLog = started;
  for (const doc of corpusDocuments(size, seed)) {
    if (done.has(doc.origin)) continue;
    if (loaded >= limit) break;
    const stages = new Map<Stage, number>();
    const stop = recordStages((stage, wall) => stages.set(stage, (stages.get(stage) ?? 0) + wall));
    const t = performance.now();
    try {
      const result = await ingest(orm.em, doc.text, { origin: doc.origin });
      outcomes[result.outcome] = (outcomes[result.outcome] ?? 0) + 1;
    } catch (error) {
      if (!(error instanceof IngestionError)) throw error;
      outcomes.REJECTED = (outcomes.REJECTED ?? 0) + 1;
      if (rejections.length < 5) rejections.push(`${doc.origin}: ${error.message}`);
    } finally {
      stop();
    }
    const total = performance.now() - t;
    const accounted = [...stages.values()].reduce((a, b) => a + b, 0);
    stages.set('persist', Math.max(0, total - accounted));
    for (const [stage, ms] of stages) sums[stage] += ms;
    measured++;
    loaded++;
    if (performance.now() - lastLog > 10_000) {
      lastLog = performance.now();
      log(`  ${loaded} documents loaded, ${(loaded / ((lastLog - started) / 1000)).toFixed(1)} documents/s`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const perStage = Object.fromEntries(STAGES.map((s) => [s, measured ? sums[s] / measured : 0])) as Record<Stage, number>;
  const slowestStage = measured ? STAGES.reduce((a, b) => (perStage[b] > perStage[a] ? b : a)) : null;
  return { size, loaded, seconds, documentsPerSecond: loaded / Math.max(seconds, 1e-9), perStage, slowestStage, outcomes, rejections };
}
