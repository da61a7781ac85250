// Per-stage timing of the pure pipeline (analyse) over a set of texts: `node dist/api/bench/stages.js
// [--rounds N] [--generated N]`: the seed texts, then N synthetic documents (generate.ts). Prints mean CPU
// milliseconds per document for each stage and the slowest one. (Persist and reuse need a database: the
// benchmark's loading step times them, see load.ts.)
import fs from 'node:fs';
import path from 'node:path';
import { analyse } from '../ingestion/analyse';
import { cpuMs, recordStages, type Stage } from '../ingestion/stage-timer';
import { repoRoot } from '../repo-root';
import { generateDocument } from './generate';
import { optionValue } from './options';

export interface StageTimes {
  documents: number;
  /** Mean CPU milliseconds per document, by stage. */
  perStage: Partial<Record<Stage, number>>;
  /** Mean milliseconds per document for the whole analyse(): wall clock and CPU. */
  total: number;
  totalCpu: number;
}

export function seedTexts(): string[] {
  const dir = path.join(repoRoot(), 'seeds', 'corpus');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}

/** Analyses every text `rounds` times (after one warm-up round) and averages the stage times. */
export function timeAnalyse(texts: string[], rounds: number): StageTimes {
  for (const t of texts) analyse(t); // warm-up: lexicons, reference data, JIT
  const sums = new Map<Stage, number>();
  const stop = recordStages((stage, _wall, cpu) => sums.set(stage, (sums.get(stage) ?? 0) + cpu));
  const start = performance.now();
  const cpu = process.cpuUsage();
  try {
    for (let r = 0; r < rounds; r++) for (const t of texts) analyse(t);
  } finally {
    stop();
  }
  const documents = texts.length * rounds;
  const perStage: Partial<Record<Stage, number>> = {};
  for (const [stage, ms] of sums) perStage[stage] = ms / documents;
  return { documents, perStage, total: (performance.now() - start) / documents, totalCpu: cpuMs(cpu) / documents };
}

export function formatStageTimes(label: string, times: StageTimes): string {
  const stages = Object.entries(times.perStage) as [Stage, number][];
  const slowest = stages.reduce((a, b) => (b[1] > a[1] ? b : a), stages[0]);
  const cells = stages.map(([s, ms]) => `${s} ${ms.toFixed(2)}`).join(', ');
  return `${label}: analyse ${times.totalCpu.toFixed(2)} ms CPU/doc (${times.total.toFixed(2)} ms wall) over ${times.documents} docs (CPU ms: ${cells}); slowest stage: ${slowest?.[0]}`;
}

function arg(name: string, fallback: number): number {
  const value = optionValue(process.argv, name);
  return value !== undefined ? Number(value) : fallback;
}

if (require.main === module) {
  const rounds = arg('rounds', 5);
  console.log(formatStageTimes('seed corpus', timeAnalyse(seedTexts(), rounds)));
  const generated = arg('generated', 200);
  if (generated > 0) {
    const texts = Array.from({ length: generated }, (_, i) => generateDocument(i).text);
    console.log(formatStageTimes(`${generated} generated documents`, timeAnalyse(texts, 1)));
  }
}
