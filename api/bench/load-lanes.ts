import { fork } from 'node:child_process';
import path from 'node:path';
import { STAGES, type Stage } from '../ingestion/stage-timer';
import type { LoadReport } from './load';
import type { LaneMessage } from './load-worker';

// Ingestion is single-threaded JavaScript waiting on PostgreSQL a third of the time; loading 30,000
// documents one by one takes hours. Lanes are worker processes (load-worker.ts), each ingesting the
// documents of its provinces through the same ingest() as the command line, into the same database.

/** Loads what is missing of the corpus of `size` with `lanes` worker processes; one report for all. */
export async function loadCorpusInLanes(databaseUrl: string, size: number, seed: number, lanes: number, batch: number, log: (line: string) => void): Promise<LoadReport> {
  const started = performance.now();
  const reports = await Promise.all(Array.from({ length: lanes }, (_, index) => runLane(databaseUrl, { size, seed, index, of: lanes, batch }, log)));
  const seconds = (performance.now() - started) / 1000;
  return mergeLaneReports(reports, seconds, lanes);
}

export interface LaneTask {
  size: number;
  seed: number;
  index: number;
  of: number;
  /** Documents stored together (load.ts). */
  batch: number;
}

function runLane(databaseUrl: string, task: LaneTask, log: (line: string) => void): Promise<LoadReport> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'load-worker.js'), [], {
      env: { ...process.env, BENCH_DATABASE_URL: databaseUrl, BENCH_LANE: JSON.stringify(task) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let report: LoadReport | null = null;
    child.on('message', (m: LaneMessage) => {
      if (m.type === 'progress') log(`  lane ${task.index + 1}/${task.of}: ${m.line.trim()}`);
      else report = m.report;
    });
    child.once('error', reject);
    child.once('exit', (code) => (report && code === 0 ? resolve(report) : reject(new Error(`loading lane ${task.index + 1}/${task.of} failed (exit code ${code})`))));
  });
}

/** Sums of the lanes; per-stage means weighted by documents; speed over the wall-clock time of all. */
export function mergeLaneReports(reports: LoadReport[], seconds: number, lanes: number): LoadReport {
  const loaded = reports.reduce((n, r) => n + r.loaded, 0);
  const perStage = Object.fromEntries(
    STAGES.map((stage) => [stage, loaded ? reports.reduce((sum, r) => sum + r.perStage[stage] * r.loaded, 0) / loaded : 0]),
  ) as Record<Stage, number>;
  const outcomes: LoadReport['outcomes'] = {};
  for (const r of reports) for (const [k, n] of Object.entries(r.outcomes)) outcomes[k as keyof LoadReport['outcomes']] = (outcomes[k as keyof LoadReport['outcomes']] ?? 0) + (n ?? 0);
  return {
    size: reports[0]?.size ?? 0,
    lanes,
    loaded,
    seconds,
    documentsPerSecond: loaded / Math.max(seconds, 1e-9),
    perStage,
    slowestStage: loaded ? STAGES.reduce((a, b) => (perStage[b] > perStage[a] ? b : a)) : null,
    outcomes,
    rejections: reports.flatMap((r) => r.rejections).slice(0, 5),
  };
}
